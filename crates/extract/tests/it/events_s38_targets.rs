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
        // (Session 51: "supply" before "contract" is the noun naming the contract, no delivery done: a deal is the
        // AGREE that signs it, its deliveries count when done; `en_noun_homograph`.)
        &["AGREE {KAZ+RUS}"],
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

// A request addressed to a legislature or a court asks no state: "asked Congress for aid for Ukraine",
// «попросила судей обязать Британию», «طلبت الإكوادور من المحكمة»; the state named in what is asked for is
// no addressee (eval/README: a court is no party). A body named with its state ("the US Congress") is that
// state, and a capital stays the addressee.

#[test]
fn an_english_request_to_a_legislature_or_a_court_asks_no_state() {
    check(
        "en",
        "Joe Biden asked Congress on Tuesday for $24 billion in military aid for Ukraine.",
        &[],
    );
    check(
        "en",
        "Ecuador asked an arbitration tribunal to annul a loan from Brazil's development bank.",
        &[],
    );
    check(
        "en",
        "Argentina asked the judges to order Britain to halt oil drilling off the Falklands.",
        &["SANCTION ARG>GBR proposed"],
    );
    check(
        "en",
        "Ukraine asked the US Congress for more weapons.",
        &["REQUEST UKR>USA"],
    );
}

#[test]
fn a_russian_request_to_a_legislature_or_a_court_asks_no_state() {
    check(
        "ru",
        "Джо Байден во вторник попросил конгресс выделить 24 млрд долларов на военную помощь Украине.",
        &[],
    );
    check(
        "ru",
        "Эквадор попросил арбитражный суд признать незаконным кредит бразильского банка.",
        &[],
    );
    check(
        "ru",
        "Аргентина попросила судей обязать Британию прекратить бурение у Фолклендов.",
        &[],
    );
    check(
        "ru",
        "Киев попросил Вашингтон поставить больше систем ПВО.",
        &["REQUEST UKR>USA"],
    );
}

#[test]
fn an_arabic_request_to_a_legislature_or_a_court_asks_no_state() {
    check(
        "ar",
        "طلب الرئيس الأمريكي جو بايدن من الكونغرس ٢٤ مليار دولار مساعدات عسكرية لأوكرانيا.",
        &[],
    );
    check(
        "ar",
        "طلبت الإكوادور من المحكمة إلغاء قرض من مصرف التنمية البرازيلي.",
        &[],
    );
    check(
        "ar",
        "طلبت كييف من واشنطن مزيداً من أنظمة الدفاع الجوي.",
        &["REQUEST UKR>USA"],
    );
}
