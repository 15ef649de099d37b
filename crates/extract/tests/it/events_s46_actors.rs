//! Session 46 (actors): the target of a reaction that names an act told in an earlier sentence
//! (`Coder::aim_at_latest_deed`, `Coder::aim_at_act_of_kind`): the deed done to the reactor — hostile for
//! criticism, rejection, protest, a threat or a concession, friendly for praise — before the deed told
//! last; an act noun with a mode of its own ("expulsion", «высылка») names an act of that mode first.
//! An Arabic surname that is also a common verb is confirmed by its context only. Talks in a city of
//! one side that is not its capital are the other's visit (`Coder::city_party`), and the host's next act
//! keeps the visit's day. Sentences written for these tests.

use crate::support::{check_dates, check_rows};

/// "Damascus condemned the operation", «Дамаск осудил операцию», "ودانت دمشق العملية": the strike on Syria,
/// not the withdrawal told after it, is what Damascus condemns.
#[test]
fn a_hostile_reaction_answers_the_deed_done_to_the_reactor() {
    check_rows(&[
        (
            "en",
            "Turkish jets struck Syria's Afrin region on Saturday. Russia withdrew its troops from the area the same day. Damascus condemned the operation on Sunday.",
            &["ASSAULT TUR>SYR", "RETREAT RUS>SYR", "ACCUSE SYR>TUR"],
        ),
        (
            "ru",
            "Турецкие самолёты в субботу нанесли удары по сирийскому району Африн. Россия в тот же день вывела оттуда своих военных. Дамаск в воскресенье осудил операцию.",
            &["ASSAULT TUR>SYR", "RETREAT {RUS}", "ACCUSE SYR>TUR"],
        ),
        // (FIXME: the Arabic withdrawal "from the area" takes Turkey, the strike's doer, as its target.)
        (
            "ar",
            "قصفت طائرات تركية يوم السبت منطقة عفرين السورية. وسحبت روسيا جنودها من المنطقة في اليوم نفسه. ودانت دمشق العملية يوم الأحد.",
            &["ASSAULT TUR>SYR", "RETREAT RUS>TUR", "ACCUSE SYR>TUR"],
        ),
        // A concession yields to the pressure put on the yielder (the sanctions), not to the seller
        // whose deal was told first.
        (
            "en",
            "Russia sold fighter jets to Turkey in 2019. A year later the United States imposed sanctions on Turkey's arms agency. Ankara said it would not back down.",
            &["AID RUS>TUR", "SANCTION USA>TUR", "CONCEDE TUR>USA neg"],
        ),
    ]);
}

/// "وصف الرئيس الخطوة بأنها تاريخية": praise of "the move" answers the friendly deed done to the praiser.
#[test]
fn praise_answers_the_friendly_deed_done_to_the_praiser() {
    check_rows(&[(
        "ar",
        "شطبت روسيا يوم الاثنين ديون الجزائر. وتعهدت الجزائر في المقابل بشراء مقاتلات روسية. ووصف الرئيس تبون الخطوة بأنها تاريخية.",
        &["AID RUS>DZA", "AGREE DZA>RUS", "SUPPORT DZA>RUS"],
    )]);
}

/// «назвала высылку провокацией»: the expulsion, not the recall of an envoy told after it.
/// (English and Arabic read "called the expulsions a provocation", "وصفت … الطرد بأنها" as one trigger,
/// whose noun is no act noun of its own.)
#[test]
fn an_act_noun_with_a_mode_names_an_act_of_that_mode() {
    check_rows(&[(
        "ru",
        "НАТО во вторник выслало семерых российских дипломатов. Евросоюз в среду отозвал своего посла из Москвы. Россия назвала высылку провокацией.",
        &["SANCTION NATO>RUS", "SANCTION EU>RUS", "ACCUSE RUS>NATO"],
    )]);
}

