//! The date each event takes (issue 3 item 4): its clause's date, else the date of the story it continues,
//! else the document's. Sentences written for these tests; each expectation is `TYPE SRC>TGT date`
//! (`support::show` and the event's date), in any order, with the document dated 2025-05-05.

use crate::support;

#[track_caller]
fn check(lang: &str, text: &str, expect: &[&str]) {
    support::check_dates(lang, text, expect);
}

/// A participle or second verb of the same doer continues its clause's date; another doer's reaction
/// keeps the document's.
#[test]
fn the_same_doer_s_next_act_keeps_the_date_of_its_first() {
    check(
        "en",
        "Estonia expelled two Russian diplomats on 14 March 2025, accusing them of espionage.",
        &["SANCTION EST>RUS 2025-03-14", "ACCUSE EST>RUS 2025-03-14"],
    );
    check(
        "en",
        "Ghana shut its embassy in Abuja on 21 March 2025, accusing Nigeria of harassing its traders.",
        &["SANCTION GHA>NGA 2025-03-21", "ACCUSE GHA>NGA 2025-03-21"],
    );
    check(
        "en",
        "Kenya recalled its ambassador from Somalia on 2 April 2025, and Mogadishu condemned the move.",
        &["SANCTION KEN>SOM 2025-04-02", "ACCUSE SOM>KEN 2025-05-05"],
    );
    check(
        "ar",
        "طردت ليتوانيا السفير الروسي في الثالث من مارس/آذار 2025، متهمة موسكو بالتدخل في شؤونها.",
        &["SANCTION LTU>RUS 2025-03-03", "ACCUSE LTU>RUS 2025-03-03"],
    );
    check(
        "ar",
        "وصل الرئيس التركي إلى بغداد في الحادي عشر من فبراير/شباط 2025، وأجرى محادثات مع رئيس الوزراء العراقي.",
        &["CONSULT TUR>IRQ 2025-02-11", "CONSULT {IRQ+TUR} 2025-02-11"],
    );
    check(
        "ar",
        "استدعت الجزائر سفيرها من باريس في الرابع من أبريل/نيسان 2025، فانتقدت فرنسا القرار.",
        &["SANCTION DZA>FRA 2025-04-04", "ACCUSE FRA>DZA 2025-05-05"],
    );
    check(
        "ru",
        "Польша 12 марта 2025 года выслала российского консула, обвинив его в шпионаже.",
        &["SANCTION POL>RUS 2025-03-12", "ACCUSE POL>RUS 2025-03-12"],
    );
    check(
        "ru",
        "Латвия 3 февраля 2025 года закрыла границу с Белоруссией, а Минск осудил это решение.",
        &["SANCTION LVA>BLR 2025-02-03", "ACCUSE BLR>LVA 2025-05-05"],
    );
}

