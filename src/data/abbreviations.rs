//! Abbreviations, sentence starters and related word lists for sentence
//! splitting, by language; words that leave an opening sentence dangling.
//!
//! English comes first ([`TITLES`], [`AMBIGUOUS`], [`STARTERS`], [`ZONES`]):
//! it is also what the splitter uses when the language is not known. Every
//! other language has an [`Abbreviations`] entry of its own in
//! [`LANGUAGES`] (looked up by ISO 639-1 code with [`abbreviations`]),
//! written for this project: the common abbreviations of each language's
//! news writing (what they stand for is given beside the less obvious
//! ones), checked against the examples that the documentation and golden
//! rules of pySBD and the Pragmatic Segmenter name (German `z. B.` and
//! `Dr. med.`, Spanish `Srta.`, Russian `г.` and `им.`, Italian `Dott.`,
//! Slovak `napr.`, Danish `Skt.`, Bulgarian `Пл.`). No list is copied.
//!
//! All entries are lower-case, without the final full stop, with inner
//! full stops kept (`z.b`, `t.e`). An abbreviation is one of:
//!
//! - a **title** ([`Abbreviations::titles`]): it precedes a name, a number
//!   or a noun and never ends a sentence (`Dr.`, `Srta.`, `ул.`, `TP.`);
//! - **numbering** ([`Abbreviations::numbering`]): also an ordinary word or
//!   letter, so it joins only before a number or a capitalised name that
//!   does not start a sentence (English `No. 5` but "He said no.");
//! - **ambiguous** ([`Abbreviations::ambiguous`]): it ends sentences as often
//!   as not (`etc.`, `usw.`, `Inc.`), so it joins unless the next word
//!   plainly starts a sentence ([`Abbreviations::starters`]);
//! - **after a number** ([`Abbreviations::after_number`]): ambiguous after a
//!   number and a title anywhere else (Russian `г.` is *год*, year, in
//!   `2010 г.` and may end the sentence, but *город*, city, in `г. Москва`).

use std::borrow::Cow;
use std::sync::LazyLock;

/// A list of words, written as one string with a space between words
/// (smaller in the WebAssembly build than a slice of strings, and as fast
/// for lists this short): built in, or read from a language file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words(Cow<'static, str>);

impl Words {
    /// A built-in list (words separated by single spaces).
    pub(crate) const fn new(words: &'static str) -> Self {
        Words(Cow::Borrowed(words))
    }

    /// The list of `words` (each without spaces; empty ones are dropped).
    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut joined = String::new();
        for w in words.into_iter().filter(|w| !w.is_empty()) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(w);
        }
        Words(Cow::Owned(joined))
    }

    /// Whether `word` is in the list.
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.contains(' ') {
            return false;
        }
        // a substring search and a look at its ends, rather than a
        // comparison with every word: the splitter asks thousands of times
        // per article
        let list = self.0.as_bytes();
        let mut from = 0;
        while let Some(p) = self.0[from..].find(word) {
            let (start, end) = (from + p, from + p + word.len());
            if (start == 0 || list[start - 1] == b' ') && list.get(end).is_none_or(|&b| b == b' ') {
                return true;
            }
            // a word starts after a space, and this match holds none
            from = end;
        }
        false
    }

    /// The words, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.split(' ').filter(|w| !w.is_empty())
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The words as one string, separated by single spaces.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// English abbreviations after which a full stop never ends a sentence:
/// they precede a name or a number.
pub(crate) const TITLES: Words = Words::new(
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt cpl pvt st rev fr hon pres supt insp det \
     adm maj cmdr gens messrs mme mlle sr jr nos vs e.g i.e cf approx fig figs vol vols pp ch sec \
     para ed eds al ft mt ave blvd rd op art nr tel ca viz",
);

/// Abbreviations that end sentences as often as not: no break only when the
/// next word does not plainly start a sentence.
pub(crate) const AMBIGUOUS: Words = Words::new(
    "inc ltd corp co bros plc llc etc jan feb mar apr jun jul aug sep sept oct nov dec mon tue \
     tues wed thu thur thurs fri sat sun est dept univ assn a.m p.m",
);

/// Words that plainly start a sentence (compared lower-cased).
pub(crate) const STARTERS: Words = Words::new(
    "the a an he she it they we i you but and in on at this that these those there then his her \
     its their our my if when while after before as so yet however meanwhile still also for what \
     why how who where some many most all both each now later earlier today officials police \
     authorities one two three with by from to since until although though because more other \
     others according last next asked not no",
);

/// Time zones that follow `a.m.`/`p.m.` inside a sentence.
pub(crate) static ZONES: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet",
    "cest", "local", "eastern", "pacific", "central",
];

