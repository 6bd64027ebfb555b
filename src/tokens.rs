//! Tokens: lower-cased words, stopwords, stemming and term ids.
//!
//! Words follow the rules of Unicode word boundaries (UAX #29) that matter
//! for counting and matching words: letters, digits and combining marks make
//! words; an apostrophe or full stop between letters (`can't`, `U.S`) and a
//! full stop or comma between digits (`3.5`, `1,000`) stay inside them; each
//! CJK ideograph and hiragana is a word of its own. (Unicode's word tables
//! would weigh too much in the WebAssembly build.) Words are lower-cased
//! ([`crate::casefold`]), with a possessive `'s` dropped. A [`Language`]
//! decides which words are stopwords and how the rest are stemmed; numbers are kept. English (Porter
//! stemming) and French (stopwords, plural folding) are built in; a new
//! language adds a stopword list and a stemming rule to [`Language`].

use std::borrow::Cow;

use crate::casefold;
use crate::hash::Interner;
use crate::stem;

/// The language of a text, as far as tokens are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English: stopwords and Porter stemming.
    #[default]
    English,
    /// French: stopwords and plural folding.
    French,
    /// Anything else: every word counts, unstemmed.
    Unknown,
}

/// English function words (closed-class words that carry no topic).
const ENGLISH_STOPWORDS: &str = "
a
about
above
across
after
again
against
ago
all
along
already
also
although
am
among
an
and
another
any
are
around
as
at
back
be
became
because
become
been
before
being
below
between
both
but
by
can
can't
cannot
could
did
didn't
do
does
doesn't
doing
don't
down
during
each
either
else
enough
even
ever
every
few
for
from
further
get
got
had
has
have
having
he
he's
her
here
hers
herself
him
himself
his
how
however
i
i'm
i've
if
in
into
is
isn't
it
it's
its
itself
just
let
like
made
make
many
may
me
might
more
most
mr
mrs
ms
much
must
my
myself
no
nor
not
now
of
off
on
once
one
only
onto
or
other
our
ours
ourselves
out
over
own
per
rather
s
said
same
say
says
shall
she
she's
should
since
so
some
still
such
t
than
that
that's
the
their
theirs
them
themselves
then
there
there's
these
they
they're
they've
this
those
though
through
thus
to
too
toward
towards
under
until
up
upon
us
very
via
was
wasn't
we
we're
we've
well
were
what
whatever
when
where
whereas
whether
which
while
who
whom
whose
why
will
with
within
without
won't
would
yes
yet
you
your
yours
yourself
yourselves
";

/// French function words.
const FRENCH_STOPWORDS: &str = "
a
ai
aie
ainsi
alors
après
as
au
aucun
aurait
aussi
autre
aux
avaient
avais
avait
avant
avec
avoir
avons
ayant
c
car
ce
ceci
cela
celle
celles
celui
cependant
ces
cet
cette
ceux
chez
ci
comme
comment
d
dans
de
depuis
des
deux
dit
doit
donc
dont
du
déjà
elle
elles
en
encore
entre
es
est
et
eu
eux
faire
fait
il
ils
j
je
l
la
le
les
leur
leurs
lors
lui
m
ma
mais
me
mes
moi
mon
même
n
ne
ni
nos
notre
nous
on
ont
ou
où
par
pas
peu
peut
plus
pour
pourquoi
puis
qu
quand
que
quel
quelle
quelles
quels
qui
s
sa
sans
se
selon
sera
serait
seront
ses
si
soit
son
sont
sous
sur
t
ta
tandis
te
tes
toi
ton
tous
tout
toute
toutes
très
tu
un
une
uns
vers
via
vos
votre
vous
y
à
ça
étaient
était
étant
été
être
";

/// Every stopword, with the lists it is on (by id): 1 = English, 2 = French.
fn stopword_lists() -> &'static (Interner, Vec<u8>) {
    &crate::lists::tables().stopwords
}

/// Builds [`stopword_lists`].
pub(crate) fn build_stopword_lists() -> (Interner, Vec<u8>) {
    let (mut index, mut lists) = (Interner::default(), Vec::new());
    for (bit, list) in [(1, ENGLISH_STOPWORDS), (2, FRENCH_STOPWORDS)] {
        for w in crate::lists::entries(list) {
            let (id, new) = index.intern(w.as_bytes());
            if new {
                lists.push(0);
            }
            lists[id as usize] |= bit;
        }
    }
    (index, lists)
}