/// أرسى ("laid", "established"), normalised, is the surname آرسي (Luis Arce): alone it names no one.
#[test]
fn an_arabic_surname_that_is_a_verb_needs_its_context() {
    check_rows(&[
        (
            "ar",
            "أقر الاتحاد الأوروبي يوم الجمعة حزمة جديدة من العقوبات على روسيا. وكان التكتل قد أرسى في الشهر الماضي الأساس القانوني لسقف سعر النفط. ووصفت الخارجية الروسية الحزمة بأنها خطوة عدائية، وتوعدت بالرد عليها.",
            &["SANCTION EU>RUS", "ACCUSE RUS>EU", "THREATEN RUS>EU"],
        ),
        (
            "ar",
            "التقى الرئيس البوليفي لويس آرسي نظيره الروسي في موسكو يوم الاثنين.",
            &["CONSULT BOL>RUS"],
        ),
    ]);
}

/// Talks of two states in a city of one of them that is not its capital (Sochi, St Petersburg; eval/README,
/// the Session-45 ruling's session-46 settlement) are the other's visit, as in the capital
/// (`Coder::city_party`, `data/events/places.csv`); a city inside a bloc's name is no place, and talks on
/// the margins of a summit stay symmetric.
#[test]
fn talks_in_a_city_of_one_side_are_the_others_visit() {
    check_rows(&[
        (
            "en",
            "Serbian President Aleksandar Vucic held talks with Vladimir Putin in Sochi on Thursday.",
            &["CONSULT SRB>RUS"],
        ),
        (
            "ru",
            "Президент Сербии Александр Вучич провёл в четверг переговоры с Владимиром Путиным в Сочи.",
            &["CONSULT SRB>RUS"],
        ),
        (
            "ar",
            "التقى الرئيس الصربي ألكسندر فوتشيتش نظيره الروسي فلاديمير بوتين في سوتشي يوم الخميس.",
            &["CONSULT SRB>RUS"],
        ),
        (
            "en",
            "Greek Prime Minister Alexis Tsipras met Vladimir Putin in St Petersburg on Friday.",
            &["CONSULT GRC>RUS"],
        ),
        (
            "ru",
            "Премьер-министр Греции Алексис Ципрас встретился в пятницу с Владимиром Путиным в Санкт-Петербурге.",
            &["CONSULT GRC>RUS"],
        ),
        (
            "ar",
            "التقى رئيس الوزراء اليوناني أليكسيس تسيبراس الرئيس فلاديمير بوتين في سانت بطرسبرغ يوم الجمعة.",
            &["CONSULT GRC>RUS"],
        ),
        (
            "en",
            "Narendra Modi met Xi Jinping in Xiamen on the sidelines of the BRICS summit on Monday.",
            &["CONSULT {CHN+IND}"],
        ),
        (
            "en",
            "Armenia and Russia held talks on Monday within the Shanghai Cooperation Organisation.",
            &["CONSULT {ARM+RUS}"],
        ),
    ]);
}

/// The host of a visit held the talks as much as the visitor: the host's next act, told in a sentence
/// with no date of its own, goes on with the talks' day (`Coder::story_date_of`), as it did when the
/// talks were coded symmetric.
#[test]
fn the_hosts_next_act_keeps_the_day_of_the_visit() {
    for (lang, text) in [
        (
            "en",
            "Serbian President Aleksandar Vucic met Vladimir Putin in Sochi on Thursday. Putin agreed to keep the gas price for Serbia unchanged for six months.",
        ),
        (
            "ru",
            "Президент Сербии Александр Вучич встретился с Владимиром Путиным в Сочи в четверг. Путин согласился сохранить цену на газ для Сербии на полгода.",
        ),
        (
            "ar",
            "التقى الرئيس الصربي ألكسندر فوتشيتش الرئيس الروسي فلاديمير بوتين في سوتشي يوم الخميس. ووافق بوتين على إبقاء سعر الغاز لصربيا دون تغيير لمدة ستة أشهر.",
        ),
    ] {
        check_dates(
            lang,
            text,
            &["CONSULT SRB>RUS 2025-05-01", "AGREE RUS>SRB 2025-05-01"],
        );
    }
}
