//! Session 36 (actors): the topic of a draft a veto falls on ("a draft resolution on Syria", «проект
//! резолюции по Сирии», "مشروع قرار بشأن سوريا") is what the draft is about, not whom the veto is aimed at:
//! the author when one is named (session 35), else the council named beside it, else no one. Sentences
//! written for these tests.

use crate::support::check;

#[test]
fn the_topic_of_a_vetoed_draft_is_no_target() {
    check(
        "en",
        "China vetoed a draft Security Council resolution on Myanmar on Friday.",
        &["REJECT CHN>UNSC"],
    );
    check(
        "en",
        "Russia blocked a draft resolution on Syria at the Security Council.",
        &["REJECT RUS>UNSC"],
    );
    check(
        "en",
        "The United States vetoed a Security Council draft about Venezuela on Tuesday.",
        &["REJECT USA>UNSC"],
    );
    // (The author still wins over the council.)
    check(
        "en",
        "Moscow vetoed a Security Council resolution over Ukraine that Albania had drafted.",
        &["REJECT RUS>ALB"],
    );
}

#[test]
fn the_topic_of_a_russian_vetoed_draft_is_no_target() {
    check(
        "ru",
        "Китай наложил вето на проект резолюции Совбеза ООН о Мьянме во вторник.",
        &["REJECT CHN>UNSC"],
    );
    check(
        "ru",
        "США в четверг наложили вето на проект резолюции СБ ООН по Венесуэле, подготовленный Россией.",
        &["REJECT USA>RUS"],
    );
    check(
        "ru",
        "Россия заблокировала в Совбезе ООН проект решения по Ливии.",
        &["REJECT RUS>UNSC"],
    );
}

#[test]
fn the_topic_of_an_arabic_vetoed_draft_is_no_target() {
    check(
        "ar",
        "استخدمت روسيا حق النقض ضد مشروع قرار في مجلس الأمن بشأن سوريا.",
        &["REJECT RUS>UNSC"],
    );
    check(
        "ar",
        "استخدمت الصين يوم الجمعة الفيتو ضد مشروع قرار لمجلس الأمن حول ميانمار.",
        &["REJECT CHN>UNSC"],
    );
    check(
        "ar",
        "استخدمت الولايات المتحدة حق النقض في مجلس الأمن ضد مشروع قرار بريطاني بشأن فنزويلا.",
        &["REJECT USA>GBR"],
    );
}
