//! Session 51 (vocab): the trigger families of `tools/trigger_classes.py` block "Session 51 (vocab)" and the
//! hand rows beside them, one test per family in the languages where it exists, on sentences written for these
//! tests (not the dev wording): each names a verb or noun of the family that no row had before.

use crate::support::check;

#[test]
fn paying_tribute_or_speaking_highly_of_a_state_is_praise() {
    check(
        "en",
        "Chile paid a warm tribute to Uruguay for hosting the refugees.",
        &["SUPPORT CHL>URY"],
    );
    check(
        "en",
        "The Indonesian president spoke highly of Malaysia's flood relief work.",
        &["SUPPORT IDN>MYS"],
    );
    check(
        "en",
        "Oman threw its weight behind Jordan's peace proposal.",
        &["SUPPORT OMN>JOR"],
    );
    check(
        "ru",
        "Египет воздал должное Иордании за посредничество.",
        &["SUPPORT EGY>JOR"],
    );
    check(
        "ru",
        "Министр иностранных дел Казахстана высоко отозвался о работе Киргизии.",
        &["SUPPORT KAZ>KGZ"],
    );
}

#[test]
fn extending_recognition_to_a_state_or_government_is_support() {
    check(
        "en",
        "Mexico extended diplomatic recognition to the new Bolivian government in 1952.",
        &["SUPPORT MEX>BOL"],
    );
    check(
        "en",
        "India accorded formal recognition to Bangladesh in December 1971.",
        &["SUPPORT IND>BGD"],
    );
    check(
        "ru",
        "Румыния признала новое правительство Сирии.",
        &["SUPPORT ROU>SYR"],
    );
}

#[test]
fn asking_forgiveness_or_admitting_ones_fault_is_a_concession() {
    check(
        "en",
        "Italy asked Libya for forgiveness for the colonial occupation.",
        &["CONCEDE ITA>LBY"],
    );
    check(
        "en",
        "Austria expressed deep remorse to Israel for the crimes of the war years.",
        &["CONCEDE AUT>ISR"],
    );
    check(
        "en",
        "Canada admitted its mistake in the dispute with India.",
        &["CONCEDE CAN>IND"],
    );
    check(
        "ru",
        "Франция попросила прощения у Алжира за колониальные преступления.",
        &["CONCEDE FRA>DZA"],
    );
    check(
        "ru",
        "Турция признала свою вину перед Грецией за инцидент.",
        &["CONCEDE TUR>GRC"],
    );
    check(
        "ar",
        "طلبت إيطاليا الصفح من ليبيا عن الحقبة الاستعمارية.",
        &["CONCEDE ITA>LBY"],
    );
    check(
        "ar",
        "اعترفت كندا بخطئها في النزاع مع الهند.",
        &["CONCEDE CAN>IND"],
    );
}

#[test]
fn giving_way_under_a_states_pressure_is_a_concession() {
    check(
        "ru",
        "Молдавия подчинилась требованию России и отозвала законопроект.",
        &["CONCEDE MDA>RUS"],
    );
    check(
        "ar",
        "رضخت قبرص لضغوط تركيا وأوقفت التنقيب.",
        &["CONCEDE CYP>TUR"],
    );
}

#[test]
fn pulling_out_a_garrison_or_units_is_a_retreat() {
    check(
        "ru",
        "Великобритания вывела свой гарнизон из Белиза.",
        &["RETREAT GBR>BLZ"],
    );
    check("ar", "أخلت بريطانيا حاميتها من بليز.", &["RETREAT GBR>BLZ"]);
    check(
        "en",
        "Britain pulled out its garrison from Belize in 1994.",
        &["RETREAT GBR>BLZ"],
    );
    check(
        "ru",
        "Франция вывела свои подразделения из Нигера.",
        &["RETREAT FRA>NER"],
    );
    check("ar", "سحبت فرنسا وحداتها من النيجر.", &["RETREAT FRA>NER"]);
}

#[test]
fn taking_down_roadblocks_or_returning_what_was_seized_is_a_retreat() {
    check(
        "en",
        "Azerbaijan dismantled its roadblocks on the road to Armenia.",
        &["RETREAT AZE>ARM"],
    );
    check(
        "en",
        "Iran returned the seized British tanker to Britain.",
        &["RETREAT IRN>GBR"],
    );
    check(
        "ru",
        "Индия вернула Пакистану задержанные рыболовные суда.",
        &["RETREAT IND>PAK"],
    );
    check(
        "ar",
        "أعادت الهند إلى باكستان قوارب الصيد المحتجزة.",
        &["RETREAT IND>PAK"],
    );
}

