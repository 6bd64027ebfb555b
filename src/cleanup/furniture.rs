//! Telling page furniture from article prose, one line (block) at a time.
//!
//! Each rule looks at the shape of a line (length, terminal punctuation,
//! share of date-like or URL-like tokens, separators) and at small
//! vocabularies of furniture cues. Cue phrases alone rarely decide: most
//! rules also require the line to be short, so an article sentence that
//! merely mentions "subscribers" or "comments" stays.

use std::cell::Cell;

use crate::data;
use crate::text::{
    ends_with_terminal, is_cjk, is_letter, is_letter_or_digit, is_spaceless, is_url, not_alnum,
};

use super::RemovalReason;

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Article prose: its sentences are candidates.
    Prose,
    /// A headline or subheading: kept, but not a candidate.
    Heading,
    /// Page furniture, set aside for this reason.
    Furniture(RemovalReason),
}

/// A line with the features the rules look at.
pub struct Line<'a> {
    /// The line as it is (trimmed).
    pub raw: &'a str,
    /// Lower-case alphanumeric tokens joined by single spaces, padded with a
    /// space on each side so that `" phrase "` matches whole words.
    pub norm: String,
    /// Number of whitespace-separated words with a letter or digit. Scripts
    /// that do not separate words with spaces count by characters: a CJK
    /// character is a word, and four letters (with their marks) of Thai,
    /// Lao, Khmer or Myanmar make one, about the length of a word there.
    pub words: usize,
    /// Letters, and characters other than white space.
    letters: usize,
    visible: usize,
    /// Which phrases of each [`Cues`] list occur, computed on first use.
    cues: Cell<Option<[u64; data::CUE_LISTS.len()]>>,
}

impl<'a> Line<'a> {
    /// Computes the features of `raw`, in one pass over its characters.
    pub fn new(raw: &'a str) -> Self {
        let mut norm = String::with_capacity(raw.len() + 2);
        norm.push(' ');
        let mut space = true; // norm ends with a space
        let (mut words, mut letters, mut visible) = (0usize, 0usize, 0usize);
        // the whitespace-separated word being read: its CJK letters, its
        // letters of the other scripts without spaces, and whether it has
        // another letter or digit
        let (mut cjk, mut spaceless, mut other) = (0usize, 0usize, false);
        for c in raw.chars() {
            let (alpha, alnum) = if c.is_ascii() {
                (c.is_ascii_alphabetic(), c.is_ascii_alphanumeric())
            } else {
                let alpha = is_letter(c);
                (alpha, alpha || c.is_numeric())
            };
            if c.is_whitespace() {
                words += cjk + spaceless.div_ceil(4) + usize::from(other);
                (cjk, spaceless, other) = (0, 0, false);
            } else {
                visible += 1;
                letters += usize::from(alpha);
                if alnum {
                    if c.is_ascii() {
                        other = true;
                    } else if is_cjk(c) {
                        cjk += 1;
                    } else if is_spaceless(c) {
                        spaceless += 1;
                    } else {
                        other = true;
                    }
                }
            }
            if alnum {
                if c.is_ascii() {
                    norm.push(c.to_ascii_lowercase());
                } else {
                    norm.extend(c.to_lowercase());
                }
                space = false;
            } else if !space {
                norm.push(' ');
                space = true;
            }
        }
        words += cjk + spaceless.div_ceil(4) + usize::from(other);
        if !space {
            norm.push(' ');
        }
        Line {
            raw,
            norm,
            words,
            letters,
            visible,
            cues: Cell::new(None),
        }
    }

    /// Letters among the non-space characters.
    fn letter_share(&self) -> f64 {
        if self.visible == 0 {
            0.0
        } else {
            self.letters as f64 / self.visible as f64
        }
    }

    fn has(&self, phrase: &str) -> bool {
        // phrases are given without padding: " read more " style matching
        let bytes = self.norm.as_bytes();
        let mut from = 0;
        while let Some(p) = self.norm[from..].find(phrase) {
            let s = from + p;
            let e = s + phrase.len();
            if bytes[s - 1] == b' ' && bytes.get(e) == Some(&b' ') {
                return true;
            }
            from = s + 1;
            if from >= self.norm.len() {
                break;
            }
        }
        false
    }

    fn starts(&self, phrase: &str) -> bool {
        self.norm[1..].starts_with(phrase)
            && self.norm.as_bytes().get(1 + phrase.len()) == Some(&b' ')
    }

    fn is(&self, phrase: &str) -> bool {
        self.norm.len() == phrase.len() + 2 && self.starts(phrase)
    }

    /// How many phrases of `list` occur in the line (as [`Line::has`] finds them).
    fn count(&self, list: Cues) -> usize {
        self.cue_masks()[list as usize].count_ones() as usize
    }

    /// Whether any phrase of `list` occurs in the line.
    fn has_any(&self, list: Cues) -> bool {
        self.cue_masks()[list as usize] != 0
    }

