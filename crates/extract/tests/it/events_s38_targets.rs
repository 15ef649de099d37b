//! Session 38 (targets, issue 3 item 2: who is source, who is target). Sentences written for these tests.
//!
//! A signing is symmetric: a signing verb that finds one signatory as its subject and the other side after
//! with/مع/с — a company standing for its state included — signs one deal of both, every party in `source`
//! (eval/README: `X and Y signed`, `signed a deal with`). Joining a bloc is no such deal: "signed up to"
//! and a bloc on the other side keep the bloc as the target.

use crate::support::check;

#[test]
fn an_english_signing_with_a_company_is_symmetric() {
    check(
        "en",
        "Kazakhstan's state nuclear company signed a uranium supply contract with a subsidiary of Rosatom on Friday.",
        &["AGREE {KAZ+RUS}", "COOPERATE KAZ>RUS"],
    );
    check(
        "en",
        "Georgia signed up to NATO's Partnership for Peace in 1994.",
        &["AGREE GEO>NATO"],
    );
}

#[test]
fn a_russian_signing_with_a_company_is_symmetric() {
    check(
        "ru",
        "Узбекистан подписал с «Газпромом» соглашение о разведке месторождений.",
        &["AGREE {RUS+UZB}"],
    );
    check(
        "ru",
        "Сербская компания NIS подписала с «Газпром нефтью» меморандум.",
        &["AGREE {RUS+SRB}"],
    );
    check(
        "ru",
        "Армения подписала договор о присоединении к ЕАЭС.",
        &["AGREE ARM>EAEU"],
    );
}

#[test]
fn an_arabic_signing_with_a_company_is_symmetric() {
    check(
        "ar",
        "وقّعت شركة أرامكو السعودية وشركة سينوبك الصينية اتفاقية لبناء مصفاة.",
        &["AGREE {CHN+SAU}"],
    );
    check(
        "ar",
        "وقّعت الجزائر مع شركة غازبروم الروسية مذكرة تفاهم للتنقيب عن الغاز.",
        &["AGREE {DZA+RUS}"],
    );
}