/// Words that, opening a sentence, point to something said before it.
pub(crate) static DANGLING: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "his",
    "its",
    "their",
    "them",
    "this",
    "that",
    "these",
    "those",
    "but",
    "however",
    "and",
    "or",
    "so",
    "also",
    "meanwhile",
    "still",
    "yet",
    "then",
    "there",
    "such",
    "here",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "instead",
    "besides",
    "thus",
    "therefore",
    "hence",
    "although",
    "though",
    "otherwise",
    "later",
    "similarly",
    "likewise",
    "additionally",
    "indeed",
    "il",
    "elle",
    "ils",
    "elles",
    "mais",
    "cependant",
    "pourtant",
    "ce",
    "cette",
    "ces",
];

/// The sentence-splitting words of one language (see the module
/// documentation for the kinds of abbreviation): built in
/// ([`crate::lexicon::Builtin`]), or read from a language file
/// ([`crate::lexicon::LanguageFile`]). All entries lower-case, without their
/// final full stop.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Abbreviations {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Never end a sentence: they precede a name, number or noun.
    pub titles: Words,
    /// Also words or letters: join only before a number or a capitalised
    /// name that does not start a sentence.
    pub numbering: Words,
    /// End sentences as often as not: join unless a starter follows.
    pub ambiguous: Words,
    /// Ambiguous after a number, titles elsewhere.
    pub after_number: Words,
    /// Words that plainly start a sentence (articles, pronouns,
    /// conjunctions), compared lower-cased.
    pub starters: Words,
    /// Whether ordinal numbers are written with a full stop (`3. Platz`):
    /// then a number of one to three digits and a full stop before a
    /// capitalised word that is not a starter is an ordinal, not the end of
    /// a sentence.
    pub dotted_ordinals: bool,
}

impl Abbreviations {
    /// Whether the lists are empty and ordinals take no full stop: the
    /// splitter learns nothing of the language from it.
    pub fn is_empty(&self) -> bool {
        [
            &self.titles,
            &self.numbering,
            &self.ambiguous,
            &self.after_number,
            &self.starters,
        ]
        .iter()
        .all(|w| w.is_empty())
            && !self.dotted_ordinals
    }
}

/// English, as the splitter uses it when the language is English or not
/// known.
pub(crate) static ENGLISH: Abbreviations = Abbreviations {
    code: "en",
    titles: TITLES,
    numbering: Words::new("no v p c"),
    ambiguous: AMBIGUOUS,
    after_number: Words::new(""),
    starters: STARTERS,
    dotted_ordinals: false,
};

/// Abbreviations of English origin that the news of every language uses
/// (consulted after the language's own list, for languages other than
/// English).
pub(crate) static INTERNATIONAL: Abbreviations = Abbreviations {
    code: "",
    // (St. and Mt. in English place names: St. Louis, Mt. Kisco)
    titles: Words::new("mr mrs ms dr prof jr st mt e.g i.e vs"),
    numbering: Words::new(""),
    ambiguous: Words::new("inc ltd corp co plc llc etc"),
    after_number: Words::new(""),
    starters: Words::new(""),
    dotted_ordinals: false,
};

/// Numero signs written with a full stop (`N°. 1026`, `Nº. 5`): titles in
/// every language.
pub(crate) static NUMERO: &[&str] = &["n°", "nº", "n.º", "no°"];

/// Month names, lower-case, in the forms that follow a day (genitive where
/// the language inflects: Russian `8 мая`, Czech `7. června`), in German,
/// Danish and Norwegian, Czech, Slovak, Polish, Finnish, Slovenian,
/// Croatian, Estonian, Latvian, Hungarian, English, French, Spanish,
/// Portuguese, Italian, Dutch, Russian, Ukrainian and Bulgarian. A number of
/// one or two digits, a full stop and one of these is a date in any
/// language (`12. Juni`, `7. apríla`, `12. kesäkuuta`: German, the Nordic,
/// West and South Slavic, Baltic and Finno-Ugric languages write the day
/// as an ordinal), and datelines name them (`Москва. 8 мая.`,
/// `LONDON, May 8 (Reuters) -`).
pub(crate) static MONTHS: Words = Words::new(
    "januar jänner februar märz april mai juni juli august september oktober november dezember jan \
     feb mär apr jun jul aug sep sept okt nov dez marts mars maj december desember ledna února \
     března dubna května června července srpna září října listopadu prosince januára februára \
     marca apríla mája júna júla augusta septembra októbra novembra decembra stycznia lutego \
     kwietnia maja czerwca lipca sierpnia września października listopada grudnia tammikuuta \
     helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta \
     lokakuuta marraskuuta joulukuuta januarja februarja aprila junija julija avgusta oktobra \
     siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga prosinca \
     jaanuar veebruar märts aprill juuni juuli oktoober detsember janvārī februārī martā aprīlī \
     maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī január február március \
     április május június július augusztus szeptember október january february march may june july \
     october janvier février avril juin juillet août septembre octobre novembre décembre enero \
     febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre \
     janeiro fevereiro março maio junho julho setembro outubro novembro dezembro gennaio febbraio \
     aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus \
     января февраля марта апреля мая июня июля августа сентября октября ноября декабря січня \
     лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня януари \
     февруари март април май юни юли август септември октомври ноември декември",
);