    /// For each cue list, a bit per phrase that occurs. One pass over the
    /// words of `norm`: a phrase is only compared where its first word
    /// stands, instead of searching the line once per phrase.
    fn cue_masks(&self) -> [u64; data::CUE_LISTS.len()] {
        if let Some(masks) = self.cues.get() {
            return masks;
        }
        let data::CueIndex { words, phrases_of } = &*data::CUES;
        let mut masks = [0u64; data::CUE_LISTS.len()];
        let bytes = self.norm.as_bytes();
        let mut start = 1;
        while start < self.norm.len() {
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(self.norm.len(), |p| start + p);
            if let Some(id) = words.get(&self.norm[start..end]) {
                for &(list, bit, phrase) in &phrases_of[id as usize] {
                    if self.norm[start..].starts_with(phrase)
                        && bytes.get(start + phrase.len()) == Some(&b' ')
                    {
                        masks[list] |= 1 << bit;
                    }
                }
            }
            start = end + 1;
        }
        self.cues.set(Some(masks));
        masks
    }
}

/// The phrase lists counted with [`Line::count`], by position in
/// [`data::CUE_LISTS`].
#[derive(Debug, Clone, Copy)]
enum Cues {
    PaywallStrong = 0,
    PaywallWeak = 1,
    PromoStrong = 2,
    Byline = 3,
    Credit = 4,
}

/// A share of date-, time- and number-tokens that makes a line a timestamp.
fn is_timestamp(line: &Line) -> bool {
    if line.words == 0 || line.words > 14 {
        return false;
    }
    let mut tokens: Vec<&str> = Vec::new();
    for t in line.norm.split_whitespace() {
        tokens.push(t);
    }
    let timeish = tokens
        .iter()
        .filter(|t| t.chars().all(|c| c.is_ascii_digit()) || data::TIME_WORDS.contains(t))
        .count();
    let anchored = tokens.iter().any(|t| t.chars().all(|c| c.is_ascii_digit()))
        || line.has("ago")
        || line.has("yesterday");
    anchored && timeish * 10 >= tokens.len() * 8
}

/// Letters among the non-space characters (what [`Line::new`] counts).
#[cfg(test)]
fn letter_share(raw: &str) -> f64 {
    let (mut letters, mut total) = (0usize, 0usize);
    for c in raw.chars().filter(|c| !c.is_whitespace()) {
        total += 1;
        if is_letter(c) {
            letters += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        letters as f64 / total as f64
    }
}

fn url_share(raw: &str) -> f64 {
    let url_bytes: usize = raw
        .split_whitespace()
        .filter(|w| is_url(w))
        .map(str::len)
        .sum();
    url_bytes as f64 / raw.len().max(1) as f64
}

/// The words of `raw` that are not URLs ("The site is: https://… Please
/// check it out." has six).
fn words_outside_urls(raw: &str) -> usize {
    raw.split_whitespace()
        .filter(|w| !is_url(w) && w.chars().any(is_letter_or_digit))
        .count()
}

/// Navigation: three or more very short items (at most three words each on
/// average) between separators, URLs aside ("Home | News | Sport").
fn is_navigation(line: &Line) -> bool {
    if ends_with_terminal(line.raw) {
        return false;
    }
    let (mut seps, mut items, mut words) = (0usize, 0usize, 0usize);
    let mut item_open = false;
    for token in line.raw.split_whitespace() {
        if is_url(token) {
            continue;
        }
        for piece in token.split_inclusive(is_separator) {
            let (text, sep) = match piece.chars().next_back() {
                Some(c) if is_separator(c) => (&piece[..piece.len() - c.len_utf8()], true),
                _ => (piece, false),
            };
            if text.chars().any(is_letter_or_digit) {
                words += 1;
                items += usize::from(!item_open);
                item_open = true;
            }
            if sep {
                seps += 1;
                item_open = false;
            }
        }
    }
    seps >= 2 && items >= 3 && words <= items * 3
}

/// The separators of menus and breadcrumbs.
fn is_separator(c: char) -> bool {
    matches!(c, '|' | '•' | '·' | '›' | '»' | '>' | '/' | '◦' | '‣')
}

/// Whether the words after a byline prefix look like names (capitalised).
fn looks_like_names(rest: &str) -> bool {
    let mut words: Vec<&str> = Vec::new();
    for w in rest.split_whitespace() {
        words.push(w);
    }
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            let w = w.trim_matches(not_alnum);
            w.is_empty()
                || w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    w,
                    "and" | "in" | "of" | "de" | "van" | "von" | "la" | "le" | "da" | "du" | "bin"
                )
        })
}

