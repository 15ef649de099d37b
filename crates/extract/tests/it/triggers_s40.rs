//! Session 40 (issue 3 item 1: the triggers' forms). Sentences written for these tests.
//!
//! Of the events `dev/*_h32`–`_h34` miss for want of any trigger, some are a lexeme the lexicon has in a form
//! it lacks; the generators now write those forms for every lexeme, not one verb at a time:
//! - English verbs written in their -ed form only ("walked out of", "bailed out", "scolded") get the -ing
//!   and, where the base is sure, the -s and the base (`tools/en_verb_forms.py`);
//! - Russian past-tense verbs get their past active participle («назвавший», «ограничившая», «покинувшая»),
//!   and «поговорил по телефону» its imperfective «разговаривали по телефону» (`tools/ru_gerund_triggers.py`);
//! - Arabic verbs of naming get their imperfect («تعتبر», «تصف»), and derived verbs (forms IV, VII, VIII, X)
//!   their verbal noun («استهداف», «استنكار», «استهجان»; `tools/ar_verb_forms.py`).
//!
//! Two lexemes of coded types, in all three languages: forcing an aircraft to land is COERCE ("forced …
//! to land", «заставил … сесть», «أجبر … على الهبوط»), and pulling out of talks or consultations is SANCTION
//! ("pulled out of … consultations", «انسحب … من المحادثات»; Russian «вышел из» read it already).

use crate::support::check;

#[test]
fn english_verbs_written_in_the_past_only_are_read_in_their_other_forms() {
    check(
        "en",
        "Russia is walking out of the Council of Europe, the foreign ministry said.",
        &["SANCTION RUS>COE"],
    );
    check(
        "en",
        "The IMF is bailing out Pakistan for the third time in a decade.",
        &["AID IMF>PAK"],
    );
    check(
        "en",
        "Canada scolds India over the killing of a Sikh activist.",
        &["ACCUSE CAN>IND"],
    );
}

#[test]
fn english_plural_nouns_are_no_verb_forms() {
    // (yields, funds: the -s of "yielded", "funded" is mostly a noun, and is not written.)
    check("en", "Bond yields rose in Italy after the vote.", &[]);
    check("en", "EU funds for Serbia were frozen last year.", &[]);
}

#[test]
fn russian_past_active_participles_are_read_like_the_past() {
    check(
        "ru",
        "Латвия, ограничившая въезд гражданам России, продлила эту меру на год.",
        &["SANCTION LVA>RUS"],
    );
    check(
        "ru",
        "Министр обороны Польши, назвавший учения Белоруссии провокацией, выступил в сейме.",
        &["ACCUSE POL>BLR"],
    );
    check(
        "ru",
        "Грузия, покинувшая СНГ после войны 2008 года, сохранила безвизовый режим с Россией.",
        &["SANCTION GEO>CIS"],
    );
    check(
        "ru",
        "Президент Сербии, назвавший удар НАТО по Белграду терактом, выступил в ООН.",
        &["ACCUSE SRB>NATO"],
    );
    // (сбиться с курса "to stray" is no shooting down: its participle is not written.)
    check(
        "ru",
        "Сбившийся с курса турецкий самолёт приземлился в Греции.",
        &[],
    );
}

#[test]
fn russian_phone_talks_in_the_imperfective() {
    check(
        "ru",
        "Эрдоган и Путин в пятницу разговаривали по телефону более часа.",
        &["CONSULT {RUS+TUR}"],
    );
    check(
        "ru",
        "Президент Азербайджана в среду разговаривал по телефону с премьер-министром Армении.",
        &["CONSULT {ARM+AZE}"],
    );
}

#[test]
fn arabic_verbs_of_naming_in_the_imperfect() {
    check(
        "ar",
        "قال وزير الخارجية التركي إن أنقرة تعتبر الضربات الإسرائيلية على لبنان انتهاكاً للقانون الدولي.",
        &["ACCUSE TUR>ISR"],
    );
    check(
        "ar",
        "تصف موسكو نشر الصواريخ الأمريكية في ألمانيا بأنه استفزاز خطير.",
        &["ACCUSE RUS>USA"],
    );
    check(
        "ar",
        "قال الرئيس الجزائري إن بلاده تعتبر القرار الفرنسي تدخلاً في شؤونها.",
        &["ACCUSE DZA>FRA"],
    );
}

#[test]
fn arabic_verbal_nouns_of_derived_verbs() {
    check(
        "ar",
        "تواصل استهداف إسرائيل للمواقع الإيرانية في سوريا طوال الأسبوع.",
        &["ASSAULT ISR>IRN"],
    );
    check(
        "ar",
        "جاء استنكار الأردن لقرار إسرائيل بعد ساعات من إعلانه.",
        &["ACCUSE JOR>ISR"],
    );
    check(
        "ar",
        "أثار استهجان باكستان لتصريحات الهند موجة من الردود.",
        &["ACCUSE PAK>IND"],
    );
    // (The imperfect تصف is written as a word, not a stem: «تصفية» "liquidation" is none of it.)
    check("ar", "أعلنت الحكومة تصفية الشركة الروسية في القاهرة.", &[]);
}

#[test]
fn forcing_an_aircraft_to_land_is_coercion() {
    check(
        "en",
        "Belarusian fighter jets forced a Lithuanian airliner to land in Minsk on Sunday.",
        &["COERCE BLR>LTU"],
    );
    check(
        "ru",
        "Белорусский истребитель в воскресенье заставил литовский самолёт сесть в Минске.",
        &["COERCE BLR>LTU"],
    );
    check(
        "ru",
        "Турецкие военные принудили армянский самолёт к посадке в Эрзуруме.",
        &["COERCE TUR>ARM"],
    );
    check(
        "ru",
        "Ливан заставил иранский самолёт совершить посадку в Бейруте.",
        &["COERCE LBN>IRN"],
    );
    check(
        "ar",
        "أرغمت مقاتلات بيلاروسية طائرة ركاب ليتوانية على الهبوط في مينسك يوم الأحد.",
        &["COERCE BLR>LTU"],
    );
    check(
        "ar",
        "أجبرت تركيا طائرة أرمينية على الهبوط في أرضروم.",
        &["COERCE TUR>ARM"],
    );
}

#[test]
fn pulling_out_of_talks_is_a_sanction() {
    check(
        "en",
        "Russia pulled out of the grain negotiations with Ukraine in July.",
        &["SANCTION RUS>UKR"],
    );
    check(
        "en",
        "Azerbaijan pulled out of consultations with Armenia in Brussels.",
        &["SANCTION AZE>ARM"],
    );
    check(
        "ru",
        "Азербайджан в четверг вышел из переговоров с Арменией в Брюсселе.",
        &["SANCTION AZE>ARM"],
    );
    check(
        "ar",
        "انسحبت أذربيجان يوم الخميس من المحادثات مع أرمينيا في بروكسل.",
        &["SANCTION AZE>ARM"],
    );
    check(
        "ar",
        "انسحبت إيران من المفاوضات مع الولايات المتحدة بعد الضربة.",
        &["SANCTION IRN>USA"],
    );
}
