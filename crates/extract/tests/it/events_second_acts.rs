//! The second act of one doer (session 12): a verb coordinated with, or an adjunct joined to, an act the
//! coder already codes must give its own event, of its own type, between the same parties. Sentences
//! written for these tests, in every language a rule claims; each failed before its rule.

use crate::support::check;

#[test]
fn an_arabic_wa_verb_after_a_condemnation_is_an_act_of_its_own() {
    // What follows an accusation in its clause is the accuser's claim, but a finite verb carrying و is
    // a new predicate of the accuser (as "and"/«и» already were).
    check(
        "ar",
        "ندّدت الكويت بالهجوم وطالبت العراق بتسليم المسؤولين عنه.",
        &["ACCUSE KWT>IRQ", "REQUEST KWT>IRQ"],
    );
    check(
        "ar",
        "انتقدت تركيا الضربات الجوية وطالبت روسيا بوقفها فوراً.",
        &["ACCUSE TUR>RUS", "REQUEST TUR>RUS"],
    );
}

#[test]
fn the_one_actor_before_the_ba_of_a_second_arabic_verb_is_its_object() {
    check(
        "ar",
        "أغلقت أوغندا حدودها مع رواندا واتهمت كيغالي بدعم المتمردين.",
        &["SANCTION UGA>RWA", "ACCUSE UGA>RWA"],
    );
    check(
        "ar",
        "طردت النيجر السفير الفرنسي وطالبت باريس بسحب قواتها.",
        &["SANCTION NER>FRA", "REQUEST NER>FRA"],
    );
    // Near miss: with two actors after the verb, the first is its own subject.
    check(
        "ar",
        "أغلقت أوغندا حدودها مع رواندا واتهمت كينيا رواندا بدعم المتمردين.",
        &["SANCTION UGA>RWA", "ACCUSE KEN>RWA"],
    );
}

#[test]
fn a_verb_after_a_that_clause_and_a_comma_is_the_main_clauses() {
    // "and"/«и» after a "that" clause closed by a comma joins the verb to the main clause: its subject
    // is the main clause's, not an actor of the "that" clause nor the one after the verb.
    check(
        "en",
        "Azerbaijan confirmed that its drones had struck an Armenian post, and warned Yerevan against retaliation.",
        &["ASSAULT AZE>ARM", "THREATEN AZE>ARM"],
    );
    check(
        "ru",
        "Казахстан признал, что его пограничники задержали киргизских рыбаков, и принёс извинения Бишкеку.",
        &["COERCE KAZ>KGZ", "CONCEDE KAZ>KGZ"],
    );
    check(
        "ru",
        "Азербайджан подтвердил, что его беспилотники нанесли удар по армянскому посту, и предупредил Ереван о последствиях.",
        &["ASSAULT AZE>ARM", "THREATEN AZE>ARM"],
    );
}

#[test]
fn a_russian_possessive_after_a_second_verb_is_no_object_pronoun() {
    // «её посла», «его сотрудников»: the possessive names whose envoy or staff is expelled, so the
    // expulsion is an act of its own, aimed at the state of the first act …
    check(
        "ru",
        "Таиланд понизил уровень отношений с Камбоджей и выслал её посла.",
        &["SANCTION THA>KHM", "SANCTION THA>KHM"],
    );
    check(
        "ru",
        "Россия закрыла консульство Польши и выслала его сотрудников.",
        &["SANCTION RUS>POL", "SANCTION RUS>POL"],
    );
    // … while an object pronoun inside the second trigger still tells the same act again.
    check(
        "ru",
        "Латвия выслала двух российских дипломатов и объявила их персонами нон грата.",
        &["SANCTION LVA>RUS"],
    );
}

#[test]
fn a_russian_deed_after_a_deed_of_the_same_doer_is_aimed_where_the_first_was() {
    // Session 43: the English rule ("fired at a Greek vessel and detained two of its crew") in Russian: a
    // seizure, strike or penalty joined by «и» to a deed of the same doer and naming no state of its own
    // falls on the same victim.
    check(
        "ru",
        "Турецкие военные корабли обстреляли греческий сторожевой катер и задержали двух членов его экипажа.",
        &["ASSAULT TUR>GRC", "COERCE TUR>GRC"],
    );
    // Near miss: a state named after the second verb makes it an act at home.
    check(
        "ru",
        "Турция обстреляла курдские позиции в Сирии и арестовала сорок подозреваемых в Анкаре.",
        &["ASSAULT TUR>SYR"],
    );
}

#[test]
fn a_comma_in_the_list_of_a_documents_topics_opens_no_clause() {
    // Session 43: the nouns listed, comma after comma, in what a treaty is about are its topic, one
    // AGREE, not a second act of their own type ("signed an agreement on military cooperation" is one
    // AGREE, eval/README); the comma before the second noun no longer cuts it off from the document.
    check(
        "en",
        "Putin and Tokayev signed a treaty on friendship, cooperation and partnership between Russia and Kazakhstan.",
        &["AGREE {KAZ+RUS}"],
    );
    check(
        "ru",
        "Путин и Токаев подписали договор о дружбе, сотрудничестве и партнёрстве между Россией и Казахстаном.",
        &["AGREE {KAZ+RUS}"],
    );
    check(
        "ru",
        "Договор о дружбе, сотрудничестве и партнёрстве между Россией и Казахстаном подписали в Москве Путин и Токаев.",
        &["AGREE {KAZ+RUS}"],
    );
    check(
        "ar",
        "وقّع بوتين وتوكاييف معاهدة بشأن الصداقة، والتعاون، والشراكة بين روسيا وكازاخستان.",
        &["AGREE {KAZ+RUS}"],
    );
    // Near miss: a comma before a verb still opens the clause of a second act.
    check(
        "en",
        "Russia and Kazakhstan signed a treaty on friendship, and Moscow lifted its ban on Kazakh grain.",
        &["AGREE {KAZ+RUS}", "CONCEDE RUS>KAZ"],
    );
}