/// A phrase that counts from the story ("the next day", «через три дня», «في اليوم التالي», «7 декабря
/// того же года», "في الثاني من الشهر التالي") in a sentence that wrote no date counts from the last
/// date of the sentences before it, not from the document's; a month without its year takes the
/// story's year.
#[test]
fn a_later_sentence_counts_from_the_story_s_date() {
    check(
        "en",
        "Ecuador expelled the Venezuelan ambassador on 4 March 2019. Caracas expelled Ecuador's envoy the next day.",
        &["SANCTION ECU>VEN 2019-03-04", "SANCTION VEN>ECU 2019-03-05"],
    );
    check(
        "en",
        "Hungary sealed its border with Serbia on 15 September 2015. Three days later Belgrade accused Budapest of brutality.",
        &["SANCTION HUN>SRB 2015-09-15", "ACCUSE SRB>HUN 2015-09-18"],
    );
    check(
        "en",
        "Russia and Turkey signed a gas pipeline deal on 9 October 1997. On 16 December the two leaders met in Ankara.",
        &["AGREE {RUS+TUR} 1997-10-09", "CONSULT RUS>TUR 1997-12-16"],
    );
    check(
        "ar",
        "قطعت بوليفيا علاقاتها مع إسرائيل في الحادي والثلاثين من أكتوبر/تشرين الأول 2023. وسحبت كولومبيا سفيرها من إسرائيل في الثاني من الشهر التالي.",
        &["SANCTION BOL>ISR 2023-10-31", "SANCTION COL>ISR 2023-11-02"],
    );
    check(
        "ar",
        "طردت الكويت السفير العراقي في الخامس من مارس/آذار 2019. وفي اليوم التالي طردت بغداد السفير الكويتي.",
        &["SANCTION KWT>IRQ 2019-03-05", "SANCTION IRQ>KWT 2019-03-06"],
    );
    check(
        "ru",
        "Турция сбила российский бомбардировщик 24 ноября 2015 года. Через три дня Москва ввела санкции против Анкары.",
        &["ASSAULT TUR>RUS 2015-11-24", "SANCTION RUS>TUR 2015-11-27"],
    );
    check(
        "ru",
        "СССР и ФРГ подписали Московский договор 12 августа 1970 года. 7 декабря того же года ФРГ и Польша подписали договор о нормализации отношений.",
        &["AGREE {DEU+SUN} 1970-08-12", "AGREE {DEU+POL} 1970-12-07"],
    );
    check(
        "ru",
        "Литва закрыла границу с Белоруссией 29 октября 2025 года. В тот же день Минск задержал литовские грузовики.",
        &["SANCTION LTU>BLR 2025-10-29", "COERCE BLR>LTU 2025-10-29"],
    );
}

/// The start of a period ("since 2022", "a member since 1952") is no date of the act told: the event
/// takes its clause's other date, else the document's.
#[test]
fn a_period_s_start_dates_no_act() {
    check(
        "en",
        "Japan has supplied Ukraine with $12 billion in aid since March 2022.",
        &["AID JPN>UKR 2025-05-05"],
    );
    check(
        "en",
        "Poland, an EU member since 2004, expelled a Belarusian diplomat on 2 April 2025.",
        &["SANCTION POL>BLR 2025-04-02"],
    );
    check(
        "en",
        "The African Union has suspended Guinea from its bodies since the 2021 coup.",
        &["SANCTION AU>GIN 2025-05-05"],
    );
    // (Session 48: a bare year after "from" starts a period, as «с 2017 года» does.)
    check(
        "en",
        "Russia and Kyrgyzstan signed a deal extending the lease of the Kant air base by 15 years from 2017.",
        &["AGREE {KGZ+RUS} 2025-05-05"],
    );
}

/// A date in a clause without a trigger dates the act only when that clause tells no other thing: a
/// relative clause ("whose first unit … in March 2021", «التي … في مارس/آذار 2021») or an "after" phrase
/// ("after the earthquake of 8 September 2023") tells when something else happened (session 15).
#[test]
fn a_relative_clause_or_after_phrase_dates_its_own_thing() {
    check(
        "en",
        "China is lending Pakistan $2 billion to finish a power plant whose first unit Chinese engineers switched on in March 2021.",
        &["AID CHN>PAK 2025-05-05"],
    );
    check(
        "en",
        "Turkey sent 300 rescuers to Morocco after the earthquake of 8 September 2023.",
        &["AID TUR>MAR 2025-05-05"],
    );
    check(
        "en",
        "The Union State of Russia and Belarus, which was created in December 1999, hosted a meeting of its council in Minsk, where Lukashenko and Putin agreed to a common gas market.",
        &["AGREE {BLR+RUS} 2025-05-05"],
    );
    check(
        "ar",
        "تقرض الصين باكستان ملياري دولار لإكمال محطة كهرباء، التي شغل مهندسون صينيون وحدتها الأولى في مارس/آذار 2021.",
        &["AID CHN>PAK 2025-05-05"],
    );
}

