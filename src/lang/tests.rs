//! Golden cases for the language detector. The paragraphs were written for
//! this project (short news-like text in each language); none is copied
//! from an article.

use super::*;

/// (case name, expected language, text)
const PARAGRAPHS: &[(&str, Lang, &str)] = &[
    ("english", Lang::En, "The city council voted on Tuesday to extend the bus service to the new housing estate. Residents had asked for the route for years, and the first buses will run in the spring. The mayor said the plan would be paid for without raising local taxes."),
    ("spanish", Lang::Es, "El ayuntamiento aprobó el martes la ampliación del servicio de autobuses hasta el nuevo barrio. Los vecinos llevaban años pidiendo la línea y los primeros autobuses circularán en primavera. La alcaldesa dijo que el plan se pagará sin subir los impuestos."),
    ("german", Lang::De, "Der Stadtrat hat am Dienstag beschlossen, die Buslinie bis zum neuen Wohngebiet zu verlängern. Die Anwohner hatten sich seit Jahren dafür eingesetzt, und die ersten Busse sollen im Frühjahr fahren. Der Bürgermeister sagte, dass die Steuern dafür nicht erhöht werden müssen."),
    ("french", Lang::Fr, "Le conseil municipal a voté mardi le prolongement de la ligne de bus jusqu'au nouveau quartier. Les habitants la réclamaient depuis des années et les premiers bus circuleront au printemps. Le maire a assuré que le projet serait financé sans hausse des impôts locaux."),
    ("portuguese", Lang::Pt, "A câmara municipal aprovou na terça-feira a extensão da linha de ônibus até o novo bairro. Os moradores pediam a ligação há anos, e os primeiros ônibus vão circular na primavera. O prefeito disse que o projeto será pago sem aumentar os impostos da cidade."),
    ("italian", Lang::It, "Il consiglio comunale ha approvato martedì il prolungamento della linea dell'autobus fino al nuovo quartiere. Gli abitanti la chiedevano da anni e i primi autobus partiranno in primavera. Il sindaco ha detto che il progetto sarà pagato senza aumentare le tasse."),
    ("dutch", Lang::Nl, "De gemeenteraad heeft dinsdag besloten de buslijn door te trekken naar de nieuwe woonwijk. De bewoners vroegen er al jaren om en de eerste bussen gaan in het voorjaar rijden. De burgemeester zei dat het plan wordt betaald zonder dat de belastingen omhoog gaan."),
    ("polish", Lang::Pl, "Rada miasta zdecydowała we wtorek o przedłużeniu linii autobusowej do nowego osiedla. Mieszkańcy prosili o to od lat, a pierwsze autobusy pojadą wiosną. Burmistrz powiedział, że plan zostanie sfinansowany bez podnoszenia lokalnych podatków, które i tak są wysokie."),
    ("czech", Lang::Cs, "Městská rada v úterý rozhodla o prodloužení autobusové linky až do nové čtvrti. Obyvatelé o to žádali už několik let a první autobusy vyjedou na jaře. Starosta řekl, že plán bude zaplacen bez toho, aby se zvyšovaly místní daně, které jsou už teď vysoké."),
    ("turkish", Lang::Tr, "Belediye meclisi salı günü otobüs hattının yeni konut bölgesine kadar uzatılmasına karar verdi. Mahalle sakinleri bunu yıllardır istiyordu ve ilk otobüsler ilkbaharda çalışmaya başlayacak. Belediye başkanı, planın vergiler artırılmadan karşılanacağını söyledi."),
    ("swedish", Lang::Sv, "Kommunfullmäktige beslutade i tisdags att förlänga busslinjen till det nya bostadsområdet. De boende har bett om linjen i flera år och de första bussarna ska gå till våren. Kommunalrådet sade att planen ska betalas utan att skatterna höjs för invånarna."),
    ("danish", Lang::Da, "Byrådet besluttede tirsdag at forlænge buslinjen til det nye boligområde. Beboerne har bedt om det i mange år, og de første busser skal køre til foråret. Borgmesteren sagde, at planen bliver betalt uden at hæve skatten, og at der ikke bliver nogen forsinkelser efter sommeren."),
    ("norwegian bokmal", Lang::Nb, "Bystyret vedtok tirsdag å forlenge busslinjen til det nye boligfeltet. Beboerne har bedt om det i mange år, og de første bussene skal gå til våren. Ordføreren sa at planen blir betalt uten at skatten økes, og at det ikke blir noen forsinkelser etter sommeren."),
    ("finnish", Lang::Fi, "Kaupunginvaltuusto päätti tiistaina jatkaa bussilinjaa uudelle asuinalueelle. Asukkaat ovat pyytäneet sitä jo vuosia, ja ensimmäiset bussit alkavat kulkea keväällä. Pormestarin mukaan hanke maksetaan ilman että veroja korotetaan, koska rahat on jo varattu."),
    ("hungarian", Lang::Hu, "A városi közgyűlés kedden úgy döntött, hogy meghosszabbítja a buszjáratot az új lakótelepig. A lakók évek óta kérték ezt, és az első buszok tavasszal indulnak. A polgármester azt mondta, hogy a tervet az adók emelése nélkül fizetik ki, mert a pénz már megvan."),
    ("romanian", Lang::Ro, "Consiliul local a votat marți prelungirea liniei de autobuz până în noul cartier. Locuitorii cereau acest lucru de ani de zile, iar primele autobuze vor circula în primăvară. Primarul a spus că proiectul va fi plătit fără să fie mărite taxele și că lucrările încep curând."),
    ("romanian with cedillas", Lang::Ro, "Consiliul local a votat marţi prelungirea liniei de autobuz până în noul cartier. Locuitorii cereau acest lucru de ani de zile, iar primele autobuze vor circula în primăvară. Primarul a spus că proiectul va fi plătit fără să fie mărite taxele şi că lucrările încep curând."),
    ("indonesian", Lang::Id, "Dewan kota memutuskan pada hari Selasa untuk memperpanjang jalur bus sampai ke perumahan baru. Warga sudah meminta jalur itu selama bertahun-tahun, dan bus pertama akan mulai beroperasi pada musim semi. Wali kota mengatakan bahwa rencana ini akan dibiayai tanpa menaikkan pajak."),
    ("vietnamese", Lang::Vi, "Hội đồng thành phố đã quyết định vào thứ Ba kéo dài tuyến xe buýt đến khu dân cư mới. Người dân đã đề nghị điều này trong nhiều năm, và những chuyến xe đầu tiên sẽ chạy vào mùa xuân. Thị trưởng cho biết kế hoạch sẽ được chi trả mà không tăng thuế."),
    ("russian", Lang::Ru, "Городской совет во вторник решил продлить автобусный маршрут до нового жилого района. Жители просили об этом много лет, и первые автобусы пойдут весной. Мэр сказал, что план будет оплачен без повышения местных налогов, потому что деньги уже есть в бюджете."),
    ("ukrainian", Lang::Uk, "Міська рада у вівторок вирішила продовжити автобусний маршрут до нового житлового району. Мешканці просили про це багато років, і перші автобуси поїдуть навесні. Мер сказав, що план буде оплачено без підвищення місцевих податків, бо гроші вже є в бюджеті."),
    ("greek", Lang::El, "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να επεκτείνει τη γραμμή του λεωφορείου μέχρι τη νέα συνοικία. Οι κάτοικοι το ζητούσαν για χρόνια και τα πρώτα λεωφορεία θα κυκλοφορήσουν την άνοιξη."),
    ("arabic", Lang::Ar, "قرر المجلس البلدي يوم الثلاثاء تمديد خط الحافلات إلى الحي السكني الجديد. وكان السكان قد طالبوا بذلك منذ سنوات، وستبدأ الحافلات الأولى العمل في الربيع. وقال رئيس البلدية إن الخطة ستمول دون رفع الضرائب المحلية."),
    ("persian", Lang::Fa, "شورای شهر روز سه‌شنبه تصمیم گرفت خط اتوبوس را تا محله مسکونی جدید ادامه دهد. ساکنان سال‌ها این را خواسته بودند و نخستین اتوبوس‌ها در بهار راه می‌افتند. شهردار گفت که هزینه این طرح بدون افزایش مالیات پرداخت می‌شود."),
    ("hebrew", Lang::He, "מועצת העיר החליטה ביום שלישי להאריך את קו האוטובוס עד השכונה החדשה. התושבים ביקשו את זה במשך שנים, והאוטובוסים הראשונים יתחילו לנסוע באביב. ראש העיר אמר שהתוכנית תמומן בלי להעלות את המסים."),
    ("hindi", Lang::Hi, "नगर परिषद ने मंगलवार को बस मार्ग को नई आवासीय कॉलोनी तक बढ़ाने का फैसला किया। निवासी कई सालों से इसकी मांग कर रहे थे और पहली बसें वसंत में चलेंगी। महापौर ने कहा कि इस योजना का खर्च कर बढ़ाए बिना उठाया जाएगा।"),
    ("bengali", Lang::Bn, "নগর পরিষদ মঙ্গলবার নতুন আবাসিক এলাকা পর্যন্ত বাস রুট বাড়ানোর সিদ্ধান্ত নিয়েছে। বাসিন্দারা বহু বছর ধরে এটি চেয়ে আসছিলেন, এবং প্রথম বাসগুলো বসন্তে চলবে। মেয়র বলেছেন যে কর না বাড়িয়েই এই পরিকল্পনার খরচ মেটানো হবে।"),
    ("thai", Lang::Th, "สภาเมืองมีมติเมื่อวันอังคารให้ขยายเส้นทางรถประจำทางไปถึงหมู่บ้านใหม่ ชาวบ้านเรียกร้องเรื่องนี้มาหลายปีแล้ว และรถคันแรกจะเริ่มวิ่งในฤดูใบไม้ผลิ"),
    ("chinese", Lang::Zh, "市议会星期二决定把公交线路延长到新的住宅区。居民多年来一直要求开通这条线路，第一批公交车将在春天开始运行。市长表示，这项计划不会提高地方税。"),
    ("japanese", Lang::Ja, "市議会は火曜日、バス路線を新しい住宅地まで延長することを決めた。住民は何年も前からこの路線を求めており、最初のバスは春に運行を始める。市長は、この計画は地方税を上げずに賄うと述べた。"),
    ("korean", Lang::Ko, "시의회는 화요일 버스 노선을 새 주거 단지까지 연장하기로 결정했다. 주민들은 여러 해 동안 이 노선을 요구해 왔으며, 첫 버스는 봄에 운행을 시작한다. 시장은 이 계획이 지방세 인상 없이 추진될 것이라고 말했다."),
    ("english with a french quote", Lang::En, "The minister arrived late and told reporters that the talks had gone well. \"C'est un bon début,\" she said, before leaving for the airport, where her plane had been waiting for more than an hour."),
    ("japanese with latin names", Lang::Ja, "AppleはiPhoneの新しいモデルを発表した。価格は前のモデルとほぼ同じで、カメラの性能が大きく上がったという。"),
];