impl Language {
    /// Guesses the language from the share of each stopword list among the
    /// first few thousand words.
    pub fn detect(text: &str) -> Language {
        let (mut en, mut fr, mut total) = (0usize, 0usize, 0usize);
        let (index, lists) = stopword_lists();
        let mut lower = String::new();
        for w in words(text).take(3000) {
            total += 1;
            lower.clear();
            casefold::lower_into(w, &mut lower);
            let lists = index
                .get(lower.as_bytes())
                .map_or(0, |id| lists[id as usize]);
            en += usize::from(lists & 1 != 0);
            fr += usize::from(lists & 2 != 0);
        }
        if total == 0 {
            return Language::English;
        }
        let (en, fr) = (en as f64 / total as f64, fr as f64 / total as f64);
        if en < 0.08 && fr < 0.08 {
            Language::Unknown
        } else if fr > en {
            Language::French
        } else {
            Language::English
        }
    }

    /// Whether `word` (lower-cased) is a stopword.
    pub fn is_stopword(self, word: &str) -> bool {
        let bit = match self {
            Language::English => 1,
            Language::French => 2,
            Language::Unknown => return false,
        };
        let (index, lists) = stopword_lists();
        index
            .get(word.as_bytes())
            .is_some_and(|id| lists[id as usize] & bit != 0)
    }

    /// The stem of `word` (lower-cased).
    pub fn stem(self, word: &str) -> Cow<'_, str> {
        match self {
            Language::English => Cow::Owned(stem::porter(word)),
            Language::French => {
                let n = char_count(word);
                if n > 4 && (word.ends_with('s') || word.ends_with('x')) {
                    Cow::Owned(word[..word.len() - 1].to_string())
                } else {
                    Cow::Owned(word.to_string())
                }
            }
            Language::Unknown => Cow::Owned(word.to_string()),
        }
    }
}

/// The number of characters of `s`, as `s.chars().count()` gives it: the
/// bytes that do not continue a character (a plain loop rather than the
/// standard library's word-at-a-time count, which is larger in the
/// WebAssembly build and no faster on words and lines).
pub(crate) fn char_count(s: &str) -> usize {
    let mut n = 0;
    for &b in s.as_bytes() {
        n += usize::from((b as i8) >= -0x40);
    }
    n
}

/// Whether `c` is neither a letter nor a digit (what trimming a word to its
/// letters and digits drops).
pub(crate) fn not_alnum(c: char) -> bool {
    !c.is_alphanumeric()
}

/// Combining marks that continue a word (the common blocks).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F)
}

/// Characters that are a word each: CJK ideographs and hiragana.
fn is_single(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x3134F)
}

/// Whether `c`, between `prev` and `next`, stays inside a word: an
/// apostrophe or full stop between letters (`don't`, `U.S`) or digits
/// (`3.5`), a comma between digits (`1,000`).
fn joins(prev: char, c: char, next: char) -> bool {
    let letters = prev.is_alphabetic() && next.is_alphabetic() && !is_single(next);
    let digits = prev.is_numeric() && next.is_numeric();
    match c {
        '\'' | '’' | '.' => letters || digits,
        ',' => digits,
        _ => false,
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    (c.is_alphanumeric() || is_mark(c)) && !is_single(c)
}

/// An iterator over the words of a text with their byte offsets: see the
/// [module documentation](self).
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        // the first letter or digit (ASCII bytes are looked at directly)
        let mut start = self.pos;
        let first = loop {
            let b = *bytes.get(start)?;
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break char::from(b);
                }
                start += 1;
            } else {
                let c = char_at(text, start)?;
                if c.is_alphanumeric() {
                    break c;
                }
                start += c.len_utf8();
            }
        };
        let mut end = start + first.len_utf8();
        if !is_single(first) {
            let mut prev = first;
            while let Some(c) = char_at(text, end) {
                if is_word_char(c) {
                    end += c.len_utf8();
                    prev = c;
                    continue;
                }
                // a joiner stays inside the word only between the right neighbours
                let next = char_at(text, end + c.len_utf8()).unwrap_or(' ');
                if !joins(prev, c, next) {
                    break;
                }
                end += c.len_utf8();
                prev = c;
            }
        }
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
}

