//! Session 38 (actors, issue 3): an actor named inside an aside — an apposition or a relative clause set
//! off by commas that says what one actor is or does — is no party of the act of the sentence, and the
//! aside does not cut the act from its object. Each construction is checked on sentences written for
//! these tests (other actors, tenses and word orders than the dev items), in every language where it
//! occurs.

use crate::support::check;

/// An Arabic verb, its subject right after it, then a relative clause on that subject set off by two
/// commas (التي/الذي …،): the relative pronoun cuts the clause, but the object (or the partner after مع)
/// after the closing comma is still the verb's, and a state named inside the relative clause is none of
/// its parties. English and Russian put the relative clause between the subject and the verb; there the
/// verb after the closing comma resumes the subject.
#[test]
fn the_object_after_a_relative_clause_on_the_subject() {
    check(
        "ar",
        "طردت بولندا، التي انضمت إلى حلف الناتو عام ١٩٩٩، ثلاثة دبلوماسيين بيلاروسيين.",
        &["SANCTION POL>BLR"],
    );
    check(
        "ar",
        "انتقدت تركيا، التي تستضيف قاعدة لحلف الناتو، العقوبات الروسية.",
        &["ACCUSE TUR>RUS"],
    );
    check(
        "ar",
        "أدانت النرويج، التي ليست عضواً في الاتحاد الأوروبي، الهجوم الروسي على أوكرانيا.",
        &["ACCUSE NOR>RUS", "ASSAULT RUS>UKR"],
    );
    check(
        "ar",
        "وقعت جيبوتي، التي تستضيف قاعدة بحرية صينية، اتفاقاً تجارياً مع إثيوبيا.",
        &["AGREE {DJI+ETH}"],
    );
    // (Trap: a new verb after the closing comma has no object of the verb before the aside.)
    check(
        "ar",
        "انتقدت فرنسا، التي ترأس مجلس الأمن هذا الشهر، وقالت إن الهجوم غير مقبول.",
        &[],
    );
    check(
        "en",
        "Poland, which joined NATO in 1999, expelled three Belarusian diplomats on Tuesday.",
        &["SANCTION POL>BLR"],
    );
    check(
        "en",
        "Norway, which is not a member of the European Union, condemned the Russian attack on Ukraine.",
        &["ACCUSE NOR>RUS"],
    );
    check(
        "en",
        "Kazakhstan, which belongs to the CSTO and the Eurasian Economic Union, condemned the Ukrainian attack.",
        &["ACCUSE KAZ>UKR"],
    );
    check(
        "ru",
        "Польша, которая вступила в НАТО в 1999 году, выслала трёх белорусских дипломатов.",
        &["SANCTION POL>BLR"],
    );
    check(
        "ru",
        "Норвегия, которая не входит в Евросоюз, осудила нападение России на Украину.",
        &["ACCUSE NOR>RUS"],
    );
    check(
        "ru",
        "Венгрия, которая в этом году председательствует в Евросоюзе, раскритиковала Еврокомиссию за санкции.",
        &["ACCUSE HUN>EU"],
    );
}

/// A date after an Arabic relative clause on the subject dates the verb before the clause, as the
/// object there is its object.
#[test]
fn a_date_after_a_relative_clause_on_the_subject() {
    crate::support::check_dates(
        "ar",
        "استدعت الأردن، التي تستضيف قاعدة أمريكية، السفير الإسرائيلي يوم الأحد.",
        &["PROTEST JOR>ISR 2025-05-04"],
    );
}