/// (case name, text): texts that cannot be placed.
const UNPLACED: &[(&str, &str)] = &[
    ("empty", ""),
    ("whitespace", " \n\t \r\n"),
    ("digits and punctuation", "1234 5678 !! ?? -- 3.5 % 12/03/2024"),
    ("emoji", "😀😀 🎉🎉🎉 👍"),
    ("too short", "Hello"),
    ("kazakh", "Қалалық кеңес сейсенбі күні автобус бағытын жаңа тұрғын үй ауданына дейін ұзартуға шешім қабылдады. Тұрғындар мұны көп жылдан бері сұрап келген."),
    ("serbian cyrillic", "Градско веће је у уторак одлучило да продужи аутобуску линију до новог насеља. Становници су то тражили годинама, а први аутобуси ће саобраћати на пролеће."),
    ("yiddish", "דער שטאָטראַט האָט באַשלאָסן צו פֿאַרלענגערן די ויטאָבוס ליניע ביז דער נײַער געגנט. די תּושבֿים האָבן דאָס געבעטן שוין א סך יאָרן."),
    ("icelandic", "Borgarráð ákvað á þriðjudag að lengja strætóleiðina að nýja hverfinu. Íbúarnir höfðu beðið um það í mörg ár og fyrstu vagnarnir fara af stað í vor."),
    ("half latin half cyrillic", "The council met today and agreed. Совет собрался сегодня и согласился."),
    ("georgian", "ქალაქის საბჭომ სამშაბათს გადაწყვიტა ავტობუსის ხაზის გაგრძელება ახალ უბნამდე."),
    ("amharic", "እንደምን አለህ፧መልካም ቀን ይሁንልህ። እባክሽ ያልሽዉን ድገሚልኝ።"),
    ("control characters", "\u{0}\u{1}\u{2}\u{7f}\u{1b}[31m\u{8}\u{c}"),
    ("one letter repeated", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
];

/// Never a wrong language; and the compact evidence of the detector (a
/// hundred stopwords per language: `scripts/gen-lang-data.py`) places all
/// but a few of these two- or three-sentence paragraphs (whole articles:
/// every development set at 96.9 % or more, `eval --detect`).
#[test]
fn identifies_the_golden_paragraphs() {
    let mut wrong = Vec::new();
    let mut unplaced = Vec::new();
    for &(name, want, text) in PARAGRAPHS {
        match detect(text) {
            Some(got) if got == want => {}
            Some(got) => wrong.push(format!("{name}: expected {want}, got {got}")),
            None => unplaced.push(name),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(unplaced.len() <= 4, "unplaced: {unplaced:?}");
}

/// A short French paragraph with two "a" (has): "a" was no French
/// evidence but Catalan, Italian, Spanish and Romanian evidence, and the
/// paragraph got no language (found by a QA pass; written for this test).
#[test]
fn french_a_is_french() {
    let text = "Le conseil municipal a décidé mardi de prolonger la ligne de bus jusqu'au \
        nouveau quartier. Les habitants le demandaient depuis des années. Les premiers \
        bus circuleront au printemps, a déclaré le maire.";
    assert_eq!(detect(text), Some(Lang::Fr));
}

#[test]
fn covers_the_thirty_languages_the_issue_names() {
    let named = "en es de fr ja ru pt it zh pl nl tr fa vi id ko ar cs uk sv el ro hu da fi nb he \
                 th hi bn";
    for code in named.split_whitespace() {
        let lang = Lang::from_code(code).unwrap_or_else(|| panic!("no Lang for {code}"));
        assert!(
            PARAGRAPHS.iter().any(|&(_, l, _)| l == lang),
            "no golden paragraph in {code}"
        );
    }
}

#[test]
fn leaves_what_it_cannot_place() {
    let mut failures = Vec::new();
    for &(name, text) in UNPLACED {
        if let Some(got) = detect(text) {
            failures.push(format!("{name}: expected None, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let big_a = "a".repeat(1 << 20);
    let big_han = "中".repeat(1 << 20);
    let big_mark = "\u{0301}".repeat(1 << 18);
    let big_word = "ab".repeat(1 << 19);
    let mixed: String = PARAGRAPHS
        .iter()
        .map(|&(_, _, t)| t)
        .collect::<Vec<_>>()
        .join(" ");
    let controls: String = (0u32..0x20)
        .filter_map(char::from_u32)
        .cycle()
        .take(100_000)
        .collect();
    let cases: [(&str, &str); 6] = [
        ("1 MB of one letter", &big_a),
        ("3 MB of one ideograph", &big_han),
        ("combining marks alone", &big_mark),
        ("one 1 MB word", &big_word),
        ("every script at once", &mixed),
        ("control characters", &controls),
    ];
    for (name, text) in cases {
        // any answer is fine; it must come back
        let _ = (name, detect(text));
    }
    assert_eq!(detect(&big_a), None);
    assert_eq!(detect(&big_han), Some(Lang::Zh));
    assert_eq!(detect(&mixed), None, "no script holds half of the letters");
}

#[test]
fn codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(Lang::from_code(&lang.code().to_uppercase()), Some(lang));
        assert_eq!(lang.to_string(), lang.code());
        assert!(!lang.name().is_empty());
    }
    let cases: &[(&str, Option<Lang>)] = &[
        ("no", Some(Lang::Nb)),
        (" de ", Some(Lang::De)),
        ("xx", None),
        ("", None),
        ("english", None),
    ];
    for &(code, want) in cases {
        assert_eq!(Lang::from_code(code), want, "{code:?}");
    }
    let mut sorted = Lang::ALL.to_vec();
    sorted.sort_by_key(|l| l.code());
    assert_eq!(sorted, Lang::ALL, "ALL is in code order");
}

#[test]
fn every_profile_is_a_language() {
    assert!(PROFILES.len() <= 64, "profiles are bits of a u64");
    let index = Evidence::builtin();
    for (p, &lang) in PROFILES.iter().zip(&index.langs) {
        assert_eq!(Lang::from_code(p.code), Some(lang), "{}", p.code);
    }
    assert_eq!(PROFILES.len(), Lang::ALL.len());
}

/// The evidence written as text reads back as the built-in evidence: the
/// same languages for every sample; a line that is no profile is an error.
#[test]
fn evidence_round_trips() {
    let read = Evidence::parse(&Evidence::write()).expect("the written evidence reads");
    let built = Evidence::builtin();
    assert_eq!(read.langs, built.langs);
    assert_eq!(read.scripts, built.scripts);
    assert_eq!(read.words, built.words);
    assert_eq!(read.letters, built.letters);
    for text in [
        "The council approved the budget for the new harbour on Tuesday.",
        "Der Rat hat den Haushalt für den neuen Hafen am Dienstag gebilligt.",
        "Совет утвердил бюджет нового порта во вторник.",
        "short",
    ] {
        assert_eq!(read.detect(text), detect(text), "{text}");
    }
    assert!(Evidence::parse("en\tLatin\t\tthe of\nxx\tLatin\t\ta\n").is_err());
    assert!(Evidence::parse("en\tKlingon\t\tthe\n").is_err());
    assert_eq!(
        Evidence::parse("").map(|e| e.detect("the the the the")),
        Ok(None)
    );
}
