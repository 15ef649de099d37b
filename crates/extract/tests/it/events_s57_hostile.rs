//! Session 57 hostile vocabulary (the `s57h-*` trigger families of `data/events/triggers_*.csv`), one test per
//! family and language it was written for, and the session-58 reading of a gapped English trigger ending in
//! "to": the actor named inside the gap is what is handed, the one right after "to" the recipient. Sentences
//! written for these tests.

use crate::support::check;

#[test]
fn putting_talks_or_a_loan_on_hold_is_a_sanction() {
    check(
        "en",
        "The European Union put its trade talks with Turkey on hold after the crackdown.",
        &["SANCTION EU>TUR"],
    );
    check(
        "en",
        "Japan placed a planned loan to Myanmar on hold after the coup.",
        &["SANCTION JPN>MMR"],
    );
}

#[test]
fn a_nuclear_test_is_a_mobilization_of_the_testing_state() {
    check(
        "en",
        "The Soviet Union exploded its first atomic bomb in Kazakhstan in 1949.",
        &["MOBILIZE {SUN}"],
    );
    check(
        "en",
        "India detonated a nuclear device in the Rajasthan desert.",
        &["MOBILIZE {IND}"],
    );
    check(
        "en",
        "North Korea conducted the test launch of an intercontinental missile.",
        &["MOBILIZE {PRK}"],
    );
    check(
        "ru",
        "Северная Корея взорвала ядерный заряд на полигоне Пунгери.",
        &["MOBILIZE {PRK}"],
    );
    check(
        "ar",
        "فجرت الهند عبوة نووية في صحراء راجستان.",
        &["MOBILIZE {IND}"],
    );
}

#[test]
fn a_snap_inspection_or_combat_readiness_is_a_mobilization() {
    check(
        "en",
        "Russia ordered a snap inspection of its Pacific Fleet near Japan.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "ar",
        "أجرت روسيا تفتيشا مفاجئا لقوات أسطول المحيط الهادئ.",
        &["MOBILIZE {RUS}"],
    );
    // A military district's name sits between the verb and the readiness it is brought to; "Western"
    // there names a Russian command, not the West.
    check(
        "ru",
        "Путин приказал привести войска Западного военного округа в полную боевую готовность.",
        &["MOBILIZE {RUS}"],
    );
}

#[test]
fn forces_beginning_to_patrol_are_a_mobilization() {
    check(
        "en",
        "Russian military police began patrolling the town of Manbij.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "ru",
        "Российская военная полиция приступила к патрулированию Манбиджа.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "ar",
        "بدأت الشرطة العسكرية الروسية دوريات في مدينة منبج.",
        &["MOBILIZE {RUS}"],
    );
}

#[test]
fn a_territory_or_base_handed_over_is_a_retreat_aimed_at_the_recipient() {
    check(
        "en",
        "The United States returned the Okinawa islands to Japan in 1972.",
        &["RETREAT USA>JPN"],
    );
    check(
        "en",
        "Britain handed the territory over to China in 1997.",
        &["RETREAT GBR>CHN"],
    );
    check(
        "ru",
        "Россия передала Таджикистану военную базу в Душанбе.",
        &["RETREAT RUS>TJK"],
    );
    check(
        "ar",
        "أعادت الولايات المتحدة قاعدة كلارك الجوية إلى الفلبين.",
        &["RETREAT USA>PHL"],
    );
}

#[test]
fn a_place_named_inside_a_gapped_trigger_ending_in_to_is_what_is_handed() {
    check(
        "en",
        "Britain handed Hong Kong over to China in 1997.",
        &["RETREAT GBR>CHN"],
    );
    check(
        "en",
        "Portugal handed Macau over to China in 1999.",
        &["RETREAT PRT>CHN"],
    );
}

#[test]
fn troops_beginning_to_leave_are_a_retreat() {
    check(
        "ru",
        "Американские войска начали покидать Афганистан.",
        &["RETREAT USA>AFG"],
    );
}

#[test]
fn a_prisoner_exchange_or_a_detainee_let_go_is_a_retreat() {
    check(
        "ru",
        "Россия и США обменялись осужденными в аэропорту Абу-Даби.",
        &["RETREAT {RUS+USA}"],
    );
    check(
        "en",
        "Iran allowed the detained French researcher to leave the country.",
        &["RETREAT IRN>FRA"],
    );
    check(
        "ru",
        "Иран разрешил французской исследовательнице вылететь во Францию.",
        &["RETREAT IRN>FRA"],
    );
}

#[test]
fn accepting_a_ruling_or_terms_is_a_concession() {
    check(
        "en",
        "Colombia accepted the court ruling on the maritime border with Nicaragua.",
        &["CONCEDE COL>NIC"],
    );
    check(
        "ar",
        "أعلنت كولومبيا قبولها حكم محكمة العدل الدولية بشأن الحدود مع نيكاراغوا.",
        &["CONCEDE COL>NIC"],
    );
    check(
        "ru",
        "Сербия приняла условия Евросоюза по Косово.",
        &["CONCEDE SRB>EU"],
    );
}

#[test]
fn an_entry_ban_is_a_sanction_on_the_banned_persons_state() {
    check(
        "ar",
        "منعت روسيا رئيس الوزراء البريطاني من دخول أراضيها.",
        &["SANCTION RUS>GBR"],
    );
}
