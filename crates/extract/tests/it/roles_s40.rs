//! Session 40 (roles, issue 3 item 2: who is source, who is target). Sentences written for these tests.
//!
//! The role failures of dev/*_h32–_h34 grouped by construction: the largest group seen in all three
//! languages was a withdrawal of troops whose target — the state the troops leave — was lost or merged
//! into the doers (dev/*_h34-004, -017, -022, -023: "Soviet troops will leave Austria", "pull six tank
//! divisions out of …", "the Soviet forces stationed in his country", "signed an agreement on pulling out
//! the Soviet forces" coded {CSK+SUN}). Three mechanisms:
//! - troops named with where they are stationed ("the troops stationed in Moldova", «войска,
//!   размещённые в Молдавии», «القوات المرابطة في مولدوفا») leave that state (`Coder::stationed_in`);
//! - a withdrawal that is the content of an act of two or more parties (an agreement on it) is done by
//!   the one whose adjective qualifies the troops and aimed at the others (`Coder::troop_owner`), and is
//!   still to come (an agreement "on" / «о» it, as "agreed to" already was);
//! - a bare verb joined by "and" to a predicate under "would" shares the "would" ("would cut its forces
//!   … and pull its troops out of …", `Coder::en_would_conjunct`).

use crate::support::check;

#[test]
fn english_troops_stationed_in_a_state_leave_it() {
    check(
        "en",
        "France began withdrawing its soldiers deployed in Mali on Monday.",
        &["RETREAT FRA>MLI"],
    );
    check(
        "en",
        "The Kremlin said on Friday it had pulled out the paratroopers based in Kazakhstan.",
        &["RETREAT RUS>KAZ"],
    );
    check(
        "en",
        "Turkey will withdraw the troops stationed in Libya next year.",
        &["RETREAT TUR>LBY expected"],
    );
}

#[test]
fn russian_troops_stationed_in_a_state_leave_it() {
    check(
        "ru",
        "Россия начала вывод своих войск, размещённых в Молдавии.",
        &["RETREAT RUS>MDA"],
    );
    check(
        "ru",
        "Франция в понедельник вывела солдат, дислоцированных в Мали.",
        &["RETREAT FRA>MLI"],
    );
    check(
        "ru",
        "В пятницу Турция завершила вывод военнослужащих, находящихся в Ливии.",
        &["RETREAT TUR>LBY"],
    );
}

#[test]
fn arabic_troops_stationed_in_a_state_leave_it() {
    check(
        "ar",
        "بدأت روسيا سحب قواتها المرابطة في مولدوفا.",
        &["RETREAT RUS>MDA"],
    );
    check(
        "ar",
        "سحبت فرنسا جنودها المتمركزين في مالي يوم الاثنين.",
        &["RETREAT FRA>MLI"],
    );
    check(
        "ar",
        "أكملت تركيا يوم الجمعة سحب قواتها الموجودة في ليبيا.",
        &["RETREAT TUR>LBY"],
    );
}

#[test]
fn english_an_agreed_withdrawal_is_the_troops_owners_and_still_to_come() {
    check(
        "en",
        "Moldova and Russia signed an agreement the same day on withdrawing the Russian soldiers.",
        &["AGREE {MDA+RUS}", "RETREAT RUS>MDA expected"],
    );
    check(
        "en",
        "Kazakhstan and Russia on Friday signed a deal on pulling out the Russian forces.",
        &["AGREE {KAZ+RUS}", "RETREAT RUS>KAZ expected"],
    );
    check(
        "en",
        "Georgia and Russia signed an agreement on Monday on withdrawing the Russian troops stationed in Georgia.",
        &["AGREE {GEO+RUS}", "RETREAT RUS>GEO expected"],
    );
}

#[test]
fn russian_an_agreed_withdrawal_is_the_troops_owners_and_still_to_come() {
    check(
        "ru",
        "Молдавия и Россия подписали соглашение о выводе российских войск.",
        &["AGREE {MDA+RUS}", "RETREAT RUS>MDA expected"],
    );
    check(
        "ru",
        "Армения и Россия в понедельник подписали соглашение о выводе российских военнослужащих из страны.",
        &["AGREE {ARM+RUS}", "RETREAT RUS>ARM expected"],
    );
    check(
        "ru",
        "Казахстан и Россия подписали соглашение о выводе российских подразделений.",
        &["AGREE {KAZ+RUS}", "RETREAT RUS>KAZ expected"],
    );
}

#[test]
fn arabic_an_agreed_withdrawal_is_the_troops_owners() {
    check(
        "ar",
        "وقعت مولدوفا وروسيا اتفاقاً على سحب القوات الروسية.",
        &["AGREE {MDA+RUS}", "RETREAT RUS>MDA expected"],
    );
    check(
        "ar",
        "وقعت أرمينيا وروسيا يوم الاثنين اتفاقاً على سحب القوات الروسية من أراضيها.",
        &["AGREE {ARM+RUS}", "RETREAT RUS>ARM expected"],
    );
    check(
        "ar",
        "وقعت كازاخستان وروسيا اتفاقية على سحب الجنود الروس.",
        &["AGREE {KAZ+RUS}", "RETREAT RUS>KAZ expected"],
    );
}

#[test]
fn a_withdrawal_of_divisions_and_troops_leaving_after_a_fronted_agreement() {
    check(
        "en",
        "Russia will pull two motor rifle divisions out of Armenia by the spring.",
        &["RETREAT RUS>ARM expected"],
    );
    check(
        "en",
        "Under the agreement Turkish troops will leave Libya by the end of the year.",
        &["RETREAT TUR>LBY expected"],
    );
    check(
        "ru",
        "Россия выведет две мотострелковые дивизии из Армении к весне.",
        &["RETREAT RUS>ARM expected"],
    );
    check(
        "ar",
        "ستغادر القوات التركية ليبيا قبل نهاية العام.",
        &["RETREAT TUR>LBY expected"],
    );
    check(
        "ar",
        "وبموجب الاتفاق ستغادر القوات الروسية أرمينيا بحلول الربيع.",
        &["RETREAT RUS>ARM expected"],
    );
}

#[test]
fn english_a_bare_verb_after_would_and_is_still_to_come() {
    check(
        "en",
        "Putin said that Russia would cut its forces in the region by ten thousand men and pull its troops out of Syria.",
        &["RETREAT RUS>SYR expected"],
    );
    check(
        "en",
        "Paris said France would close its base and withdraw its soldiers from Chad next year.",
        &["RETREAT FRA>TCD expected"],
    );
    check(
        "en",
        "Ankara said it would hold no talks and pull its troops out of Iraq within a month.",
        &["RETREAT TUR>IRQ expected"],
    );
    // (A verb in "-ed" after the "and" is a predicate of its own, told as done.)
    check(
        "en",
        "Tokyo said it would study the claim carefully and expelled two Chinese diplomats on Monday.",
        &["SANCTION JPN>CHN"],
    );
}