/// A state that follows suit takes the date written after the verb of following, not the leader's;
/// "within hours" is the day written before it (or, with none before, the one after: "within hours of
/// the earthquake of 6 February"); «أول أمس» and "two days ago" count back from the document (session 15).
#[test]
fn a_follower_s_own_day_and_days_counted_back() {
    check(
        "ar",
        "قطعت جزر القمر علاقاتها مع إيران في الرابع من مارس/آذار 2025، وتبعتها موريتانيا في اليوم التالي.",
        &["SANCTION COM>IRN 2025-03-04", "SANCTION MRT>IRN 2025-03-05"],
    );
    check(
        "ar",
        "أطلقت روسيا عشرات الصواريخ على أوكرانيا أول أمس.",
        &["ASSAULT RUS>UKR 2025-05-03"],
    );
    check(
        "en",
        "Armenia recalled its ambassador from Minsk on 2 April 2025, and Belarus expelled an Armenian diplomat within hours.",
        &["SANCTION ARM>BLR 2025-04-02", "SANCTION BLR>ARM 2025-04-02"],
    );
    check(
        "en",
        "Russia launched dozens of missiles at Ukraine two days ago, officials in Kyiv said.",
        &["ASSAULT RUS>UKR 2025-05-03"],
    );
    check(
        "en",
        "Turkey flew rescue teams to Syria within hours of the earthquake of 6 February 2023.",
        &["AID TUR>SYR 2023-02-06"],
    );
}

/// A sentence that gives no date goes on with the day of the same doer's act in the sentence before (the
/// next step of one story), in every language since session 24; a background date of that act («в 2019
/// году») and another doer's reaction do not carry.
#[test]
fn the_same_doer_s_act_in_the_next_sentence_keeps_the_story_s_day() {
    check(
        "ru",
        "Япония в пятницу ввела новые санкции против российских банков. Токио также заморозил активы одиннадцати российских компаний.",
        &["SANCTION JPN>RUS 2025-05-02", "COERCE JPN>RUS 2025-05-02"],
    );
    check(
        "ru",
        "Германия и Франция подписали Ахенский договор в 2019 году. Две страны договорились углубить оборонное сотрудничество.",
        &["AGREE {DEU+FRA} 2019", "AGREE {DEU+FRA} 2025-05-05"],
    );
    check(
        "ru",
        "Литва в пятницу выслала двух российских дипломатов. Москва осудила это решение.",
        &["SANCTION LTU>RUS 2025-05-02", "ACCUSE RUS>LTU 2025-05-05"],
    );
    check(
        "en",
        "Japan imposed new sanctions on Russian banks on Friday. Tokyo also froze the assets of eleven Russian firms.",
        &["SANCTION JPN>RUS 2025-05-02", "COERCE JPN>RUS 2025-05-02"],
    );
    check(
        "ar",
        "فرضت اليابان يوم الجمعة عقوبات جديدة على مصارف روسية. كما جمّدت طوكيو أصول إحدى عشرة شركة روسية.",
        &["SANCTION JPN>RUS 2025-05-02", "COERCE JPN>RUS 2025-05-02"],
    );
}

/// Only a day counted from the document's date carries to the next sentence: a story whose first act
/// is dated with its year written out ("on 2 May 2025", «2 мая 2025 года», "في الثاني من مايو/أيار 2025")
/// is told from a later day, and its next sentence keeps the document's date (session 24).
#[test]
fn a_date_written_with_its_year_does_not_carry_to_the_next_sentence() {
    check(
        "en",
        "Japan imposed new sanctions on Russian banks on 2 May 2025. Tokyo also froze the assets of eleven Russian firms.",
        &["SANCTION JPN>RUS 2025-05-02", "COERCE JPN>RUS 2025-05-05"],
    );
    check(
        "ru",
        "Япония 2 мая 2025 года ввела новые санкции против российских банков. Токио также заморозил активы одиннадцати российских компаний.",
        &["SANCTION JPN>RUS 2025-05-02", "COERCE JPN>RUS 2025-05-05"],
    );
    check(
        "ar",
        "فرضت اليابان في الثاني من مايو/أيار 2025 عقوبات جديدة على مصارف روسية. كما جمّدت طوكيو أصول إحدى عشرة شركة روسية.",
        &["SANCTION JPN>RUS 2025-05-02", "COERCE JPN>RUS 2025-05-05"],
    );
}