/// Headline capitalisation: most longer words start with a capital, and
/// the line is one phrase (no full stop inside or at the end: headlines end
/// bare or with a question or exclamation mark).
fn is_title_case(raw: &str) -> bool {
    if raw.trim_end().ends_with('.') || raw.contains(". ") {
        return false;
    }
    // "Salve Sig.ra Mengoni! Come sta oggi?": two sentences, not a headline
    let inner = raw.trim_end().trim_end_matches(['!', '?']);
    if inner.contains("! ") || inner.contains("? ") {
        return false;
    }
    let mut long: Vec<&str> = Vec::new();
    for w in raw.split_whitespace() {
        let w = w.trim_matches(not_alnum);
        if w.chars().count() >= 4 {
            long.push(w);
        }
    }
    let caps = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 3 && caps * 10 >= long.len() * 8
}

#[cfg(test)]
mod title_case_tests {
    use super::is_title_case;

    #[test]
    fn headlines_not_sentences() {
        for (line, want) in [
            ("Can the Harbour Plan Save the Fishing Fleet?", true),
            ("Trump Says Europe Must Lead on Ukraine", true),
            (
                "Mr. Smith met Dr. Jones at 5 p.m. on Friday. They spoke.",
                false,
            ),
            ("Smith Jones Friday They Spoke.", false),
            ("The council approved the budget on Tuesday.", false),
            ("Salve Sig.ra Mengoni! Come sta oggi?", false),
            ("Help! My Cat Is Stuck", false),
        ] {
            assert_eq!(is_title_case(line), want, "{line:?}");
        }
    }
}

/// Classifies one line on its own (context rules live in the caller).
#[cfg(test)]
pub fn classify(raw: &str) -> Verdict {
    classify_line(&Line::new(raw))
}

/// Classifies one line on its own, from its features (context rules live
/// in the caller).
pub fn classify_line(line: &Line) -> Verdict {
    use RemovalReason::*;
    let raw = line.raw;
    let terminal = ends_with_terminal(raw);
    if line.words == 0 || line.letter_share() < 0.25 {
        return Verdict::Furniture(Noise);
    }
    if url_share(raw) >= 0.5 && !(terminal && words_outside_urls(raw) >= 5) {
        return Verdict::Furniture(Link);
    }
    if is_navigation(line) {
        return Verdict::Furniture(Navigation);
    }
    if is_timestamp(line) {
        return Verdict::Furniture(Timestamp);
    }
    if line.words <= 25
        && data::READ_MORE.iter().any(|p| line.starts(p))
        && (line.words <= 4
            || raw.contains(':')
            || raw.contains('…')
            || raw.contains("...")
            || !terminal)
    {
        return Verdict::Furniture(ReadMore);
    }
    if data::ADVERTISEMENT.iter().any(|p| line.is(p)) {
        return Verdict::Furniture(Advertisement);
    }
    // (only lines of at most 30 words can be comment furniture)
    let lower = if line.words <= 30 {
        raw.to_lowercase()
    } else {
        String::new()
    };
    if data::COMMENTS.iter().any(|p| line.is(p))
        || (line.words <= 3
            && line
                .norm
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            && lower.contains("comment"))
        || (line.words <= 30
            && lower.contains("comment")
            && [
                "join",
                "replies",
                "forum",
                "conversation",
                "community guidelines",
                "log in",
                "sign in",
            ]
            .iter()
            .any(|w| lower.contains(w)))
    {
        return Verdict::Furniture(Comments);
    }
    if line.words <= 8
        && !terminal
        && line
            .norm
            .split_whitespace()
            .all(|t| data::SHARE_WORDS.contains(&t))
        && line.has("share")
            | line.has("facebook")
            | line.has("twitter")
            | line.has("email")
            | line.has("print")
            | line.has("whatsapp")
            | line.has("copy")
            | line.has("save")
    {
        return Verdict::Furniture(Share);
    }
    // "Watch: …", "Video | …": a media word before the first separator
    let media_head = || {
        let head = raw.split([':', '|', '—', '-']).next().unwrap_or("").trim();
        head.split_whitespace().count() <= 3 && {
            let head = Line::new(head);
            data::MEDIA_PREFIX.iter().any(|p| head.is(p))
        }
    };
    if (raw.contains(':') && media_head())
        || line.is("media playback is unsupported on your device")
        || (line.words <= 3 && data::MEDIA_PREFIX.iter().any(|p| line.starts(p)) && !terminal)
    {
        return Verdict::Furniture(Media);
    }
    // (every paywall and promotion rule wants at most 80 words)
    if line.words <= 80 {
        let strong_paywall = line.count(Cues::PaywallStrong);
        let weak_paywall = line.count(Cues::PaywallWeak);
        let strong_promo = line.count(Cues::PromoStrong);
        let cues = strong_paywall + weak_paywall + strong_promo;
        if (strong_paywall + strong_promo >= 1 && line.words <= 40)
            || (weak_paywall >= 2 && line.words <= 15)
            || (weak_paywall >= 1 && line.words <= 6)
            || (cues >= 3 && line.words <= 80)
        {
            let reason = if strong_promo > strong_paywall {
                Promo
            } else {
                Paywall
            };
            return Verdict::Furniture(reason);
        }
    }
    // Bylines: "By Jane Doe", "Reporting by ...", "Jane Doe writes:", author blurbs.
    let mut first_words: Vec<&str> = Vec::new();
    for w in raw.split_whitespace().take(4) {
        first_words.push(w);
    }
    let from_letter = raw.trim_start_matches(not_alnum);
    if line.starts("by")
        && line.words <= 12
        && from_letter
            .get(..2)
            .is_some_and(|b| b.eq_ignore_ascii_case("by"))
        && looks_like_names(from_letter[2..].trim_start_matches(&['.', ' ', ':'][..]))
    {
        return Verdict::Furniture(Byline);
    }
    if data::BYLINE_PREFIX.iter().any(|p| line.starts(p)) && line.words <= 16 {
        return Verdict::Furniture(Byline);
    }
    if line.words <= 6
        && (raw.ends_with("writes:") || raw.ends_with("reports:") || raw.ends_with("says:"))
    {
        return Verdict::Furniture(Byline);
    }
    if line.words <= 45
        && first_words.len() >= 2
        && first_words[..2]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && line.has_any(Cues::Byline)
        && (line.has("reported this story")
            || line.has("writes about")
            || line.has("follow him on")
            || line.has("follow her on")
            || line.words <= 20)
    {
        return Verdict::Furniture(Byline);
    }
    // Credits and captions with a credit (at most 40 words).
    let credit_at = if line.words <= 40 {
        first_credit_cue(raw)
    } else {
        None
    };
    if let Some(at) = credit_at {
        let credit_line = Line::new(&raw[at..]);
        if credit_line.has_any(Cues::Credit) {
            // text before the credit, or a line labelled as a caption, is a
            // caption; a bare credit line is a credit
            let labelled = ["Image caption", "Media caption", "Pictured:"]
                .iter()
                .any(|cue| raw[at..].starts_with(cue));
            return Verdict::Furniture(if raw[..at].trim().is_empty() && !labelled {
                Credit
            } else {
                Caption
            });
        }
    }
    if line.words <= 15 && is_title_case(raw) {
        return Verdict::Heading;
    }
    // A short question standing alone on its line is a subheading ("What
    // support can Trump offer?" over a live-blog post), not article prose.
    let trimmed = raw.trim_end();
    if line.words <= 14
        && trimmed.ends_with('?')
        && !trimmed[..trimmed.len() - 1].contains(&['.', '?', '!', '"', '“', '”'][..])
    {
        return Verdict::Heading;
    }
    if !terminal {
        if line.words <= 25 {
            return Verdict::Heading;
        }
    } else if line.words == 1 && !raw.ends_with(&['!', '?'][..]) {
        // "Updated." / "Photos." / "Fin." alone on a line are not sentences worth a summary
        return Verdict::Heading;
    }
    Verdict::Prose
}

