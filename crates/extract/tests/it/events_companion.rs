//! The second act of a meeting (`events/companion.rs`): a deal signed, praise voiced or a promise given
//! on a visit or in talks, found with one side only, takes the other from the meeting — in each language,
//! on sentences written for these tests (not from any eval set).

use crate::support;

#[test]
fn a_deal_signed_on_a_visit_is_between_the_visitor_and_the_host() {
    support::check(
        "en",
        "The Iraqi prime minister visited Tehran on Sunday and signed a pact on border security.",
        &["CONSULT IRQ>IRN", "AGREE {IRN+IRQ}"],
    );
    support::check(
        "ar",
        "زار وزير الخارجية الإيراني بغداد يوم الأحد، ووقع اتفاقاً أمنياً.",
        &["CONSULT IRN>IRQ", "AGREE {IRN+IRQ}"],
    );
    support::check(
        "ru",
        "Премьер Индии посетил Вену во вторник и подписал соглашение о сотрудничестве.",
        &["CONSULT IND>AUT", "AGREE {AUT+IND}"],
    );
    support::check(
        "ru",
        "Президент Вьетнама посетил Пекин в августе и подписал пакет документов о торговле.",
        &["CONSULT VNM>CHN", "AGREE {CHN+VNM}"],
    );
}

#[test]
fn an_act_voiced_at_a_meeting_is_aimed_at_the_other_side() {
    support::check(
        "en",
        "Modi met Putin at the Kremlin on Tuesday, and Putin praised him for his independent policy.",
        &["CONSULT IND>RUS", "SUPPORT RUS>IND"],
    );
    // A promise by the host is given to the guest.
    support::check(
        "en",
        "Scholz received Ruto in Berlin and agreed to a labour migration deal.",
        &["CONSULT KEN>DEU", "AGREE DEU>KEN"],
    );
    support::check(
        "ar",
        "التقى ولي العهد السعودي الرئيس الصيني في بكين، وأشاد به.",
        &["CONSULT SAU>CHN", "SUPPORT SAU>CHN"],
    );
}

#[test]
fn the_meeting_named_again_is_no_second_act() {
    // "a state visit" after "arrived" is the same visit; the talks it names have their own partner.
    support::check(
        "en",
        "Xi Jinping arrived in Astana for a state visit on Wednesday.",
        &["CONSULT CHN>KAZ"],
    );
    support::check(
        "ru",
        "Президент Монголии прибыл в Токио с государственным визитом.",
        &["CONSULT MNG>JPN"],
    );
}