/// What a doer says it does, in a clause under "that", «что», إن, takes the day of the same doer's act
/// told before it in the sentence (session 24; it kept the document's date before).
#[test]
fn a_saying_of_the_same_doer_keeps_the_day_of_its_act() {
    check(
        "en",
        "Erdogan met Vladimir Putin in Sochi on Friday and said that Turkey supported Russia's plan for a gas hub.",
        &["CONSULT TUR>RUS 2025-05-02", "SUPPORT TUR>RUS 2025-05-02"],
    );
    check(
        "ru",
        "Эрдоган в пятницу встретился с Владимиром Путиным в Сочи и заявил, что Турция поддерживает российский план газового хаба.",
        &["CONSULT TUR>RUS 2025-05-02", "SUPPORT TUR>RUS 2025-05-02"],
    );
    check(
        "ar",
        "التقى أردوغان الرئيس الروسي فلاديمير بوتين في سوتشي يوم الجمعة، وقال إن تركيا تدعم الخطة الروسية لإنشاء مركز للغاز.",
        &["CONSULT TUR>RUS 2025-05-02", "SUPPORT TUR>RUS 2025-05-02"],
    );
}

/// A bare year that names which of its kind a noun is — Russian's genitive after the noun with no
/// preposition («соглашение 1993 года», «после конфликта 2019 года»), English's "the 1945 battle" after a
/// cue — dates no act: the act takes its clause's other date or the same doer's (session 24). A year
/// told as when the act was done («в 1993 году», "in 1993") or inside a full date still dates it.
#[test]
fn a_year_that_names_a_noun_dates_no_act() {
    check(
        "ru",
        "Индия и Китай в пятницу провели переговоры и договорились считать соглашение 1993 года основой для новых переговоров.",
        &["CONSULT {CHN+IND} 2025-05-02", "AGREE {CHN+IND} 2025-05-02"],
    );
    check(
        "ru",
        "Первые после конфликта 2019 года переговоры Индии и Китая прошли в пятницу в Пекине.",
        &["CONSULT IND>CHN 2025-05-02"],
    );
    check(
        "en",
        "Putin met Shinzo Abe in Sochi on Friday and agreed to return a Japanese destroyer lost in the 1945 battle.",
        &["CONSULT JPN>RUS 2025-05-02", "AGREE RUS>JPN 2025-05-02"],
    );
    check(
        "ru",
        "Индия и Китай подписали соглашение о границе в 1993 году.",
        &["AGREE {CHN+IND} 1993"],
    );
    check(
        "ru",
        "Индия и Китай подписали соглашение о границе 7 сентября 1993 года.",
        &["AGREE {CHN+IND} 1993-09-07"],
    );
    check(
        "en",
        "India and China signed a border agreement in 1993.",
        &["AGREE {CHN+IND} 1993"],
    );
}