/// Where the first cue of [`data::CREDIT_AT`] starts in `raw`: one pass
/// over the line, comparing cues only where a byte opens one.
fn first_credit_cue(raw: &str) -> Option<usize> {
    let bytes = raw.as_bytes();
    (0..bytes.len()).find(|&i| {
        data::CREDIT_AT_FIRST_BYTES[usize::from(bytes[i])]
            && data::CREDIT_AT
                .iter()
                .any(|cue| bytes[i..].starts_with(cue.as_bytes()))
    })
}

/// Whether `w` (a whitespace token, punctuation around it trimmed) may
/// stand in the place and date of a dateline: a capitalised word, a
/// number or a month name (`LONDON, May 8`, `Madrid, 8 may`).
fn place_or_date_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | ':'));
    w.chars().next().is_some_and(char::is_uppercase)
        || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        || data::MONTHS.contains(&w.to_lowercase())
}

/// Byte length of a leading dateline, if the line starts with one:
///
/// - an agency in brackets after a place and date: `(CNN)`, `Tokyo (CNN)`,
///   `LONDON (Reuters) -`, `LONDON, May 8 (Reuters) -`, `Berlin (dpa) -`,
///   `Madrid, 8 may (EFE).-`;
/// - a place in capitals and a dash: `WASHINGTON —`, `PARIS, France --`;
/// - a place and a date (Russian wire style): `Москва. 8 мая. INTERFAX.RU -`,
///   `МОСКВА, 8 мая — РИА Новости.`, `МОСКВА, 8 мая. /ТАСС/.`;
/// - the Chinese agency line: `新华社北京5月8日电（记者 王晓）`,
///   `中新网北京12月1日电(记者 张曦)`, `本报讯（记者 李明）`;
/// - the Japanese and Korean agency brackets: `【ワシントン=共同】`,
///   `(서울=연합뉴스) 홍길동 기자 =`.
pub fn leading_dateline(raw: &str) -> Option<usize> {
    paren_dateline(raw)
        .or_else(|| place_date_dateline(raw))
        .or_else(|| caps_dateline(raw))
        .or_else(|| cjk_dateline(raw))
        .or_else(|| bracket_dateline(raw))
}

