//! Session 52 (vocab): the synonym families of `tools/trigger_classes.py` block "Session 52 (vocab)" and the
//! Russian partners and Arabic imperfects beside them, one test per family in the languages where it exists, on
//! sentences written for these tests (not the dev or probe wording): each names a word no row had before.

use crate::support::check;

#[test]
fn envoys_sent_home_ousted_or_ordered_out_are_expulsions() {
    check(
        "en",
        "Denmark sent home three Iranian embassy officials on Friday.",
        &["SANCTION DNK>IRN"],
    );
    check(
        "en",
        "Slovakia ousted a Russian military attache over spying.",
        &["SANCTION SVK>RUS"],
    );
    check(
        "en",
        "Bulgaria booted out two Russian consular officials.",
        &["SANCTION BGR>RUS"],
    );
    check(
        "ru",
        "Болгария выгнала двух российских дипломатов.",
        &["SANCTION BGR>RUS"],
    );
    check(
        "ru",
        "Словакия выставила из страны российского атташе.",
        &["SANCTION SVK>RUS"],
    );
    check(
        "ru",
        "Литва потребовала от белорусского консула покинуть страну.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "ru",
        "Эстония признала российского дипломата персоной нон грата.",
        &["SANCTION EST>RUS"],
    );
    check("ar", "أبعدت تونس القنصل الليبي.", &["SANCTION TUN>LBY"]);
    check(
        "ar",
        "اعتبرت الكويت الدبلوماسي الإيراني شخصاً غير مرغوب فيه.",
        &["SANCTION KWT>IRN"],
    );
}

#[test]
fn relations_broken_off_in_other_words_are_a_severance() {
    check(
        "ru",
        "Молдавия прервала дипломатические отношения с Белоруссией.",
        &["SANCTION MDA>BLR"],
    );
    check(
        "ru",
        "Гватемала оборвала дипотношения с Тайванем.",
        &["SANCTION GTM>TWN"],
    );
}

#[test]
fn blame_laid_on_a_state_or_a_state_held_responsible_is_an_accusation() {
    check(
        "en",
        "Greece held Turkey responsible for the migrant surge.",
        &["ACCUSE GRC>TUR"],
    );
    check(
        "en",
        "Armenia pointed the finger at Azerbaijan over the blockade.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "en",
        "Cuba railed against the United States over the embargo.",
        &["ACCUSE CUB>USA"],
    );
    check(
        "ru",
        "Армения возложила вину за срыв переговоров на Азербайджан.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "ru",
        "Сербия возмутилась решением Хорватии.",
        &["ACCUSE SRB>HRV"],
    );
}

#[test]
fn a_response_promised_or_a_caution_is_a_threat() {
    check(
        "en",
        "Japan cautioned China against unilateral changes to the status quo.",
        &["THREATEN JPN>CHN"],
    );
    check(
        "en",
        "Washington put Pyongyang on notice over its missile tests.",
        &["THREATEN USA>PRK"],
    );
}

#[test]
fn a_ship_captured_or_people_locked_up_are_coercion() {
    check(
        "en",
        "Venezuela captured a Guyanese fishing vessel.",
        &["COERCE VEN>GUY"],
    );
    check(
        "en",
        "Belarus locked up two Lithuanian activists.",
        &["COERCE BLR>LTU"],
    );
}

#[test]
fn troops_concentrated_or_gathered_are_a_mobilisation() {
    check(
        "en",
        "Serbia gathered armoured units near the Kosovo boundary.",
        &["MOBILIZE {SRB}"],
    );
}

#[test]
fn a_veto_cast_or_a_proposal_thrown_out_or_answered_with_a_refusal_is_a_rejection() {
    check(
        "en",
        "Israel shot down the Egyptian proposal for a truce.",
        &["REJECT ISR>EGY"],
    );
    check("ru", "Грузия отмела претензии России.", &["REJECT GEO>RUS"]);
    check(
        "ar",
        "ردت إثيوبيا بالرفض على المقترح المصري.",
        &["REJECT ETH>EGY"],
    );
}

#[test]
fn backing_given_or_standing_with_a_state_is_support() {
    check(
        "en",
        "Poland stood shoulder to shoulder with Ukraine.",
        &["SUPPORT POL>UKR"],
    );
    check(
        "en",
        "Senegal saluted Gambia's peaceful transfer of power.",
        &["SUPPORT SEN>GMB"],
    );
    check("ar", "أكد الأردن وقوفه إلى جانب مصر.", &["SUPPORT JOR>EGY"]);
    check(
        "ar",
        "نوهت الكويت بجهود قطر في الوساطة.",
        &["SUPPORT KWT>QAT"],
    );
}

#[test]
fn a_deposit_placed_a_loan_rolled_over_or_relief_flown_is_aid() {
    check(
        "ar",
        "ضخت الإمارات عشرة مليارات دولار في الاقتصاد المصري.",
        &["AID ARE>EGY"],
    );
}

#[test]
fn views_exchanged_or_a_dialogue_held_is_consultation() {
    check(
        "en",
        "Brazil and Argentina exchanged views on the trade bloc's future.",
        &["CONSULT {ARG+BRA}"],
    );
}

#[test]
fn ties_upgraded_an_understanding_reached_or_pen_put_to_paper_is_an_agreement() {
    check(
        "en",
        "Vietnam and Australia upgraded their relations to a comprehensive strategic partnership.",
        &["AGREE {AUS+VNM}"],
    );
    check(
        "ru",
        "Армения и Грузия достигли взаимопонимания по транзиту.",
        &["AGREE {ARM+GEO}"],
    );
}

#[test]
fn a_state_approached_for_a_loan_is_a_request() {
    check(
        "en",
        "Kenya approached the United Arab Emirates for an emergency loan.",
        &["REQUEST KEN>ARE"],
    );
}

#[test]
fn aircraft_sent_into_a_states_airspace_are_a_military_move() {
    check(
        "en",
        "Russia sent bombers into Japan's air defence identification zone.",
        &["MOBILIZE RUS>JPN"],
    );
    check(
        "ru",
        "Китай направил бомбардировщики в зону ПВО Японии.",
        &["MOBILIZE CHN>JPN"],
    );
}

#[test]
fn a_military_target_struck_is_an_assault() {
    check("ar", "ضربت إسرائيل مواقع في سوريا.", &["ASSAULT ISR>SYR"]);
}

#[test]
fn the_imperfect_of_an_arabic_family_written_in_the_perfect() {}

#[test]
fn the_present_of_a_russian_verb_whose_partner_was_missing() {
    check(
        "ru",
        "Россия сосредотачивает войска у границы с Грузией.",
        &["MOBILIZE RUS>GEO"],
    );
    check(
        "ru",
        "Армения отметает претензии Азербайджана.",
        &["REJECT ARM>AZE"],
    );
}

#[test]
fn the_imperfect_of_an_arabic_family_written_in_the_perfect_only() {
    check(
        "ar",
        "تغلق روسيا قنصلية بولندا في كالينينغراد.",
        &["SANCTION RUS>POL"],
    );
    check(
        "ar",
        "تقطع الجزائر العلاقات مع المغرب.",
        &["SANCTION DZA>MAR"],
    );
    check(
        "ar",
        "تسلم مصر احتجاجاً رسمياً إلى إسرائيل.",
        &["PROTEST EGY>ISR"],
    );
}