/// The character at byte `at` of `text` (a character boundary), if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b < 0x80 => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// The words of `text` with their byte offsets.
pub fn word_indices(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// The words of `text`, as they appear.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_indices(text).map(|(_, w)| w)
}

/// Number of words in `text`.
pub fn word_count(text: &str) -> usize {
    word_indices(text).count()
}

/// Lower-cases `word` into `buf` and drops a possessive `'s`.
fn normalise_word(word: &str, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        match c {
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            '’' | 'ʼ' => buf.push('\''),
            c => buf.push(casefold::lower(c)),
        }
    }
    if buf.ends_with("'s") {
        buf.truncate(buf.len() - 2);
    } else if buf.ends_with('\'') {
        buf.truncate(buf.len() - 1);
    }
}

/// The content terms of `text`: lower-cased, stopwords dropped, stemmed.
///
/// ```
/// use salient::{tokens, Language};
/// assert_eq!(tokens::terms("The rebels were fighting in 2024's elections", Language::English),
///            ["rebel", "fight", "2024", "elect"]);
/// ```
pub fn terms(text: &str, language: Language) -> Vec<String> {
    let mut buf = String::new();
    let mut out = Vec::new();
    for w in words(text) {
        normalise_word(w, &mut buf);
        if buf.is_empty() || language.is_stopword(&buf) {
            continue;
        }
        out.push(language.stem(&buf).into_owned());
    }
    out
}

/// What [`Vocabulary`] records for a stopword.
const NO_TERM: u32 = u32::MAX;

/// Interns terms as dense ids, remembering what each distinct word became,
/// so that stemming runs once per distinct word however long the text.
#[derive(Debug, Default)]
pub struct Vocabulary {
    language: Language,
    /// Lower-cased words, each with its term id in `word_terms`.
    words: Interner,
    /// Term id of each word ([`NO_TERM`] for a stopword).
    word_terms: Vec<u32>,
    /// The stems: term id → stem.
    stems: Interner,
    buf: String,
}

impl Vocabulary {
    /// An empty vocabulary for `language`.
    pub fn new(language: Language) -> Self {
        Vocabulary {
            language,
            ..Vocabulary::default()
        }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    /// Whether no term was seen yet.
    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }

    /// The stem of term `id`.
    pub fn name(&self, id: u32) -> &str {
        if (id as usize) < self.stems.len() {
            std::str::from_utf8(self.stems.key(id)).unwrap_or("")
        } else {
            ""
        }
    }

    /// The term id of one word as it appears in the text (`None` for stopwords).
    pub fn term(&mut self, word: &str) -> Option<u32> {
        let mut buf = std::mem::take(&mut self.buf);
        normalise_word(word, &mut buf);
        let (w, new) = self.words.intern(buf.as_bytes());
        let id = if new {
            let id = if buf.is_empty() || self.language.is_stopword(&buf) {
                NO_TERM
            } else {
                self.stems.intern(self.language.stem(&buf).as_bytes()).0
            };
            self.word_terms.push(id);
            id
        } else {
            self.word_terms[w as usize]
        };
        self.buf = buf;
        (id != NO_TERM).then_some(id)
    }