/// Arabic منذ and Russian «с» before a bare year start a period, as "since" does: no act is dated by
/// the year. A day after «с» still dates the act (from then on the measure holds), and a "first visit
/// since" a year names no second visit in that year.
#[test]
fn a_bare_year_after_arabic_or_russian_since_dates_no_act() {
    check(
        "ru",
        "Казахстан и Китай с 2015 года подписали более сорока соглашений.",
        &["AGREE {CHN+KAZ} 2025-05-05"],
    );
    check(
        "ar",
        "وقعت مصر وروسيا منذ عام ٢٠١٥ أكثر من عشرين اتفاقية.",
        &["AGREE {EGY+RUS} 2025-05-05"],
    );
    check(
        "ru",
        "С 1 мая Россия ввела пошлины на турецкие томаты.",
        &["SANCTION RUS>TUR 2025-05-01"],
    );
    check(
        "ru",
        "Россия с 1 мая 2025 года запретила ввоз турецких томатов.",
        &["SANCTION RUS>TUR 2025-05-01"],
    );
    check(
        "ar",
        "وصل الرئيس المصري الثلاثاء إلى أنقرة في أول زيارة لرئيس مصري إلى تركيا منذ عام ٢٠١٢.",
        &["CONSULT EGY>TUR 2025-04-29"],
    );
    check(
        "ru",
        "Президент Египта во вторник прибыл в Анкару — это первый визит египетского лидера в Турцию с 2012 года.",
        &["CONSULT EGY>TUR 2025-04-29"],
    );
}

/// An act of the same doer after an earlier clause of the sentence takes that clause's date even where
/// the clause gave no event (here talks with no second side); a clause whose first actor is another
/// doer dates the reaction after it only with a day of the document's news (see
/// `another_doer_s_clause_shares_the_sentence_s_news_day`).
#[test]
fn an_earlier_clause_of_the_same_doer_dates_the_act() {
    check(
        "en",
        "Kazakhstan's president held talks in Astana on Saturday, and promised humanitarian aid to Kyrgyzstan.",
        &["AGREE KAZ>KGZ 2025-05-03"],
    );
    check(
        "ru",
        "Президент Казахстана в субботу провёл переговоры в Астане, и пообещал направить гуманитарную помощь Киргизии.",
        &["AGREE KAZ>KGZ 2025-05-03"],
    );
    check(
        "ar",
        "أجرى الرئيس الكازاخستاني يوم السبت محادثات في أستانا، ووعد بإرسال مساعدات إنسانية إلى قيرغيزستان.",
        &["AGREE KAZ>KGZ 2025-05-03"],
    );
    check(
        "en",
        "Turkey shot down a Syrian jet near the border on Tuesday, and Damascus called the downing an act of aggression.",
        &["ASSAULT TUR>SYR 2025-04-29", "ACCUSE SYR>TUR 2025-04-29"],
    );
    check(
        "ru",
        "Турция во вторник сбила сирийский самолёт у границы, и Дамаск назвал это агрессией.",
        &["ASSAULT TUR>SYR 2025-04-29", "ACCUSE SYR>TUR 2025-04-29"],
    );
    check(
        "ar",
        "أسقطت تركيا يوم الثلاثاء طائرة سورية قرب الحدود، ووصفت دمشق ذلك بأنه عدوان.",
        &["ASSAULT TUR>SYR 2025-04-29", "ACCUSE SYR>TUR 2025-04-29"],
    );
}

/// A Russian participial phrase's own act takes the day written inside the phrase; the main clause keeps
/// its own.
#[test]
fn a_russian_participle_s_own_act_keeps_its_day() {
    check(
        "ru",
        "Президент Египта, прилетевший в субботу в Анкару, в понедельник провёл переговоры с Эрдоганом.",
        &["CONSULT EGY>TUR 2025-05-03", "CONSULT {EGY+TUR} 2025-05-05"],
    );
}