#[test]
fn a_demarche_or_a_registered_protest_is_a_protest() {
    check(
        "en",
        "Greece made a formal demarche to Albania over the arrests.",
        &["PROTEST GRC>ALB"],
    );
    check(
        "ru",
        "Болгария сделала демарш Северной Македонии из-за высказываний премьера.",
        &["PROTEST BGR>MKD"],
    );
    check(
        "ar",
        "سجلت الجزائر احتجاجا رسميا لدى فرنسا على التصريحات.",
        &["PROTEST DZA>FRA"],
    );
}

#[test]
fn arresting_or_interning_a_states_nationals_is_coercion() {
    check(
        "en",
        "Sweden interned the crew of the Iranian vessel.",
        &["COERCE SWE>IRN"],
    );
    check(
        "ar",
        "ألقت تركيا القبض على ثلاثة مواطنين إيرانيين.",
        &["COERCE TUR>IRN"],
    );
    check(
        "ru",
        "Финляндия интернировала экипаж российского судна.",
        &["COERCE FIN>RUS"],
    );
}

#[test]
fn readiness_warships_or_reservists_are_a_mobilisation() {
    check(
        "en",
        "Pakistan placed its air force on a heightened state of readiness.",
        &["MOBILIZE {PAK}"],
    );
    check(
        "en",
        "France dispatched two frigates to the eastern Mediterranean.",
        &["MOBILIZE {FRA}"],
    );
    check(
        "en",
        "Armenia called up its reservists on Tuesday.",
        &["MOBILIZE {ARM}"],
    );
    check(
        "ru",
        "Белоруссия привела свои войска в состояние полной боевой готовности.",
        &["MOBILIZE {BLR}"],
    );
    check(
        "ru",
        "Турция направила в Эгейское море два фрегата.",
        &["MOBILIZE {TUR}"],
    );
    check(
        "ar",
        "رفعت إيران درجة الاستعداد في صفوف قواتها.",
        &["MOBILIZE {IRN}"],
    );
    check(
        "ar",
        "استدعت أرمينيا جنود الاحتياط يوم الثلاثاء.",
        &["MOBILIZE {ARM}"],
    );
}

#[test]
fn turning_to_a_state_for_help_or_soliciting_it_is_a_request() {
    check(
        "en",
        "Tunisia turned to Algeria for emergency loans.",
        &["REQUEST TUN>DZA"],
    );
    check(
        "ru",
        "Египет обратился к Саудовской Аравии за финансовой помощью.",
        &["REQUEST EGY>SAU"],
    );
    check(
        "ar",
        "سعت تونس إلى الحصول على قرض من الجزائر.",
        &["REQUEST TUN>DZA"],
    );
}

#[test]
fn a_joint_venture_or_work_done_together_is_cooperation() {
    check(
        "en",
        "Brazil and Paraguay opened a joint hydroelectric plant on the river.",
        &["COOPERATE {BRA+PRY}"],
    );
    check(
        "en",
        "Egyptian and Sudanese troops trained together near the border.",
        &["COOPERATE {EGY+SDN}"],
    );
    check(
        "ru",
        "Казахстан и Китай запустили совместное производство автобусов.",
        &["COOPERATE {CHN+KAZ}"],
    );
    check(
        "ru",
        "Египет и Судан совместно возводят плотину.",
        &["COOPERATE {EGY+SDN}"],
    );
    check(
        "ar",
        "أنشأت مصر والأردن منطقة صناعية مشتركة.",
        &["COOPERATE {EGY+JOR}"],
    );
    check(
        "ar",
        "طورت تركيا وأذربيجان معا طائرة مسيرة.",
        &["COOPERATE {AZE+TUR}"],
    );
}

#[test]
fn linking_grids_or_exchanging_data_is_cooperation() {
    check(
        "en",
        "Spain and Morocco linked their electricity grids.",
        &["COOPERATE {ESP+MAR}"],
    );
    check(
        "ru",
        "Литва и Польша синхронизировали свои энергосистемы.",
        &["COOPERATE {LTU+POL}"],
    );
    check(
        "ar",
        "ربطت مصر والسعودية شبكتي الكهرباء.",
        &["COOPERATE {EGY+SAU}"],
    );
    check(
        "ar",
        "تبادلت مصر والأردن البيانات حول حركة الملاحة.",
        &["COOPERATE {EGY+JOR}"],
    );
}