/// A candidate for membership said of the actor in an Arabic aside (المرشحة لعضوية …) is said as a
/// member noun is: the bloc there is no party of the act, and the envoy or object after the aside is the
/// verb's. English and Russian candidates the same.
#[test]
fn a_bloc_in_an_aside_on_candidacy_is_no_party() {
    check(
        "ar",
        "استدعت ليتوانيا، المرشحة سابقاً لعضوية حلف الناتو، القائم بالأعمال الروسي.",
        &["PROTEST LTU>RUS"],
    );
    check(
        "ar",
        "أغلقت رومانيا، المرشحة لعضوية منطقة شنغن، حدودها مع مولدوفا.",
        &["SANCTION ROU>MDA"],
    );
    check(
        "ar",
        "استدعت مولدوفا، المرشحة لعضوية الاتحاد الأوروبي، السفير الروسي.",
        &["PROTEST MDA>RUS"],
    );
    check(
        "en",
        "Moldova, which is a candidate for EU membership, summoned the Russian ambassador.",
        &["PROTEST MDA>RUS"],
    );
    check(
        "ru",
        "Молдавия, кандидат на вступление в Евросоюз, вызвала российского посла.",
        &["PROTEST MDA>RUS"],
    );
}

/// Hosting a military base (a `base_noun` object of a host verb; in Russian also troops) is no meeting
/// or visit, in a main clause or in an aside; hosting a visitor still is.
#[test]
fn hosting_a_military_base_is_no_meeting() {
    check(
        "en",
        "Japan hosts several large American bases on Okinawa.",
        &[],
    );
    check(
        "en",
        "Kyrgyzstan hosted a Russian air base at Kant for two decades.",
        &[],
    );
    check(
        "en",
        "Jordan, which hosts an American base, condemned the Israeli raid.",
        &["ACCUSE JOR>ISR"],
    );
    check(
        "en",
        "Qatar hosted the Iranian foreign minister.",
        &["CONSULT IRN>QAT"],
    );
    check("ar", "تستضيف قيرغيزستان قاعدة جوية روسية قرب العاصمة.", &[]);
    check(
        "ar",
        "تستضيف قطر أكبر قاعدة جوية أمريكية في الشرق الأوسط.",
        &[],
    );
    check(
        "ar",
        "استضافت البحرين، التي تستضيف قاعدة للأسطول الأمريكي، وزير الخارجية الإسرائيلي.",
        &["CONSULT ISR>BHR"],
    );
    check(
        "ru",
        "Япония принимает у себя несколько крупных американских баз на Окинаве.",
        &[],
    );
    check(
        "ru",
        "Таджикистан принимает у себя российскую военную базу.",
        &[],
    );
    check(
        "ru",
        "Иордания, которая принимает у себя американских военных, осудила израильский удар.",
        &["ACCUSE JOR>ISR"],
    );
    check(
        "ru",
        "Катар принял у себя министра иностранных дел Ирана.",
        &["CONSULT IRN>QAT"],
    );
}

/// Russian: a member aside («член ЕС») followed by a second aside, a participle phrase (a trigger or
/// not) or a relative clause, before the verb: the verb after both resumes the actor before them, and
/// the blocs of either aside are no parties of its act. English says the same with one aside.
#[test]
fn a_member_aside_and_a_participle_aside_before_the_verb() {
    check(
        "ru",
        "Эстония, член НАТО и ЕС, граничащая с Россией, выслала российского посла.",
        &["SANCTION EST>RUS"],
    );
    check(
        "ru",
        "Финляндия, член Евросоюза, недавно вступившая в НАТО, закрыла границу с Россией.",
        &["SANCTION FIN>RUS"],
    );
    check(
        "ru",
        "Австрия, член ЕС, в четверг выслала четырёх российских дипломатов.",
        &["SANCTION AUT>RUS"],
    );
    // (Trap: a preposition's phrase after the first aside is no second aside, even with a word that
    // looks like a participle: «на следующий день».)
    check(
        "ru",
        "Министр обороны Армении, прилетевший в Минск в среду, на следующий день подписал с белорусским коллегой соглашение о сотрудничестве.",
        &["CONSULT ARM>BLR", "AGREE {ARM+BLR}"],
    );
    check(
        "en",
        "Finland, an EU member which joined NATO last year, closed its border with Russia.",
        &["SANCTION FIN>RUS"],
    );
}