/// Another doer's clause of the same sentence shares the sentence's day when that is a day of the
/// document's news (a weekday, "yesterday"): "Norway expelled … on Friday, and Moscow condemned …" tells
/// both on Friday. After a date written with its year the reaction keeps the document's date (see
/// `the_same_doer_s_next_act_keeps_the_date_of_its_first`).
#[test]
fn another_doer_s_clause_shares_the_sentence_s_news_day() {
    check(
        "en",
        "Norway expelled two Russian diplomats on Friday, and Moscow condemned the decision.",
        &["SANCTION NOR>RUS 2025-05-02", "ACCUSE RUS>NOR 2025-05-02"],
    );
    check(
        "en",
        "Chad closed its border with Sudan yesterday, while Khartoum condemned the step.",
        &["SANCTION TCD>SDN 2025-05-04", "ACCUSE SDN>TCD 2025-05-04"],
    );
    check(
        "ru",
        "Норвегия в пятницу выслала двух российских дипломатов, а Москва осудила это решение.",
        &["SANCTION NOR>RUS 2025-05-02", "ACCUSE RUS>NOR 2025-05-02"],
    );
    check(
        "ru",
        "Чад вчера закрыл границу с Суданом, а Хартум осудил этот шаг.",
        &["SANCTION TCD>SDN 2025-05-04", "ACCUSE SDN>TCD 2025-05-04"],
    );
    check(
        "ar",
        "طردت النرويج يوم الجمعة دبلوماسيين روسيين، فيما أدانت موسكو القرار.",
        &["SANCTION NOR>RUS 2025-05-02", "ACCUSE RUS>NOR 2025-05-02"],
    );
    check(
        "ar",
        "أغلقت تشاد أمس حدودها مع السودان، وأدانت الخرطوم هذه الخطوة.",
        &["SANCTION TCD>SDN 2025-05-04", "ACCUSE SDN>TCD 2025-05-04"],
    );
}

/// The pair a visit or talks dated with its year brought together goes on with that day in the next
/// sentence ("The sides signed …", «Стороны подписали …», «ووقع البلدان …»): their next step is part of
/// the visit (session-25 convention (a)), while one doer's next act after such a date keeps the document's
/// date (see `a_date_written_with_its_year_does_not_carry_to_the_next_sentence`).
#[test]
fn the_pair_s_next_step_keeps_the_visit_s_written_day() {
    check(
        "en",
        "The Chilean president held talks with the Indian prime minister in New Delhi on 2 May 2025. The two countries signed a trade agreement.",
        &["CONSULT CHL>IND 2025-05-02", "AGREE {CHL+IND} 2025-05-02"],
    );
    check(
        "ru",
        "Президент Чили 2 мая 2025 года провёл переговоры с премьер-министром Индии в Нью-Дели. Стороны подписали торговое соглашение.",
        &["CONSULT CHL>IND 2025-05-02", "AGREE {CHL+IND} 2025-05-02"],
    );
    check(
        "ar",
        "أجرى الرئيس التشيلي في الثاني من مايو/أيار 2025 محادثات مع رئيس الوزراء الهندي في نيودلهي. ووقع البلدان اتفاقية تجارية.",
        &["CONSULT CHL>IND 2025-05-02", "AGREE {CHL+IND} 2025-05-02"],
    );
}

/// "The next day" with no day before it in the sentence or the story counts from something the text does
/// not date («на следующий день после инаугурации», «في اليوم التالي للانتخابات»): it dates nothing, and
/// the act keeps the document's date, not the day after it.
#[test]
fn the_next_day_after_an_undated_act_is_not_the_day_after_the_document() {
    check(
        "en",
        "Estonia recalled its ambassador from Moscow the next day.",
        &["SANCTION EST>RUS 2025-05-05"],
    );
    check(
        "ru",
        "Эстония на следующий день после выборов отозвала посла из Москвы.",
        &["SANCTION EST>RUS 2025-05-05"],
    );
    check(
        "ar",
        "استدعت إستونيا سفيرها من موسكو في اليوم التالي للانتخابات.",
        &["SANCTION EST>RUS 2025-05-05"],
    );
}

