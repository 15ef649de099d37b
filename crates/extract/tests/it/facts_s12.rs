//! Session-12 facts mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change: compound sums whose parts are number words, the cost of a project as an investment,
//! the head noun of a bloc's name pointing back to it, and a list after a bloc that a cue already claimed.
//! Notation of `facts_support`.

use crate::facts_support;

use facts_support::{amounts, membership_dates, memberships};

#[test]
fn a_compound_sum_may_write_either_part_in_words() {
    amounts(
        "ar",
        "اشترت مصر شحنات غاز مسال من قطر بمليار ومئتي مليون دولار.",
        &["energy 1200000000 USD"],
    );
    amounts(
        "ar",
        "خصص الاتحاد الأوروبي ثلاثة مليارات وخمسمئة مليون يورو مساعدات للاجئين.",
        &["aid 3500000000 EUR"],
    );
    amounts(
        "ru",
        "Москва выделит Бишкеку кредит в миллиард двести миллионов рублей.",
        &["loan 1200000000 RUB"],
    );
}

#[test]
fn the_cost_of_a_project_is_an_investment() {
    amounts(
        "en",
        "The port project in Gwadar is valued at about $3 billion.",
        &["investment 3000000000 USD about"],
    );
    amounts(
        "ar",
        "وتبلغ قيمة مشروع الممر الاقتصادي بين الصين وباكستان 45 مليار دولار.",
        &["investment 45000000000 USD"],
    );
    amounts(
        "ru",
        "Стоимость проекта нового порта в Латакии оценивается в 3 млрд долларов.",
        &["investment 3000000000 USD"],
    );
}

#[test]
fn the_head_noun_of_a_blocs_name_points_back_to_it() {
    membership_dates(
        "en",
        "Leaders of SAARC gathered in Kathmandu. Afghanistan, which joined the association in 2007, sent its president.",
        &["SAARC/AFG/member 2007"],
    );
    membership_dates(
        "en",
        "OPEC ministers met in Vienna. Gabon, which rejoined the cartel in 2016, backed the cuts.",
        &["OPEC/GAB/member 2016"],
    );
    membership_dates(
        "ar",
        "استضافت باكو قمة حركة عدم الانحياز عام 2019. وكانت أذربيجان قد انضمت إلى الحركة عام 2011.",
        &["NON_ALIGNED/AZE/member 2011"],
    );
    membership_dates(
        "ru",
        "Министры ОПЕК собрались в Вене. Габон вернулся в картель в 2016 году.",
        &["OPEC/GAB/member 2016"],
    );
}

#[test]
fn a_list_after_a_bloc_that_a_cue_claimed_is_no_second_claim() {
    memberships(
        "ru",
        "Страны-основательницы ОПЕК — Иран, Ирак, Кувейт, Саудовская Аравия и Венесуэла.",
        &[
            "OPEC/IRN/founder",
            "OPEC/IRQ/founder",
            "OPEC/KWT/founder",
            "OPEC/SAU/founder",
            "OPEC/VEN/founder",
        ],
    );
    memberships(
        "en",
        "The founding members of the SCO: China, Russia and Kazakhstan.",
        &["SCO/CHN/founder", "SCO/RUS/founder", "SCO/KAZ/founder"],
    );
    memberships(
        "ar",
        "الدول المؤسسة لمجلس التعاون الخليجي: السعودية والكويت.",
        &["GCC/SAU/founder", "GCC/KWT/founder"],
    );
}

#[test]
fn a_state_holding_a_blocs_chair_is_its_member_without_the_offices_date() {
    membership_dates(
        "en",
        "Egypt, the current chair of the Non-Aligned Movement, called for a ceasefire.",
        &["NON_ALIGNED/EGY/member -"],
    );
    membership_dates(
        "en",
        "Hungary took over the rotating presidency of the European Union in July 2024.",
        &["EU/HUN/member -"],
    );
    membership_dates(
        "en",
        "Nepal, the current SAARC chair, proposed a summit.",
        &["SAARC/NPL/member -"],
    );
    membership_dates(
        "ar",
        "تسلمت المجر الرئاسة الدورية للاتحاد الأوروبي في يوليو/تموز 2024.",
        &["EU/HUN/member -"],
    );
    membership_dates(
        "ar",
        "تتولى لاوس الرئاسة الدورية لرابطة آسيان هذا العام.",
        &["ASEAN/LAO/member -"],
    );
    membership_dates(
        "ru",
        "Россия, председательствовавшая в БРИКС в 2024 году, провела саммит в Казани.",
        &["BRICS/RUS/member -"],
    );
    membership_dates(
        "ru",
        "Египет, председательствующий в Движении неприсоединения, призвал к прекращению огня.",
        &["NON_ALIGNED/EGY/member -"],
    );
}

#[test]
fn an_apposition_set_off_by_commas_states_a_fact_whatever_the_verb_before_it() {
    memberships(
        "ar",
        "دعت تركيا، العضو في حلف شمال الأطلسي، إلى وقف إطلاق النار.",
        &["NATO/TUR/member"],
    );
    memberships(
        "ar",
        "دعت مصر، الرئيس الحالي لحركة عدم الانحياز، إلى وقف إطلاق النار.",
        &["NON_ALIGNED/EGY/member"],
    );
    memberships(
        "ar",
        "طالبت الجزائر، العضو في منظمة أوبك، بخفض الإنتاج.",
        &["OPEC/DZA/member"],
    );
}

#[test]
fn verbs_and_nouns_of_joining_and_leaving_the_dev_sets_never_used() {
    membership_dates(
        "en",
        "Morocco walked out of the Organisation of African Unity in 1984.",
        &["AU/MAR/former 1984"],
    );
    membership_dates(
        "ru",
        "Принятие Белоруссии в ШОС состоялось в июле 2024 года.",
        &["SCO/BLR/member 2024-07"],
    );
    memberships(
        "ru",
        "Саммит одобрил принятие Ирана в ШОС.",
        &["SCO/IRN/member"],
    );
}
