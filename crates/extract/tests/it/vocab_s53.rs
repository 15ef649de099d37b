//! Session 53 (vocaba): the conflict families of `tools/trigger_classes.py` block "Session 53" (SANCTION, ACCUSE,
//! REJECT, RETREAT, COERCE), written from the PLOVER modes rather than from dev failures, one test per family in
//! the languages that carry it, on sentences written for these tests (not the dev or probe wording); and the two
//! roles rules of the session: a withdrawal named with where the forces stand (`roles`), and the state handed
//! captives inside a handover's row (`Coder::run`, the release targets).

use crate::support::check;

#[test]
fn a_visa_free_regime_scrapped_or_visas_imposed_is_a_sanction() {
    check(
        "en",
        "Ecuador scrapped visa-free entry for Chinese travellers.",
        &["SANCTION ECU>CHN"],
    );
    check(
        "en",
        "Japan has introduced visa requirements for Russian citizens.",
        &["SANCTION JPN>RUS"],
    );
    check(
        "ru",
        "Казахстан отменил безвизовый режим для граждан Ирана.",
        &["SANCTION KAZ>IRN"],
    );
    check(
        "ar",
        "ألغت الجزائر الإعفاء من التأشيرة للرعايا المغاربة.",
        &["SANCTION DZA>MAR"],
    );
}

#[test]
fn an_embassys_staff_cut_with_words_between_is_a_sanction() {
    check(
        "en",
        "Estonia trimmed the staff of the Russian embassy.",
        &["SANCTION EST>RUS"],
    );
    check(
        "ru",
        "Латвия сократила штат белорусского посольства.",
        &["SANCTION LVA>BLR"],
    );
    check(
        "ar",
        "خفضت ليتوانيا عدد موظفي السفارة البيلاروسية.",
        &["SANCTION LTU>BLR"],
    );
}

#[test]
fn a_deal_killed_restrictions_and_bars_are_sanctions() {
    check(
        "en",
        "Panama scuttled a port deal with China.",
        &["SANCTION PAN>CHN"],
    );
    check(
        "ar",
        "فرضت اليابان قيوداً على صادرات الرقائق إلى كوريا الجنوبية.",
        &["SANCTION JPN>KOR"],
    );
    check(
        "ar",
        "منعت تركيا الطائرات الإسرائيلية من دخول مجالها الجوي.",
        &["SANCTION TUR>ISR"],
    );
    check(
        "ru",
        "Япония ужесточила экспортный контроль в отношении России.",
        &["SANCTION JPN>RUS"],
    );
    check(
        "ar",
        "شددت هولندا ضوابط التصدير على الصين.",
        &["SANCTION NLD>CHN"],
    );
}

#[test]
fn a_border_kept_closed_and_a_state_taken_out_of_a_bloc_are_sanctions() {
    check(
        "en",
        "Poland kept its border with Belarus closed.",
        &["SANCTION POL>BLR"],
    );
    check(
        "ar",
        "أبقت الجزائر حدودها مع المغرب مغلقة.",
        &["SANCTION DZA>MAR"],
    );
    check(
        "en",
        "Georgia's parliament voted to take the country out of the CIS.",
        &["SANCTION GEO>CIS"],
    );
    check(
        "ru",
        "Парламент Грузии решил вывести страну из СНГ.",
        &["SANCTION GEO>CIS"],
    );
}

#[test]
fn displeasure_voiced_and_mockery_are_accusations() {
    check(
        "ar",
        "أعربت الجزائر عن غضبها من القرار الفرنسي.",
        &["ACCUSE DZA>FRA"],
    );
    check(
        "en",
        "Ankara ridiculed Athens's claims.",
        &["ACCUSE TUR>GRC"],
    );
    check("ru", "Анкара высмеяла претензии Афин.", &["ACCUSE TUR>GRC"]);
    check("ar", "سخرت أنقرة من مزاعم أثينا.", &["ACCUSE TUR>GRC"]);
}

#[test]
fn talks_ruled_out_and_an_invitation_declined_are_refusals() {
    check(
        "ar",
        "استبعدت إسرائيل التفاوض مع إيران.",
        &["REJECT ISR>IRN"],
    );
    check("ru", "Китай исключил уступки Тайваню.", &["REJECT CHN>TWN"]);
    // (Declining an invitation, not an apology: اعتذر عن تلبية.)
    check(
        "ar",
        "اعتذرت تونس عن تلبية دعوة المغرب.",
        &["REJECT TUN>MAR"],
    );
}

#[test]
fn land_given_back_forces_cut_and_missions_ended_are_retreats() {
    check(
        "ar",
        "أعادت أذربيجان قريتين إلى أرمينيا.",
        &["RETREAT AZE>ARM"],
    );
    check(
        "ar",
        "خفضت بريطانيا عدد قواتها في إستونيا.",
        &["RETREAT GBR>EST"],
    );
    check(
        "en",
        "Germany ended its training mission in Niger.",
        &["RETREAT DEU>NER"],
    );
    check(
        "ru",
        "Германия свернула военную миссию в Нигере.",
        &["RETREAT DEU>NER"],
    );
    check(
        "en",
        "Britain and Russia exchanged two agents in Vienna.",
        &["RETREAT {GBR+RUS}"],
    );
    check(
        "ar",
        "تبادلت بيلاروس وبولندا جواسيس يوم الجمعة.",
        &["RETREAT {BLR+POL}"],
    );
}

#[test]
fn a_withdrawal_named_with_where_the_forces_stand_leaves_that_state() {
    check(
        "en",
        "Germany drew down its troops in Mali.",
        &["RETREAT DEU>MLI"],
    );
    check(
        "ru",
        "Германия сократила свой контингент в Мали.",
        &["RETREAT DEU>MLI"],
    );
}

#[test]
fn the_state_handed_captives_inside_the_row_receives_them() {
    check(
        "ru",
        "Украина передала России пятнадцать военнопленных.",
        &["RETREAT UKR>RUS"],
    );
    check(
        "ar",
        "سلمت أوكرانيا روسيا خمسة عشر أسيرا.",
        &["RETREAT UKR>RUS"],
    );
}

#[test]
fn sentences_seizures_turn_backs_and_warning_shots_are_coercion() {
    check(
        "ru",
        "Иран приговорил французского туриста к пяти годам.",
        &["COERCE IRN>FRA"],
    );
    check(
        "ar",
        "حكمت إيران على سائح فرنسي بالسجن خمس سنوات.",
        &["COERCE IRN>FRA"],
    );
    check(
        "ru",
        "Иран взял под контроль греческий танкер.",
        &["COERCE IRN>GRC"],
    );
    check(
        "en",
        "Turkish warships forced a Greek research vessel to turn back.",
        &["COERCE TUR>GRC"],
    );
    check(
        "ar",
        "أجبرت البحرية التركية سفينة يونانية على العودة.",
        &["COERCE TUR>GRC"],
    );
    check(
        "ru",
        "Японские пограничники произвели предупредительные выстрелы по китайскому траулеру.",
        &["COERCE JPN>CHN"],
    );
    check(
        "ar",
        "أطلقت البحرية الإيرانية طلقات تحذيرية على سفينة أمريكية.",
        &["COERCE IRN>USA"],
    );
}
