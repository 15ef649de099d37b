//! Session 37 (Arabic recall, issue 3): constructions behind Arabic misses, each checked on sentences
//! written for these tests (other actors, tenses and word orders than the dev items), with the same
//! construction in English and Russian where it occurs there.

use crate::support::check;

/// Talks or a visit that ended in a signing (انتهت/اختتمت/تكللت/توجت + ب + signing noun): the noun under
/// the glued ب is what the verb of ending closed with, neither the object nor the purpose of the talks
/// noun before it, and it is signed by the talks' (or the visit's) two sides. Russian «переговоры,
/// которые завершились подписанием», «…, завершившиеся подписанием» the same. A measure asked for with ب
/// after a verb of asking stays the request's content.
#[test]
fn a_signing_that_talks_or_a_visit_ended_in() {
    check(
        "ar",
        "وانتهت المباحثات بين وزيري خارجية مصر وتركيا في أنقرة بتوقيع مذكرة تفاهم.",
        &["CONSULT EGY>TUR", "AGREE {EGY+TUR}"],
    );
    check(
        "ar",
        "أجرى الرئيس الكيني محادثات مع نظيره التنزاني في دار السلام توجت بتوقيع اتفاق لترسيم الحدود.",
        &["CONSULT KEN>TZA", "AGREE {KEN+TZA}"],
    );
    check(
        "ar",
        "اختتمت وزيرة الخارجية الأسترالية زيارتها إلى إندونيسيا بتوقيع مذكرة تفاهم بشأن الأمن البحري.",
        &["CONSULT AUS>IDN", "AGREE {AUS+IDN}"],
    );
    check(
        "ar",
        "تكللت زيارة أردوغان إلى موسكو بتوقيع اتفاق لوقف إطلاق النار في إدلب.",
        &["CONSULT TUR>RUS", "AGREE {RUS+TUR}"],
    );
    // (Trap: a measure asked for under ب is the request's content, with or without a verb of ending
    // before the request.)
    check(
        "ar",
        "طالبت فرنسا الاتحاد الأوروبي بفرض عقوبات على إيران.",
        &["REQUEST FRA>EU"],
    );
    check(
        "ru",
        "Путин и Эрдоган провели в Сочи переговоры, которые завершились подписанием меморандума.",
        &["CONSULT TUR>RUS", "AGREE {RUS+TUR}"],
    );
    check(
        "ru",
        "Премьер Индии провёл в Токио переговоры с японским коллегой, завершившиеся подписанием оборонного соглашения.",
        &["CONSULT IND>JPN", "AGREE {IND+JPN}"],
    );
    check(
        "ru",
        "Президент Кении провёл переговоры с президентом Танзании, которые увенчались подписанием договора о границе.",
        &["CONSULT {KEN+TZA}", "AGREE {KEN+TZA}"],
    );
    check(
        "en",
        "Egypt and Turkey held talks in Ankara that ended with the signing of a memorandum of understanding.",
        &["CONSULT EGY>TUR", "AGREE {EGY+TUR}"],
    );
    // ("ended with"/"ended in" tells what talks ended in, never a pact ended; a pact ended stays a
    // sanction.)
    check(
        "en",
        "Talks between Egypt and Turkey in Cairo ended with an agreement to exchange ambassadors.",
        &["CONSULT TUR>EGY"],
    );
    check(
        "en",
        "Kenya ended its defence agreement with Britain.",
        &["SANCTION KEN>GBR"],
    );
}

/// A protest over a killing or wounding told with the one who fired («احتجاجاً على مقتل … برصاص/بنيران
/// …»): the killing is the other side's attack, coded besides the protest, as an expulsion a response
/// answers is; a strike named with no fire agent stays the protest's occasion.
#[test]
fn a_killing_by_named_fire_that_a_protest_answers() {
    check(
        "ar",
        "استدعت باكستان السفير الأفغاني احتجاجاً على مقتل جنديين باكستانيين بنيران القوات الأفغانية على الحدود.",
        &["PROTEST PAK>AFG", "ASSAULT AFG>PAK"],
    );
    check(
        "ar",
        "سحبت الفلبين سفيرها من بكين احتجاجا على إصابة بحارة فلبينيين بنيران خفر السواحل الصيني.",
        &["SANCTION PHL>CHN", "ASSAULT CHN>PHL"],
    );
    check(
        "ar",
        "أغلقت الجزائر معبرها الحدودي مع المغرب احتجاجاً على مقتل ثلاثة سائقين جزائريين برصاص الجيش المغربي.",
        &["SANCTION DZA>MAR", "ASSAULT MAR>DZA"],
    );
    // (Traps: no one named as firing.)
    check(
        "ar",
        "استدعت الهند السفير الباكستاني احتجاجاً على مقتل جنود هنود في كشمير.",
        &["PROTEST IND>PAK"],
    );
}

/// An aside set off after the actor by two commas that says what the actor is — opened by a relative
/// pronoun («، التي تترأس رابطة آسيان،»), a founding noun or "one of" («، إحدى الدول المؤسسة لجامعة
/// الدول العربية،», "one of the founders of OPEC"), or a Russian relative adverb («, где расположена база
/// НАТО,») — hands its bloc to no role of the act around it.
#[test]
fn an_aside_on_what_the_actor_is_names_no_party() {
    check(
        "ar",
        "استدعت مصر، إحدى الدول المؤسسة لجامعة الدول العربية، يوم الثلاثاء سفيرها لدى إسرائيل.",
        &["SANCTION EGY>ISR"],
    );
    check(
        "ar",
        "انتقدت السعودية، الدولة المؤسسة لمجلس التعاون الخليجي، السياسة الإيرانية.",
        &["ACCUSE SAU>IRN"],
    );
    check(
        "ar",
        "رحبت إندونيسيا، التي تترأس رابطة آسيان، بالاتفاق بين تايلاند وكمبوديا.",
        &["SUPPORT IDN>KHM+THA"],
    );
    check(
        "en",
        "Egypt, one of the founding members of the Arab League, recalled its ambassador to Israel on Tuesday.",
        &["SANCTION EGY>ISR"],
    );
    check(
        "en",
        "Algeria, one of the founders of OPEC, condemned the Israeli strike on Syria.",
        &["ACCUSE DZA>ISR"],
    );
    check(
        "en",
        "Indonesia, one of the largest members of ASEAN, welcomed the deal between Thailand and Cambodia.",
        &["SUPPORT IDN>KHM+THA"],
    );
    check(
        "ru",
        "Турция, где расположена база НАТО, раскритиковала российские санкции.",
        &["ACCUSE TUR>RUS"],
    );
    check(
        "ru",
        "Бельгия, где находится штаб-квартира Евросоюза, осудила российский удар по Киеву.",
        &["ACCUSE BEL>RUS"],
    );
    check(
        "ru",
        "Катар, где расположена американская база, приветствовал соглашение между Египтом и Израилем.",
        &["SUPPORT QAT>EGY+ISR"],
    );
}