/// Titles of some language's list that do not apply when the language is
/// not known: words of another language (Italian `es.` is Spanish *es*,
/// `on.` English *on*, Danish `med.` Swedish *med*), or abbreviations that
/// also end sentences elsewhere (`BC.`, `TX.`, Russian `см.`, `обл.`). It
/// holds every title that a stopwords-iso list of any language holds (a
/// test checks) and the words found by reading the lists.
pub(crate) static NOT_NEUTRAL: Words = Words::new(
    "al ang av bijv ca cel col coll d.h dhr dr ej es ex fa godz hab ill im inż ir mag me med mevr \
     mgr mons mr mw no np nr nám od ok on os pl por pres prof rag sen sig sok sta ste sto tel ten \
     tri tzw ud ul vol z.b καθ им пор डॉ abs arch art bc bs cad cap chap dent dna doc fig fru gem \
     gen id kb mm phil pr sf tx vet zit обл рис см",
);

/// Every language with abbreviations of its own, by code (sorted).
#[rustfmt::skip]
pub(crate) static LANGUAGES: &[Abbreviations] = &[
    Abbreviations {
        code: "ar",
        // د. doctor, أ. professor (ustadh), م. engineer, ص. page, ج. part, ش. street
        titles: Words::new("د أ أ.د ص ج ش"),
        numbering: Words::new(""),
        // إلخ etc.
        ambiguous: Words::new("إلخ الخ"),
        // م. (AD), هـ. (AH), ق.م (BC) after a year
        after_number: Words::new("م هـ ق.م"),
        starters: Words::new(""),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "bg",
        // гр. city, ул. street, бул. boulevard, пл. square, ж.к. housing estate,
        // кв. quarter, обл. province, с. village, т.е. that is, напр. e.g., вж. see
        titles: Words::new("гр ул бул пл ж.к кв обл проф акад доц инж св ген т.е напр вж т.нар чл ал"),
        numbering: Words::new("с"),
        // и др. and others
        ambiguous: Words::new("др"),
        // г. year, в. century, хил. thousand, млн., млрд., лв. leva
        after_number: Words::new("г гг в вв хил млн млрд лв"),
        starters: Words::new(
            "в във на но и а той тя те то това този тази тези аз ние вие по с със към у от за \
             след като че когато ако така също обаче тогава сега днес вчера там тук не вече още \
             при според",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "bn",
        // মো. Mohammad, মোছা. Mosammat, ডা. doctor (daktar), ড. doctor (Dr.), মি. Mister
        titles: Words::new("মো মোছা ডা ড মি প্রফেসর"),
        numbering: Words::new(""),
        ambiguous: Words::new(""),
        // খ্রি. (AD) after a year
        after_number: Words::new("খ্রি খ্রিস্টাব্দ"),
        starters: Words::new(""),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "cs",
        // tzv. so-called, např. e.g., resp. respectively, cca circa, tj. that is,
        // tzn. that means, popř. or, mj. among others, č. number, str. page,
        // ul. street, nám. square, sv. saint, p. Mr, pí Mrs
        titles: Words::new(
            "ing mgr mudr judr phdr rndr doc prof dr bc csc drsc pí sv ul nám č tel str tzv např \
             resp cca tj tzn popř mj",
        ),
        numbering: Words::new("p s"),
        // atd. etc., apod. and the like, aj. and others
        ambiguous: Words::new("atd apod aj s.r.o a.s spol"),
        // r. year, st. century, hod. hours, tis. thousand, mil., mld., Kč
        after_number: Words::new("r st hod min tis mil mld kč"),
        starters: Words::new(
            "ten ta to ty ti on ona ono oni já my vy v ve na s se z ze do po pro podle ale a i \
             však také když pokud co kdo proč jak ne dnes včera pak potom tak už jeho její jejich \
             tam zde nyní navíc",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "da",
        // hr. Mr, fru Mrs, frk. Miss, skt. saint, bl.a. among others, f.eks. for
        // example, dvs. that is, jf. compare, kl. o'clock, pkt. point, stk. piece
        // or subsection, vedr. concerning, evt. possibly, mht. regarding,
        // ang. concerning, iflg. according to, pga. because of, tlf. telephone
        titles: Words::new(
            "hr fru frk dr prof skt sankt st nr ca bl.a f.eks dvs jf kl pkt stk vedr inkl evt mht \
             ang iflg pga ifm tlf",
        ),
        numbering: Words::new(""),
        // osv. and so on, mv. and more, m.m. and more, co. and company
        ambiguous: Words::new("osv etc mv m.m co jan feb mar apr jun jul aug sep sept okt nov dec"),
        after_number: Words::new(""),
        starters: Words::new(
            "de den det der han hun jeg vi du i hvad hvor hvorfor hvem hvordan hvis men og så da \
             nu en et dette disse efter senere også på med til for fra om som hans hendes deres \
             vores min man her",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "de",
        // Abs. paragraph, Abt. department, allg., Anm. note, Bd. volume,
        // bspw. for example, bzgl. regarding, bzw. or rather, d.h. that is, dt.
        // German, ev. Protestant, evtl. possibly, Fa. firm, Fr. Mrs, ggf. if
        // need be, gem. according to, Hr. Mr, Hrsg. editor, inkl., kath.
        // Catholic, lt. according to, med. (Dr. med.), Nr., röm. Roman,
        // sog. so-called, St. saint, Str. street, u.a. among others, v.a.
        // above all, vgl. compare, z.B. for example, z.T. partly, z.Z. at
        // present, zzgl. plus, Ziff. figure
        titles: Words::new(
            "abs abt allg anm bd bspw bzgl bzw ca d.h dipl dipl.-ing dr dt ev evtl exkl fa fr frl \
             gebr gem ggf ggü hl hr hrn hrsg i.a inkl ing kath kfm lt mag med dent vet rer nat \
             phil jur nr od pfr pkt priv prof rd röm sog st str tel v.a vgl z.b z.t z.z z.zt zzgl \
             ziff zit verh einschl entspr",
        ),
        // S. page, v. Chr. (before Christ), n. Chr. (after Christ)
        numbering: Words::new("s v n"),
        // usw. and so on, u.ä. and the like, o.ä. or the like, Jh. century,
        // Mio. million, Mrd. billion, Tsd. thousand, Std. hours, ebd. ibidem,
        // Chr. (v. Chr.), ff. following
        ambiguous: Words::new(
            "usw etc u.a u.ä o.ä jh jhd mio mrd tsd std min max ebd chr ff jan feb mär apr jun \
             jul aug sep sept okt nov dez",
        ),
        after_number: Words::new(""),
        starters: Words::new(
            "der die das den dem des ein eine einen einem einer er sie es ich wir ihr man dies \
             diese dieser dieses damit dann doch aber und auch so wenn als nach im in am an auf \
             mit bei für zum zur seit noch nun jetzt heute trotzdem deshalb daher außerdem zudem \
             allerdings dabei dort hier wie was warum wer wo mehr nur vor um bis unter über gegen \
             schon sein seine ihre unser viele alle einige zwar jedoch denn weil ob obwohl danach \
             dafür darum dagegen deswegen somit zunächst später inzwischen gestern morgen bisher \
             bislang erst immer sonst ebenfalls stattdessen vielmehr mittlerweile anschließend",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "el",
        // κ. Mr, κα Mrs, δρ. doctor, καθ. professor, δηλ. that is, βλ. see,
        // αρ. number, σελ. page, οδ. street, λεωφ. avenue, αγ. saint, κ.κ. Messrs
        titles: Words::new("κ κα δρ καθ δηλ βλ αρ σελ οδ λεωφ αγ κ.κ"),
        numbering: Words::new(""),
        // κλπ. / κ.λπ. / κτλ. etc., κ.ά. and others
        ambiguous: Words::new("κλπ κ.λπ κ.λ.π κτλ κ.ά"),
        // π.Χ. before Christ and μ.Χ. after Christ after a year; π.χ. for
        // example elsewhere (the same letters once case is folded)
        after_number: Words::new("π.χ μ.χ εκ"),
        starters: Words::new(
            "ο η το οι τα τον την του της των ένας μια μία ένα αυτός αυτή αυτό αυτοί εγώ εμείς \
             εσείς αλλά και σε στο στη στην στον στα με για από μετά πριν όταν αν όμως επίσης \
             σήμερα χθες τότε τι πώς γιατί ποιος δεν θα να ενώ ωστόσο ακόμη σύμφωνα",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "es",
        // Sr./Sra./Srta. Mr/Mrs/Miss, Dr./Dra., Lic. graduate, Ing. engineer,
        // Arq. architect, D./Dña. Don/Doña, Ud./Vd. you, Av./Avda. avenue, núm.
        // number, pág. page, art. article, cap. chapter, Gral. general,
        // Excmo./Ilmo. honorifics, Sto./Sta. saint, Fdo. signed, ej. example
        // (p. ej.), aprox. approximately
        titles: Words::new(
            "sr sra srta sres sras srs dr dra dres dras lic lcda lcdo licda licdo ing arq prof \
             profa dña ud uds vd vds av avda núm pág págs art cap tel gral excmo excma ilmo ilma \
             sto sta fdo mons pbro cnel tte sgto ej p.ej aprox vol fig",
        ),
        numbering: Words::new("d"),
        // etc., months, days (lun. Monday ... dom. Sunday; not mar., the
        // sea as well as March and Tuesday), Cía. company, S.A., S.L., Ltda.
        ambiguous: Words::new(
            "etc ene feb abr jun jul ago sept sep oct nov dic lun mié miér jue vie sáb dom cía \
             s.a s.l ltda",
        ),
        after_number: Words::new(""),
        starters: Words::new(
            "el la los las lo un una unos unas él ella ellos ellas yo tú nosotros usted ustedes \
             este esta esto estos estas ese esa eso pero y e o sin en con por para según desde \
             después antes cuando si no también además así hoy ayer luego entonces qué cómo dónde \
             quién porque aunque mientras tras hay se le les su sus mi al del de a",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "fi",
        // esim. for example, ks. see, n. about, tri doctor, ns. so-called,
        // mm. among others, klo o'clock, puh. telephone
        titles: Words::new("esim ks tri prof ns mm klo puh os"),
        numbering: Words::new("n"),
        // jne. and so on, yms. and the like, ym. and others
        ambiguous: Words::new("jne yms ym"),
        after_number: Words::new(""),
        starters: Words::new(
            "se ne hän he minä me te tämä nämä tuo mutta ja kun jos myös nyt sitten siksi lisäksi \
             kuitenkin vuonna mukaan",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "fr",
        // M./MM. Monsieur/Messieurs, Mme/Mlle, Me maître, Mgr monseigneur,
        // Pr professor, St/Ste saint, art. article, av. avenue (and av. J.-C.),
        // bd boulevard, chap., vol., cf., ex. example, fig., env. about, réf.,
        // tél., éd. edition, coll. collection
        titles: Words::new(
            "m mm mme mmes mlle mlles me mgr dr pr st ste art av bd boul chap vol cf ex fig env \
             réf tél éd coll pp",
        ),
        numbering: Words::new("p"),
        // etc., J.-C. (av. / apr. J.-C.), months, Cie company
        ambiguous: Words::new("etc j.-c apr janv févr fév avr juil sept oct nov déc cie hab min max"),
        after_number: Words::new(""),
        starters: Words::new(
            "le la les l' un une des du de d' il elle ils elles on je j' nous vous ce c' cette \
             ces cet mais et donc puis alors en au aux dans pour par sur avec selon depuis après \
             avant lors quand si qui que qu' comment pourquoi cependant pourtant ainsi enfin \
             aujourd'hui n' s'",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "hi",
        // डॉ. doctor, प्रो. professor, श्री/श्रीमती/सुश्री Mr/Mrs/Ms, कु. Miss,
        // पृ. page, सं. number or editor
        titles: Words::new("डॉ प्रो श्री श्रीमती सुश्री कु पृ सं"),
        numbering: Words::new(""),
        ambiguous: Words::new(""),
        // ई. (CE), ई.पू. (BCE) after a year
        after_number: Words::new("ई ई.पू"),
        starters: Words::new(""),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "hu",
        // dr., id. the elder, ifj. the younger, özv. widow, kb. about,
        // pl. for example, ún. so-called, ld. see, sz. number, u. street,
        // krt. boulevard, ill. or
        titles: Words::new("dr id ifj özv prof kb pl ún ld sz u krt tel ill"),
        numbering: Words::new(""),
        // stb. and so on
        ambiguous: Words::new("stb"),
        after_number: Words::new(""),
        starters: Words::new(
            "a az egy ez ő ők én mi ti de és hogy ha mert is már még most ma tegnap akkor ezt azt \
             ezért szerint után előtt",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "id",
        // Dr., Drs., Ir. engineer, H./Hj. haji/hajjah, Jl. street, Kec.
        // district, Kab. regency, Sdr. brother, Bpk. Mr, Yth. respected
        titles: Words::new("dr drs dra ir prof hj jl no tel kec kab sdr bpk yth"),
        numbering: Words::new("h"),
        // dll./dsb./dst. etc., tsb. the aforementioned
        ambiguous: Words::new("dll dsb dst tsb"),
        after_number: Words::new(""),
        starters: Words::new(
            "ini itu dia ia mereka kami kita saya namun tetapi dan di ke dari pada untuk dengan \
             setelah sebelum ketika jika juga selain menurut dalam sementara sedangkan para sejak \
             saat",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "it",
        // Sig./Sigg./Sig.ra/Sig.na Mr/Messrs/Mrs/Miss, Dott./Dott.ssa doctor,
        // Avv. lawyer, Ing. engineer, Arch. architect, Geom. surveyor, Rag.
        // accountant, On. Honourable, Sen. senator, Mons. monsignor, es.
        // example (ad es., p. es.), pag. page, art., cap. chapter, vol., fig.,
        // ca. about, sgg. following
        titles: Words::new(
            "sig sigg sig.ra sig.na dott dott.ssa dr prof prof.ssa avv ing arch geom rag on sen \
             mons es pag pagg art cap tel vol fig ca sgg c.a",
        ),
        // p. (p. es.), n. number, v. see
        numbering: Words::new("p n v"),
        // ecc./etc., months, S.p.A., S.r.l.
        ambiguous: Words::new("ecc etc gen feb apr mag giu lug ago set ott nov dic s.p.a s.r.l spa srl"),
        after_number: Words::new(""),
        starters: Words::new(
            "il lo la i gli le un una uno lui lei loro io noi voi questo questa questi queste \
             quello quella ma e in nel nella con per da dopo prima quando se non anche inoltre \
             però oggi ieri poi allora secondo ci si l' c' è a al alla del della di tra fra \
             mentre così già ancora tuttavia infatti dunque quindi",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "mr",
        // डॉ. doctor, प्रा. professor, श्री/सौ./कु. Mr/Mrs/Miss
        titles: Words::new("डॉ प्रा प्रो श्री सौ कु श्रीमती"),
        numbering: Words::new(""),
        ambiguous: Words::new(""),
        after_number: Words::new("इ.स इ.स.पू"),
        starters: Words::new(""),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "nb",
        // hr./fru/frk., bl.a. among others, f.eks. for example, dvs. that is,
        // jf. compare, kl. o'clock, pkt. point, evt. possibly, mht. regarding,
        // iflg. according to, pga. because of, ang. concerning, tlf. telephone
        titles: Words::new(
            "hr fru frk dr prof st nr ca bl.a f.eks dvs jf kl pkt inkl evt mht iflg pga ang tlf",
        ),
        numbering: Words::new(""),
        // osv. and so on, mv. and more, m.m. and more
        ambiguous: Words::new("osv etc mv m.m jan feb mar apr jun jul aug sep sept okt nov des"),
        after_number: Words::new(""),
        starters: Words::new(
            "de den det han hun jeg vi du dere hva hvor hvorfor hvem hvordan hvis men og så da nå \
             en et ei dette disse etter senere også på med til for fra om som hans hennes deres \
             vår man her i",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "nl",
        // dhr. Mr, mevr./mw. Mrs, drs./ir./ing./mr. degrees, blz. page,
        // bijv./bv. for example, o.a. among others, m.b.t. regarding, t.a.v.
        // for the attention of, i.p.v. instead of, vgl. compare, jl. last
        titles: Words::new(
            "dhr mevr mw dr drs ir ing mr prof st nr blz art ca bijv o.a m.b.t t.a.v i.p.v vgl jl \
             tel z.g.a",
        ),
        numbering: Words::new(""),
        // enz./etc. and so on, months, N.V./B.V. companies, e.a. and others
        ambiguous: Words::new("etc enz jan feb mrt apr jun jul aug sep sept okt nov dec n.v b.v bv e.a"),
        after_number: Words::new(""),
        starters: Words::new(
            "de het een hij zij ze ik wij we jij je u dit dat deze die maar en in op met voor na \
             toen als ook volgens er wat waarom hoe wie waar nu dan daarna daarom toch zo bij uit \
             door over tegen sinds tijdens hun zijn haar ons onze",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "pl",
        // dr hab., inż. engineer, mgr master, lic., ks. priest, św. saint, ul.
        // street, al. avenue, pl. square, os. estate, godz. hour, im. named
        // after, płk/por./kpt./mjr ranks, np. for example, tzw. so-called,
        // m.in. among others, ok. about, ww. above-mentioned, wg according to,
        // tj. that is
        titles: Words::new(
            "dr prof hab inż mgr lic ks św ul al pl os nr tel godz im gen płk por kpt mjr np tzw \
             m.in ok ww wg tj",
        ),
        numbering: Words::new("s"),
        // itd./itp. and so on, tys. thousand, mln/mld, proc. per cent
        ambiguous: Words::new("itd itp tys mln mld proc"),
        // r. year, w. century, zł złoty
        after_number: Words::new("r w zł"),
        starters: Words::new(
            "w we na z ze do to ten ta te on ona oni one ono ja my wy jak ale i a jednak także \
             również po przez dla od według gdy jeśli czy co kto dlaczego nie tak teraz dziś \
             wczoraj potem już jego jej ich tam tu wtedy obecnie ponadto",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "pt",
        // Sr./Sra./Srta., Dr./Dra., Prof./Profa., Eng. engineer, Exmo./Exma.
        // honorifics, Av. avenue, pág. page, art., cap., Dep. deputy, Gov.,
        // Sen., Pres., Gen., Cel. colonel, Ten. lieutenant, Sto./Sta. saint,
        // p.ex. for example
        titles: Words::new(
            "sr sra srta srs dr dra drs prof profa eng exmo exma av pág págs art cap tel dep gov \
             sen pres gen cel ten sto sta vol fig p.ex aprox",
        ),
        numbering: Words::new(""),
        // etc., months, Ltda., Cia., S.A.
        ambiguous: Words::new("etc jan fev abr mai jun jul ago set out nov dez ltda cia s.a"),
        after_number: Words::new(""),
        starters: Words::new(
            "o a os as um uma uns umas ele ela eles elas eu nós você vocês isso isto este esta \
             esse essa aquele aquela mas e em no na nos nas com por para segundo depois antes \
             quando se não também além hoje ontem então já ainda porém contudo assim há de do da \
             dos das ao à seu sua",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "ro",
        // dl./dna Mr/Mrs, str. street, nr., bd. boulevard, sf. saint
        titles: Words::new("dl dna d-na dr prof ing str nr bd av sf gen col lt"),
        numbering: Words::new(""),
        // etc., ș.a. and others
        ambiguous: Words::new("etc ș.a ş.a"),
        after_number: Words::new(""),
        starters: Words::new(
            "el ea ei ele eu noi voi acesta aceasta acest această dar și şi în la pe cu pentru \
             după înainte când dacă de din astăzi ieri apoi totuși însă potrivit conform",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "ru",
        // им. named after, ул. street, пр./просп. avenue, пл. square, пер. lane,
        // д. house, кв. flat, корп. building, стр. building or page, пос.
        // settlement, обл. region, проф./акад./доц. professor, academician,
        // docent, св. saint, ген./полк. general, colonel, тов. comrade, гр.
        // citizen, т.е. that is, т.н. so-called, т.к. because, напр. e.g., см.
        // see, ср. compare, рис. figure, табл. table, гл. chapter, п. item,
        // ст. article, ч. part, т. volume
        titles: Words::new(
            "им ул просп пл пер д кв корп стр пос проф акад доц св ген полк тов гр т.е т.н т.к \
             напр см ср рис табл гл п ст ч т обл",
        ),
        numbering: Words::new("с"),
        // т.д./т.п. and so on, др. and others, пр. and the rest (и пр.)
        ambiguous: Words::new("т.д т.п др пр"),
        // г. year (city elsewhere), гг. years, в./вв. century, н.э. AD,
        // руб./коп. roubles/kopecks, тыс./млн/млрд
        after_number: Words::new("г гг в вв н.э руб коп тыс млн млрд долл"),
        starters: Words::new(
            "в во на но и а он она они оно это этот эта эти я мы вы по с со к у о об из за для \
             при после как что когда если так также кроме однако тогда теперь сегодня вчера там \
             здесь все его ее её их не уже еще ещё между согласно до от через сейчас поэтому \
             ранее позже",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "sk",
        // napr. for example, tzv. so-called, resp. respectively, cca circa,
        // tj. that is, tzn. that means, popr. or, č. number, str. page, ul.
        // street, nám. square, sv. saint, p. Mr/Mrs
        titles: Words::new(
            "ing mgr mudr judr phdr rndr doc prof dr bc csc drsc sv ul nám č tel str tzv napr \
             resp cca tj tzn popr",
        ),
        numbering: Words::new("p s"),
        // atď. etc., s.r.o./a.s./spol. companies
        ambiguous: Words::new("atď atd s.r.o a.s spol"),
        // r. year, st. century, hod. hours, tis./mil./mld.
        after_number: Words::new("r st hod min tis mil mld"),
        starters: Words::new(
            "ten tá to tí tie on ona ono oni ony ja my vy v vo na s so z zo do po pre podľa ale a \
             i však tiež keď ak čo kto prečo ako nie dnes včera potom tak už jeho jej ich tam tu \
             teraz navyše",
        ),
        dotted_ordinals: true,
    },
    Abbreviations {
        code: "sv",
        // bl.a. among others, t.ex. for example, dvs. that is, jfr compare,
        // kl. o'clock, resp. respectively, fr.o.m./t.o.m. from/to and
        // including, p.g.a. because of, s.k. so-called, ang. concerning, enl.
        // according to
        titles: Words::new(
            "dr prof st nr ca bl.a t.ex dvs jfr kl resp tel fr.o.m t.o.m p.g.a s.k ang enl inkl \
             exkl",
        ),
        numbering: Words::new("s"),
        // osv. and so on, m.m./m.fl. and more
        ambiguous: Words::new("osv etc m.m m.fl jan feb mar apr jun jul aug sep sept okt nov dec"),
        after_number: Words::new(""),
        starters: Words::new(
            "de den det han hon jag vi du ni vad var varför vem hur om men och så då nu en ett \
             detta dessa efter senare också i på med till för från som hans hennes deras vår man \
             här där enligt",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "tr",
        // Doç. associate professor, Yrd. assistant, Av. lawyer, Sn. Mr/Ms
        // (sayın), Cad. avenue, Sok. street, Mah. quarter, bkz. see, örn. for
        // example
        titles: Words::new("dr prof doç yrd av sn cad sok mah bkz örn"),
        numbering: Words::new("no"),
        // vb./vs. and so on, vd. and others
        ambiguous: Words::new("vb vs vd"),
        after_number: Words::new(""),
        starters: Words::new(
            "bu o bir ve ama ancak ben biz siz onlar şu bunun sonra önce ayrıca bugün dün ne \
             neden nasıl kim çünkü eğer şimdi",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "uk",
        // вул. street, просп. avenue, пл. square, буд. building, кв. flat, обл.
        // region, смт urban settlement, ім. named after, проф./акад./доц.,
        // т.зв. so-called, напр. e.g., див. see, пор. compare, ст. article, п.
        // item, ч. part, рис./табл. figure/table
        titles: Words::new(
            "вул просп пл буд кв обл смт ім проф акад доц т.зв напр див пор п ч рис табл",
        ),
        // м. city, с. village
        numbering: Words::new("м с"),
        // т.д./т.п. and so on, ін. others
        ambiguous: Words::new("т.д т.п ін"),
        // р./рр. year(s), ст. century, тис./млн/млрд, грн hryvnias
        after_number: Words::new("р рр ст тис млн млрд грн"),
        starters: Words::new(
            "в у на але і й а він вона вони воно це цей ця ці я ми ви по з із зі до для після як \
             що коли якщо так також однак тоді тепер сьогодні вчора там тут його її їх не вже ще \
             від через зараз тому раніше",
        ),
        dotted_ordinals: false,
    },
    Abbreviations {
        code: "vi",
        // TP. city (thành phố), Q. district (quận), P. ward (phường), TX. town
        // (thị xã), TT. township (thị trấn), TS. doctor (tiến sĩ), ThS. master
        // (thạc sĩ), PGS./GS. associate/full professor, BS. physician (bác sĩ),
        // LS. lawyer (luật sư), KS. engineer (kỹ sư), KTS. architect, NXB.
        // publisher, tr. page
        titles: Words::new("tp tx tt ts ths pgs gs bs ls ks kts nxb tr"),
        numbering: Words::new("q p"),
        // v.v. and so on
        ambiguous: Words::new("v.v"),
        after_number: Words::new(""),
        starters: Words::new(
            "theo tuy trong khi sau trước ông bà anh chị đây đó các những một người hiện ngày tại \
             nhưng và vì nếu cũng từ với để còn đến năm cho có không chúng tôi họ lúc như do bởi \
             ngoài qua",
        ),
        dotted_ordinals: false,
    },
];

/// The abbreviations of the language with ISO 639-1 code `code`, if it has
/// a list of its own (English has [`ENGLISH`]).
pub(crate) fn abbreviations(code: &str) -> Option<&'static Abbreviations> {
    if code == "en" {
        return Some(&ENGLISH);
    }
    LANGUAGES
        .binary_search_by(|a| a.code.cmp(code))
        .ok()
        .map(|i| &LANGUAGES[i])
}

/// The titles of every language's list that apply when the language is not
/// known: those of two letters or more that are no word elsewhere (not in
/// [`NOT_NEUTRAL`]), each once, in the order of [`LANGUAGES`].
pub(crate) static NEUTRAL_TITLES: LazyLock<Words> = LazyLock::new(|| {
    let mut seen = std::collections::HashSet::new();
    Words::from_words(
        LANGUAGES
            .iter()
            .flat_map(|a| a.titles.iter())
            .filter(|t| t.chars().count() >= 2 && !NOT_NEUTRAL.contains(t))
            .filter(|t| seen.insert(*t)),
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    /// `contains` against the plain comparison with every word, on every
    /// built-in list, for its words, their parts and joins of neighbours.
    #[test]
    fn contains_agrees_with_comparing_every_word() {
        let (titles, ambiguous, starters) = (TITLES, AMBIGUOUS, STARTERS);
        let mut lists: Vec<&Words> = vec![&titles, &ambiguous, &starters, &NEUTRAL_TITLES];
        for a in LANGUAGES.iter().chain([&ENGLISH, &INTERNATIONAL]) {
            lists.extend([
                &a.titles,
                &a.numbering,
                &a.ambiguous,
                &a.after_number,
                &a.starters,
            ]);
        }
        let odd = Words::from_words(["aab", "ab", "b", "é", "z.b", "г"]);
        lists.push(&odd);
        for list in lists {
            let words: Vec<&str> = list.iter().collect();
            let mut probes: Vec<String> =
                vec![String::new(), " ".into(), "a b".into(), "ab ".into()];
            for (i, w) in words.iter().enumerate() {
                probes.push(w.to_string());
                for (k, _) in w.char_indices().skip(1) {
                    probes.push(w[..k].to_string());
                    probes.push(w[k..].to_string());
                }
                if let Some(next) = words.get(i + 1) {
                    probes.push(format!("{w}{next}"));
                }
            }
            for p in &probes {
                assert_eq!(
                    list.contains(p),
                    !p.is_empty() && words.contains(&p.as_str()),
                    "{p:?} in {:?}",
                    list.as_str()
                );
            }
        }
    }
}