/// `<Place and date> (Agency) -` or `(Agency)`.
fn paren_dateline(raw: &str) -> Option<usize> {
    let open = raw.find('(')?;
    let place = &raw[..open];
    let place_ok = place.split_whitespace().count() <= 6
        && place.split_whitespace().all(place_or_date_word)
        && place
            .split_whitespace()
            .next()
            .is_none_or(|w| w.starts_with(char::is_uppercase));
    if !place_ok {
        return None;
    }
    let close = open + raw[open..].find(')')?;
    let inner = &raw[open + 1..close];
    // agencies in capitals, or in lower case after a place ("Berlin (dpa)")
    let lower_agency = !place.trim().is_empty()
        && (2..=5).contains(&inner.len())
        && inner.bytes().all(|b| b.is_ascii_lowercase());
    let inner_ok = !inner.is_empty()
        && inner.split_whitespace().count() <= 3
        && (inner.chars().next().is_some_and(char::is_uppercase) || lower_agency)
        && inner
            .chars()
            .all(|c| is_letter_or_digit(c) || c == ' ' || c == '.' || c == '&');
    if !inner_ok {
        return None;
    }
    let end = skip(raw, close + 1, &[' ', '-', '—', '–', ':', '.']);
    raw[end..]
        .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“' || c.is_ascii_digit())
        .then_some(end)
}

/// `WASHINGTON —` / `PARIS, France --`: the place starts with the line's
/// first word, which must be in capitals.
fn caps_dateline(raw: &str) -> Option<usize> {
    let first = raw.split(&[',', ' '][..]).next().unwrap_or("");
    if !(first.len() >= 3 && first.chars().all(|c| c.is_uppercase() || c == '.')) {
        return None;
    }
    for sep in [" — ", " -- ", " – ", " - "] {
        if let Some(at) = raw.find(sep) {
            let place = &raw[..at];
            if place.split_whitespace().count() <= 4 && !place.contains(&['.', '!', '?'][..]) {
                let end = at + sep.len();
                if raw[end..].starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') {
                    return Some(end);
                }
            }
        }
    }
    None
}

/// Whether `s` opens article text: a capital, a digit or an opening quote.
fn opens_text(s: &str) -> bool {
    s.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | '„')
    })
}

/// `Москва. 8 мая. INTERFAX.RU - `, `МОСКВА, 8 мая — РИА Новости. `,
/// `МОСКВА, 8 мая. /ТАСС/. `: one to three capitalised words of a place,
/// a full stop or comma, a day and a month (either order; a year may
/// follow), a full stop, comma or dash, and perhaps an agency of at most
/// three words closed by a dash or a full stop.
fn place_date_dateline(raw: &str) -> Option<usize> {
    let mut n = raw.len().min(160);
    while !raw.is_char_boundary(n) {
        n -= 1;
    }
    let head = &raw[..n];
    // the place: up to the first full stop or comma
    let sep = head.find([',', '.'])?;
    let mut count = 0;
    for w in head[..sep].split_whitespace() {
        count += 1;
        let name = w.starts_with(char::is_uppercase) && w.chars().all(|c| is_letter(c) || c == '-');
        if !name || count > 3 {
            return None;
        }
    }
    if count == 0 {
        return None;
    }
    // the date: a day and a month, in either order, perhaps a year
    let month = |w: &str| data::MONTHS.contains(&w.trim_end_matches([',', '.']).to_lowercase());
    let day = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        (1..=2).contains(&w.len()) && w.bytes().all(|x| x.is_ascii_digit())
    };
    let mut at = sep + 1;
    let mut date_words = 0;
    for _ in 0..3 {
        let rest = &head[at..];
        let t = rest.trim_start();
        let w_len = t.find(char::is_whitespace).unwrap_or(t.len());
        let w = &t[..w_len];
        let year = w.trim_end_matches([',', '.']).len() == 4
            && w.trim_end_matches([',', '.'])
                .bytes()
                .all(|x| x.is_ascii_digit());
        let part = if date_words < 2 {
            day(w) || month(w)
        } else {
            year
        };
        if !part || w.is_empty() {
            break;
        }
        at += rest.len() - t.len() + w_len;
        date_words += 1;
    }
    if date_words < 2 {
        return None;
    }
    let date = &head[sep + 1..at];
    let (mut d, mut m) = (false, false);
    for w in date.split_whitespace().take(2) {
        d |= day(w);
        m |= month(w);
    }
    if !(d && m) {
        return None;
    }
    // a separator after the date, then an agency or the text
    let seps: &[char] = &['.', ',', ' ', '—', '–', '-', '/'];
    let after_at = skip(head, at, seps);
    let separated = date.ends_with(['.', ',']) || after_at > at;
    if !separated {
        return None;
    }
    let after = &head[after_at..];
    let agency_end = [" - ", " — ", " – ", ". ", "/. "]
        .iter()
        .filter_map(|s| after.find(s).map(|p| p + s.len()))
        .min();
    if let Some(e) = agency_end {
        let agency = after[..e].trim_end_matches(seps);
        let short = agency.split_whitespace().count() <= 3;
        let named = agency
            .trim_start_matches('/')
            .starts_with(char::is_uppercase);
        let next = &after[e..];
        if short && named && opens_text(next) {
            return Some(after_at + e);
        }
    }
    opens_text(after).then_some(after_at)
}

