//! Session 35 (actors): a veto of a draft is aimed at the draft's author, not at the council it is put to
//! (eval/README: "a veto is `REJECT` aimed at the draft's author"), and a complaint lodged with a body
//! against a state accuses that state, the body being only where it is lodged. Sentences written for these
//! tests.

use crate::support::check;

#[test]
fn a_veto_of_a_draft_is_aimed_at_its_author() {
    check(
        "en",
        "Moscow vetoed a Security Council resolution drafted by Ukraine and Britain on Thursday.",
        &["REJECT RUS>GBR+UKR"],
    );
    check(
        "en",
        "China used its veto on Wednesday against a French-sponsored Security Council draft on Syria.",
        &["REJECT CHN>FRA"],
    );
    check(
        "en",
        "The United States vetoed Algeria's draft resolution in the Security Council.",
        &["REJECT USA>DZA"],
    );
    // (No author named: the council it was put to stays the target.)
    check(
        "en",
        "The United States vetoed a Security Council resolution on the ceasefire.",
        &["REJECT USA>UNSC"],
    );
}

#[test]
fn a_russian_veto_of_a_draft_is_aimed_at_its_author() {
    check(
        "ru",
        "Франция наложила вето на японский проект резолюции Совбеза ООН в пятницу.",
        &["REJECT FRA>JPN"],
    );
    check(
        "ru",
        "Китай в среду наложил вето на проект резолюции, предложенный Германией и Бельгией.",
        &["REJECT CHN>BEL+DEU"],
    );
    check(
        "ru",
        "США наложили вето на проект резолюции Совета Безопасности ООН, подготовленный Алжиром.",
        &["REJECT USA>DZA"],
    );
}

#[test]
fn an_arabic_veto_of_a_draft_is_aimed_at_its_author() {
    check(
        "ar",
        "استخدمت الصين الخميس حق النقض ضد مشروع قرار ياباني في مجلس الأمن الدولي.",
        &["REJECT CHN>JPN"],
    );
    check(
        "ar",
        "استخدمت روسيا حق النقض في مجلس الأمن ضد مشروع قرار أعدته ألمانيا وبلجيكا حول المساعدات.",
        &["REJECT RUS>BEL+DEU"],
    );
    check(
        "ar",
        "استخدمت فرنسا حق النقض في مجلس الأمن ضد مشروع قرار تقدمت به الأرجنتين.",
        &["REJECT FRA>ARG"],
    );
}

#[test]
fn a_complaint_with_a_body_against_a_state_accuses_the_state() {
    check(
        "en",
        "Iraq filed a formal complaint with the Security Council against Turkey on Sunday.",
        &["ACCUSE IRQ>TUR"],
    );
    check(
        "en",
        "Armenia submitted a complaint to the Security Council against Azerbaijan.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "en",
        "Kenya lodged a complaint against Somalia with the UN Security Council over the border.",
        &["ACCUSE KEN>SOM"],
    );
    check(
        "ar",
        "قدمت العراق شكوى رسمية إلى مجلس الأمن ضد تركيا.",
        &["ACCUSE IRQ>TUR"],
    );
    check(
        "ar",
        "رفعت كينيا شكوى إلى مجلس الأمن الدولي ضد الصومال يوم الأحد.",
        &["ACCUSE KEN>SOM"],
    );
    check(
        "ar",
        "تقدمت أرمينيا بشكوى ضد أذربيجان إلى مجلس الأمن.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "ru",
        "Ирак направил в Совет Безопасности ООН жалобу на Турцию.",
        &["ACCUSE IRQ>TUR"],
    );
    check(
        "ru",
        "Кения подала в СБ ООН жалобу на Сомали.",
        &["ACCUSE KEN>SOM"],
    );
}

#[test]
fn an_arabic_request_is_aimed_at_the_one_asked_with_min() {
    check(
        "ar",
        "طلبت الكويت من مجلس الأمن عقد جلسة طارئة بشأن النزاع مع العراق.",
        &["REQUEST KWT>UNSC"],
    );
    check(
        "ar",
        "طلبت باكستان من الصين الوساطة في خلافها مع الهند.",
        &["REQUEST PAK>CHN"],
    );
    check(
        "ar",
        "طالبت مصر يوم الأحد من الولايات المتحدة الضغط على إثيوبيا.",
        &["REQUEST EGY>USA"],
    );
}