    /// Appends the term ids of `text` to `out`.
    pub fn terms_into(&mut self, text: &str, out: &mut Vec<u32>) {
        for w in words(text) {
            if let Some(id) = self.term(w) {
                out.push(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first form of [`Words`] (`char_indices`, `peekable`), as an oracle.
    struct Reference<'a> {
        text: &'a str,
        pos: usize,
    }

    impl<'a> Iterator for Reference<'a> {
        type Item = (usize, &'a str);

        fn next(&mut self) -> Option<Self::Item> {
            let rest = &self.text[self.pos..];
            let (off, first) = rest.char_indices().find(|&(_, c)| c.is_alphanumeric())?;
            let start = self.pos + off;
            let mut end = start + first.len_utf8();
            if !is_single(first) {
                let mut prev = first;
                let mut chars = self.text[end..].chars().peekable();
                while let Some(c) = chars.next() {
                    if is_word_char(c) {
                        end += c.len_utf8();
                        prev = c;
                        continue;
                    }
                    // a joiner stays inside the word only between the right neighbours
                    let next = chars.peek().copied().unwrap_or(' ');
                    if !joins(prev, c, next) {
                        break;
                    }
                    end += c.len_utf8();
                    prev = c;
                }
            }
            self.pos = end;
            Some((start, &self.text[start..end]))
        }
    }

    #[test]
    fn words_agree_with_the_reference() {
        let pool = [
            "a", "Z", "9", " ", "'", "’", ".", ",", "_", "-", "é", "\u{301}", "東", "は", "カ",
            "😀", "\u{200D}", "٣", "Ⅻ", "ß", "İ", "\n", "3.5", "1,000", "U.S.", "can't",
            "\u{FFFD}",
        ];
        let mut seed = 5u32;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            for _ in 0..(seed >> 16) % 16 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                text.push_str(pool[(seed >> 16) as usize % pool.len()]);
            }
            let fast: Vec<(usize, &str)> = word_indices(&text).collect();
            let slow: Vec<(usize, &str)> = Reference {
                text: &text,
                pos: 0,
            }
            .collect();
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    #[test]
    fn stopword_lists_are_sorted_and_distinct() {
        for list in [ENGLISH_STOPWORDS, FRENCH_STOPWORDS] {
            let list: Vec<&str> = crate::lists::entries(list).collect();
            let mut sorted = list.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(list, sorted);
        }
    }

    /// Where UAX #29 and this tokenizer agree (cases from the standard's
    /// examples and news text).
    #[test]
    fn words_table() {
        let table: &[(&str, &[&str])] = &[
            (
                "The quick (\"brown\") fox can't jump 32.3 feet, right?",
                &[
                    "The", "quick", "brown", "fox", "can't", "jump", "32.3", "feet", "right",
                ],
            ),
            (
                "It cost $1,000.50 in the U.S. on 5:18",
                &[
                    "It", "cost", "1,000.50", "in", "the", "U.S", "on", "5", "18",
                ],
            ),
            ("high-stakes talks", &["high", "stakes", "talks"]),
            (
                "Putin’s A380s snake_case",
                &["Putin’s", "A380s", "snake_case"],
            ),
            ("東京は雨", &["東", "京", "は", "雨"]),
            (
                "カタカナ語 e\u{301}cole 👩‍💻 ok",
                &["カタカナ", "語", "e\u{301}cole", "ok"],
            ),
            ("end. Next", &["end", "Next"]),
            ("", &[]),
            ("...!", &[]),
        ];
        for (text, want) in table {
            assert_eq!(words(text).collect::<Vec<_>>(), *want, "{text:?}");
        }
        let offsets: Vec<usize> = word_indices("a  bc d").map(|(i, _)| i).collect();
        assert_eq!(offsets, [0, 3, 6]);
    }

    #[test]
    fn terms_table() {
        let table: &[(&str, Language, &[&str])] = &[
            ("The cats are running", Language::English, &["cat", "run"]),
            (
                "Putin's troops, NATO’s plan",
                Language::English,
                &["putin", "troop", "nato", "plan"],
            ),
            (
                "It rose 3.5% to 1,000 in 2024",
                Language::English,
                &["rose", "3.5", "1,000", "2024"],
            ),
            (
                "Les chats sont dans la maison",
                Language::French,
                &["chat", "maison"],
            ),
            ("東京 rain", Language::Unknown, &["東", "京", "rain"]),
        ];
        for (text, lang, want) in table {
            assert_eq!(terms(text, *lang), *want, "{text:?}");
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(
            Language::detect("The council said that it would vote on the plan in the spring."),
            Language::English
        );
        assert_eq!(
            Language::detect(
                "Le conseil a dit qu'il voterait sur le plan au printemps avec les élus."
            ),
            Language::French
        );
        assert_eq!(Language::detect("東京は雨です"), Language::Unknown);
    }

    #[test]
    fn vocabulary_interns_stems() {
        let mut v = Vocabulary::new(Language::English);
        let mut ids = Vec::new();
        v.terms_into("Running runs; the runner ran.", &mut ids);
        assert_eq!(ids[0], ids[1], "running and runs share the stem run");
        assert_eq!(v.name(ids[0]), "run");
        assert_eq!(v.term("THE"), None);
    }
}