/// The Chinese agency line: `<agency><place><month>月<day>日电` (or `日讯`),
/// or `本报讯`, then perhaps a reporter in brackets (`（记者 王晓）`).
fn cjk_dateline(raw: &str) -> Option<usize> {
    let mut end = if raw.starts_with("本报讯") {
        "本报讯".len()
    } else {
        let head_end = raw.char_indices().nth(40).map_or(raw.len(), |(i, _)| i);
        let head = &raw[..head_end];
        let at = ["日电", "日讯"].iter().filter_map(|m| head.find(m)).min()?;
        let before = &head[..at];
        // letters and digits only, with a month; an agency (新华社, 中新网,
        // 本报) or a bracket or space after it ("日电视台" is a TV station)
        let after = &head[at + "日电".len()..];
        let agency = before.contains(['社', '网', '报']);
        let closed = after.starts_with(['（', '(', ' ', '\u{3000}']);
        if !before.contains('月')
            || !before.chars().all(is_letter_or_digit)
            || !before.ends_with(|c: char| c.is_ascii_digit())
            || !(agency || closed)
        {
            return None;
        }
        at + "日电".len()
    };
    let rest = &raw[end..];
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = rest.strip_prefix(open) {
            if let Some(c) = inner.find(close) {
                if inner[..c].chars().count() <= 20 {
                    end += open.len_utf8() + c + close.len_utf8();
                }
            }
            break;
        }
    }
    let end = skip(raw, end, &[' ', '：', ':', '\u{3000}']);
    (end < raw.len()).then_some(end)
}

/// The byte offset in `s` past the characters of `chars` from `at` on.
fn skip(s: &str, at: usize, chars: &[char]) -> usize {
    s.len() - s[at..].trim_start_matches(chars).len()
}