/// The night before a weekday, or a part of a day after "before"/"after", dates the act to that
/// weekday («в ночь на воскресенье», «ليل السبت إلى الأحد», "before dawn on Sunday"): the phrase is a
/// time, not a background act (session 59: 12 items in 7 retired sets took the document's date).
#[test]
fn the_night_or_dawn_of_a_weekday_dates_the_act() {
    check(
        "en",
        "Azerbaijani troops shelled Armenian border posts before dawn on Sunday.",
        &["ASSAULT AZE>ARM 2025-05-04"],
    );
    check(
        "en",
        "Israeli jets bombed targets in Syria shortly after midnight on Saturday.",
        &["ASSAULT ISR>SYR 2025-05-03"],
    );
    check(
        "ru",
        "В ночь на воскресенье Израиль нанёс удары по объектам в Сирии.",
        &["ASSAULT ISR>SYR 2025-05-04"],
    );
    check(
        "ru",
        "Азербайджанские войска в ночь с пятницы на субботу обстреляли армянские сёла.",
        &["ASSAULT AZE>ARM 2025-05-03"],
    );
    check(
        "ar",
        "قصفت إسرائيل ليل السبت إلى الأحد مواقع في سوريا.",
        &["ASSAULT ISR>SYR 2025-05-04"],
    );
    check(
        "ar",
        "قصفت القوات الأذربيجانية مواقع أرمينية قبل فجر الجمعة.",
        &["ASSAULT AZE>ARM 2025-05-02"],
    );
}

/// An act told in an "after" clause with no time of its own takes the news day the sentence writes for
/// its main act, not the document's date (session 59: 36 items in 17 retired sets).
#[test]
fn a_background_act_takes_the_news_day_of_its_sentence() {
    check(
        "en",
        "Lithuania expelled a Belarusian diplomat on Friday after Minsk had accused Vilnius of spying.",
        &["SANCTION LTU>BLR 2025-05-02", "ACCUSE BLR>LTU 2025-05-02"],
    );
    check(
        "ru",
        "Литва в пятницу выслала белорусского дипломата после того, как Минск обвинил Вильнюс в шпионаже.",
        &["SANCTION LTU>BLR 2025-05-02", "ACCUSE BLR>LTU 2025-05-02"],
    );
    check(
        "ar",
        "طردت ليتوانيا يوم الجمعة دبلوماسياً بيلاروسياً بعدما اتهمت مينسك فيلنيوس بالتجسس.",
        &["SANCTION LTU>BLR 2025-05-02", "ACCUSE BLR>LTU 2025-05-02"],
    );
}

/// A year that is no time of the act — a deadline ("by 2027", «بنهاية عام ٢٠٢٧»), the year of a
/// participle on a noun («الاتفاق الموقع بين البلدين عام ٢٠٠١»), a figure's "last year" — leaves a
/// dateless act the document's date (session 59: 10 items in 7 retired sets).
#[test]
fn a_deadline_a_noun_s_year_or_a_figure_s_year_dates_no_act() {
    check(
        "en",
        "Russia promised to hand the base back to Georgia by 2027.",
        &[
            "AGREE RUS>GEO 2025-05-05",
            "RETREAT RUS>GEO expected 2025-05-05",
        ],
    );
    check(
        "en",
        "Russia promised to hand the base back to Georgia before the end of 2027.",
        &[
            "AGREE RUS>GEO 2025-05-05",
            "RETREAT RUS>GEO expected 2025-05-05",
        ],
    );
    check(
        "ar",
        "تعهدت روسيا بإعادة القاعدة إلى جورجيا بنهاية عام ٢٠٢٧.",
        &["AGREE RUS>GEO 2025-05-05"],
    );
    check(
        "ar",
        "اتهمت إيران روسيا بانتهاك الاتفاق الموقع بين البلدين عام ٢٠٠١.",
        &["ACCUSE IRN>RUS 2025-05-05"],
    );
    check(
        "en",
        "Serbia and China signed a free trade deal; trade between them topped $6 billion last year.",
        &["AGREE {CHN+SRB} 2025-05-05"],
    );
    check(
        "ru",
        "Сербия и Китай подписали соглашение о свободной торговле; в прошлом году товарооборот превысил 6 млрд долларов.",
        &["AGREE {CHN+SRB} 2025-05-05"],
    );
}