/// `【ワシントン=共同】` (Japanese agencies) and `(서울=연합뉴스) 홍길동 기자 =`
/// (Korean ones): a bracket opening the line with `=` or `＝` inside.
fn bracket_dateline(raw: &str) -> Option<usize> {
    let (open, close) = [('【', '】'), ('(', ')'), ('（', '）'), ('[', ']')]
        .into_iter()
        .find(|&(o, _)| raw.starts_with(o))?;
    let inner_start = open.len_utf8();
    let c = raw[inner_start..].find(close)?;
    let inner = &raw[inner_start..inner_start + c];
    if inner.chars().count() > 30 || !inner.contains(['=', '＝']) || inner.contains(' ') {
        return None;
    }
    let mut end = inner_start + c + close.len_utf8();
    // "홍길동 기자 =": the reporter
    let rest = &raw[end..];
    if let Some(eq) = rest.find('=') {
        let who = &rest[..eq];
        if who.chars().count() <= 20 && (who.contains("기자") || who.contains("특파원")) {
            end += eq + 1;
        }
    }
    let rest = &raw[end..];
    let after = rest.trim_start();
    end += rest.len() - after.len();
    (!after.is_empty()).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use RemovalReason::*;

    /// Lines in the shape of real pasted pages (written for this project,
    /// modelled on what the seeds in ../shared/seeds show).
    #[test]
    fn classifies_lines() {
        let table: &[(&str, Verdict)] = &[
            ("The council approved the budget on Tuesday after a long debate.", Verdict::Prose),
            ("“We will not back down,” she said.", Verdict::Prose),
            ("Netflix lost 200,000 subscribers in the first quarter, the company said.", Verdict::Prose),
            ("Readers left thousands of comments under the original post, many of them angry.", Verdict::Prose),
            ("Budget vote delayed as council splits", Verdict::Heading),
            ("What can the council do about the budget?", Verdict::Heading),
            ("\"Why now?\" she asked the council at the budget meeting.", Verdict::Prose),
            ("ANALYSIS: What the budget means for schools", Verdict::Heading),
            ("Read more: Council faces revolt over budget", Verdict::Furniture(ReadMore)),
            ("Read on...", Verdict::Furniture(ReadMore)),
            ("READ MORE", Verdict::Furniture(ReadMore)),
            ("Read Entire Article", Verdict::Furniture(ReadMore)),
            ("Advertisement", Verdict::Furniture(Advertisement)),
            ("Comments", Verdict::Furniture(Comments)),
            ("142 comments", Verdict::Furniture(Comments)),
            ("Join our commenting forum", Verdict::Furniture(Comments)),
            ("Join lively conversations, follow other readers and see their repliesComments", Verdict::Furniture(Comments)),
            ("Share this article", Verdict::Furniture(Share)),
            ("Facebook Twitter Email", Verdict::Furniture(Share)),
            ("Watch: Mayor defends the budget in heated debate", Verdict::Furniture(Media)),
            ("Sign up for our morning newsletter and get the news in your inbox.", Verdict::Furniture(Promo)),
            ("We use cookies to improve your experience.", Verdict::Furniture(Promo)),
            ("Already a subscriber? Log in.", Verdict::Furniture(Paywall)),
            ("Want all of The Herald? Subscribe.", Verdict::Furniture(Paywall)),
            ("Thank you for your patience while we verify access.", Verdict::Furniture(Paywall)),
            ("By Jane Doe", Verdict::Furniture(Byline)),
            ("By Jane Doe and Ravi Patel, Political Correspondents", Verdict::Furniture(Byline)),
            ("Jane Doe writes:", Verdict::Furniture(Byline)),
            ("With AFP", Verdict::Furniture(Byline)),
            ("With reporting from Reuters", Verdict::Furniture(Byline)),
            ("Jane Doe writes about city politics. She reported this story from Leeds.", Verdict::Furniture(Byline)),
            ("Feb. 11, 2025, 5:18 a.m. ET", Verdict::Furniture(Timestamp)),
            ("6 hours ago 4", Verdict::Furniture(Timestamp)),
            ("Updated 14:32 GMT, 3 March 2024", Verdict::Furniture(Timestamp)),
            ("Volunteers clear snow from the square on Sunday.Credit...John Smith/The Daily Times", Verdict::Furniture(Caption)),
            ("Photograph: Jane Doe/Reuters", Verdict::Furniture(Credit)),
            ("Image caption: Crews survey the slip on Monday (Photo: Ann Lee)", Verdict::Furniture(Caption)),
            ("Home | News | Sport | Weather", Verdict::Furniture(Navigation)),
            ("News › World › Europe", Verdict::Furniture(Navigation)),
            ("• 9. The first item • 10. The second item", Verdict::Heading),
            ("Владимир Федосеев: Аттар магиясы енді жоқ http://www.vremya.ru/2003/179/10/80980.html", Verdict::Heading),
            ("https://example.com/a/very/long/link", Verdict::Furniture(Link)),
            ("Read it at https://example.com/a/very/long/link/to/the/story.", Verdict::Furniture(Link)),
            ("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.", Verdict::Prose),
            ("*** --- ***", Verdict::Furniture(Noise)),
        ];
        for (line, want) in table {
            assert_eq!(classify(line), *want, "{line:?}");
        }
    }

    /// The word-by-word cue index finds exactly what searching the line
    /// for each phrase finds; the one-pass credit scan finds the first cue.
    #[test]
    fn cue_index_agrees_with_plain_search() {
        let pool = [
            "sign",
            "in",
            "to",
            "read",
            "already",
            "a",
            "subscriber",
            "follow",
            "us",
            "on",
            "log",
            "into",
            "the",
            "email",
            "address",
            "Getty",
            "Images",
            "Photo:",
            "Credit",
            "(Photo",
            "getty",
            "images",
            "cookie",
            "policy",
            "newsletter",
            "Reuters",
            "é",
            "—",
            "x",
            "subscribe",
            "now",
            "today",
            "writes",
            "about",
            "covers",
            "AP",
        ];
        let mut seed = 7u32;
        for _ in 0..3000 {
            let mut words = Vec::new();
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            for _ in 0..(seed >> 16) % 14 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                words.push(pool[(seed >> 16) as usize % pool.len()]);
            }
            let raw = words.join(" ");
            let line = Line::new(&raw);
            for (list, cues) in [
                (Cues::PaywallStrong, data::PAYWALL_STRONG),
                (Cues::PaywallWeak, data::PAYWALL_WEAK),
                (Cues::PromoStrong, data::PROMO_STRONG),
                (Cues::Byline, data::BYLINE_CUES),
                (Cues::Credit, data::CREDIT_CUES),
            ] {
                let plain = cues.iter().filter(|p| line.has(p)).count();
                assert_eq!(line.count(list), plain, "{raw:?} {list:?}");
                assert_eq!(line.has_any(list), plain > 0, "{raw:?} {list:?}");
            }
            let plain = data::CREDIT_AT.iter().filter_map(|cue| raw.find(cue)).min();
            assert_eq!(first_credit_cue(&raw), plain, "{raw:?}");
        }
        assert!(
            data::CUE_LISTS.iter().all(|l| l.len() <= 64),
            "a cue list fits a u64 mask"
        );
    }

    /// [`Line::new`]'s single pass agrees with the plain definitions.
    #[test]
    fn line_features_agree_with_plain_definitions() {
        let pool = [
            "a", "Z", "9", " ", "  ", "\t", "\n", "\u{A0}", "\u{3000}", "é", "É", "ß", "İ", "東",
            "京", "は", "カ", "。", "、", "٣", "ب", "\u{301}", "—", "'", ".", "😀", "Ⅻ", "_", "-",
            "\u{200B}", "ก", "ิ", "က", "ក",
        ];
        let mut seed = 11u32;
        for _ in 0..5000 {
            let mut raw = String::new();
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            for _ in 0..(seed >> 16) % 20 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                raw.push_str(pool[(seed >> 16) as usize % pool.len()]);
            }
            let line = Line::new(&raw);
            let mut norm = String::from(" ");
            for c in raw.chars() {
                if c.is_alphanumeric() {
                    norm.extend(c.to_lowercase());
                } else if !norm.ends_with(' ') {
                    norm.push(' ');
                }
            }
            if !norm.ends_with(' ') {
                norm.push(' ');
            }
            let words: usize = raw
                .split_whitespace()
                .map(|w| {
                    let count = |f: fn(char) -> bool| {
                        w.chars().filter(|&c| f(c) && c.is_alphanumeric()).count()
                    };
                    count(is_cjk)
                        + count(is_spaceless).div_ceil(4)
                        + usize::from(
                            w.chars()
                                .any(|c| c.is_alphanumeric() && !is_cjk(c) && !is_spaceless(c)),
                        )
                })
                .sum();
            assert_eq!(line.norm, norm, "{raw:?}");
            assert_eq!(line.words, words, "{raw:?}");
            assert_eq!(line.letter_share(), letter_share(&raw), "{raw:?}");
        }
    }

    #[test]
    fn a_replacement_character_does_not_hide_the_full_stop() {
        assert!(ends_with_terminal("Schools get more money.\u{FFFD}"));
        assert_eq!(
            classify("\u{FFFD}The council approved the budget\u{FFFD} on Tuesday. Schools get more money.\u{FFFD}"),
            Verdict::Prose
        );
    }

    #[test]
    fn cjk_prose_is_prose() {
        assert_eq!(
            classify("市政府周二批准了新的预算，用于修建两条新的电车线路。"),
            Verdict::Prose
        );
        assert_eq!(
            classify("東京の市議会は火曜日に新しい予算を承認した。"),
            Verdict::Prose
        );
        assert_eq!(classify("分裂的城市"), Verdict::Heading);
        assert_eq!(Line::new("東京 rain 2024").words, 4);
    }

    #[test]
    fn finds_datelines() {
        let table: &[(&str, Option<&str>)] = &[
            (
                "(CNN)Share, and your gift will be multiplied.",
                Some("(CNN)"),
            ),
            ("Tokyo (CNN)Police in Japan say...", Some("Tokyo (CNN)")),
            (
                "LONDON (Reuters) - Shares fell on Monday.",
                Some("LONDON (Reuters) - "),
            ),
            ("WASHINGTON — The Senate voted.", Some("WASHINGTON — ")),
            ("The company (which was founded in 1990) said.", None),
            ("(a) The first clause.", None),
            ("Mr Smith - the mayor - said no.", None),
            (
                "LONDON, May 8 (Reuters) - Shares fell.",
                Some("LONDON, May 8 (Reuters) - "),
            ),
            ("Berlin (dpa) - Die Bahn streikt.", Some("Berlin (dpa) - ")),
            (
                "Madrid, 8 may (EFE).- El Gobierno aprobó.",
                Some("Madrid, 8 may (EFE).- "),
            ),
            (
                "Москва. 8 мая. INTERFAX.RU - Главный тренер считает.",
                Some("Москва. 8 мая. INTERFAX.RU - "),
            ),
            (
                "МОСКВА, 8 мая — РИА Новости. Президент подписал указ.",
                Some("МОСКВА, 8 мая — РИА Новости. "),
            ),
            (
                "МОСКВА, 8 мая. /ТАСС/. Президент подписал указ.",
                Some("МОСКВА, 8 мая. /ТАСС/. "),
            ),
            (
                "Москва. 8 мая. Президент подписал указ.",
                Some("Москва. 8 мая. "),
            ),
            ("Москва. Президент подписал указ 8 мая.", None),
            ("Он пришёл. 8 мая он ушёл.", None),
            (
                "Paris, 8 mai 2024 - Le gouvernement a annoncé.",
                Some("Paris, 8 mai 2024 - "),
            ),
            (
                "新华社北京5月8日电（记者 王晓）国务院总理今天表示。",
                Some("新华社北京5月8日电（记者 王晓）"),
            ),
            (
                "中新网北京12月1日电(记者 张曦) 30日晚，高圆圆举行答谢宴。",
                Some("中新网北京12月1日电(记者 张曦) "),
            ),
            (
                "本报讯（记者 李明）昨天下午举行。",
                Some("本报讯（记者 李明）"),
            ),
            ("他说5月8日电视台播出了节目。", None),
            (
                "【ワシントン=共同】米政府は発表した。",
                Some("【ワシントン=共同】"),
            ),
            (
                "(서울=연합뉴스) 홍길동 기자 = 정부는 발표했다.",
                Some("(서울=연합뉴스) 홍길동 기자 = "),
            ),
            ("(a = b) is true.", None),
        ];
        for (line, want) in table {
            assert_eq!(
                leading_dateline(line).map(|n| &line[..n]),
                *want,
                "{line:?}"
            );
        }
    }
}
