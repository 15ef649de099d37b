//! Session 41 (Russian event vocabulary from the PLOVER ontology). Sentences written for these tests.
//!
//! Most events the unseen sets miss for want of a trigger are a lexeme the Russian lexicon lacks, and they
//! differ from set to set; rows written for one dev sentence do not transfer. These rows were written from
//! the CAMEO codebook's sub-codes, read as a checklist of acts per PLOVER type: each act's verbs in both
//! aspects (the generators write the gerund, participles and futures), its nominalisation, and its fixed
//! phrases. Each family has a positive sentence and a trap where the word is no act.

use crate::support::check;

#[test]
fn russian_storming_raids_and_offensives_are_assaults() {
    check(
        "ru",
        "Российские подразделения штурмуют украинские позиции под Бахмутом.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "ru",
        "Турецкая армия пошла на штурм курдских позиций в Сирии.",
        &["ASSAULT TUR>SYR"],
    );
    check(
        "ru",
        "Израильская авиация совершила налет на аэропорт в Сирии.",
        &["ASSAULT ISR>SYR"],
    );
    check(
        "ru",
        "Турция начала наземную операцию в Ираке.",
        &["ASSAULT TUR>IRQ"],
    );
    check(
        "ru",
        "Украина перешла в наступление против России на юге.",
        &["ASSAULT UKR>RUS"],
    );
    // (Ramming a vessel is coercion, as English "rammed".)
    check(
        "ru",
        "Китайское судно протаранило филиппинский патрульный катер.",
        &["COERCE CHN>PHL"],
    );
}

#[test]
fn russian_assault_words_of_another_sense_are_no_event() {
    // (A sports climb, a coating of dust, the coming of spring.)
    check("ru", "В Японии прошли соревнования по штурму высоты.", &[]);
    check("ru", "Налет пыли из Китая накрыл Японию.", &[]);
    check("ru", "Наступление весны в России ожидается рано.", &[]);
}

#[test]
fn russian_blacklisting_and_halting_talks_are_sanctions() {
    check(
        "ru",
        "США внесли десять китайских компаний в черный список.",
        &["SANCTION USA>CHN"],
    );
    check(
        "ru",
        "Азербайджан прервал переговоры с Арменией.",
        &["SANCTION AZE>ARM"],
    );
    // (Returning to talks is no halt.)
    check(
        "ru",
        "Иран вернулся к переговорам с Францией.",
        &["CONSULT {FRA+IRN}"],
    );
}

#[test]
fn russian_alerts_reinforcements_and_warships_are_mobilisations() {
    check(
        "ru",
        "Пакистан объявил повышенную боеготовность на границе с Индией.",
        &["MOBILIZE {PAK}"],
    );
    check(
        "ru",
        "Финляндия усилила охрану границы с Россией.",
        &["MOBILIZE {FIN}"],
    );
    check(
        "ru",
        "США направили авианосец к берегам Ирана.",
        &["MOBILIZE USA>IRN"],
    );
    check(
        "ru",
        "Россия подтянула резервы к границе с Украиной.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "ru",
        "Китай поднял в воздух истребители у Тайваня.",
        &["MOBILIZE CHN>TWN"],
    );
}

#[test]
fn russian_airlift_is_aid_and_normalising_relations_is_cooperation() {
    check(
        "ru",
        "США организовали воздушный мост в Израиль.",
        &["AID USA>ISR"],
    );
    check(
        "ru",
        "Израиль нормализовал отношения с Марокко.",
        &["COOPERATE {ISR+MAR}"],
    );
}

#[test]
fn russian_ceasefires_pullbacks_returns_and_inspections_are_retreats() {
    check(
        "ru",
        "Азербайджан объявил о прекращении огня на границе с Арменией.",
        &["RETREAT {AZE}"],
    );
    check(
        "ru",
        "Сербия отвела тяжелую технику от границы с Косово.",
        &["RETREAT {SRB}"],
    );
    check(
        "ru",
        "Армения вернула Азербайджану четыре села.",
        &["RETREAT ARM>AZE"],
    );
    check(
        "ru",
        "Иран допустил инспекторов МАГАТЭ из Франции на свои объекты.",
        &["RETREAT IRN>FRA"],
    );
    // (A broken truce named in an accusation is no ceasefire declared.)
    check(
        "ru",
        "Россия обвинила Украину в нарушении перемирия.",
        &["ACCUSE RUS>UKR"],
    );
}

#[test]
fn russian_closures_expulsions_and_calling_off_are_sanctions() {
    check(
        "ru",
        "Россия закрыла генконсульство США в Екатеринбурге.",
        &["SANCTION RUS>USA"],
    );
    check(
        "ru",
        "Эстония объявила российского консула нежелательным лицом.",
        &["SANCTION EST>RUS"],
    );
    // (Diplomats expelled are a sanction, not the coercion of a deportation.)
    check(
        "ru",
        "Норвегия выдворила трех российских дипломатов.",
        &["SANCTION NOR>RUS"],
    );
    check(
        "ru",
        "Чехия закрыла въезд для граждан России.",
        &["SANCTION CZE>RUS"],
    );
    check(
        "ru",
        "Киргизия отменила учения ОДКБ на своей территории.",
        &["SANCTION KGZ>CSTO"],
    );
    check(
        "ru",
        "Казахстан перестал пропускать грузовики из Киргизии.",
        &["SANCTION KAZ>KGZ"],
    );
}

#[test]
fn russian_nominalised_sanctions_with_their_object_are_sanctions() {
    check(
        "ru",
        "Россия объявила о приостановке поставок газа в Молдавию.",
        &["SANCTION RUS>MDA"],
    );
    check(
        "ru",
        "Китай объявил о прекращении импорта японских морепродуктов.",
        &["SANCTION CHN>JPN"],
    );
    check(
        "ru",
        "Грузия объявила о прекращении участия в программах СНГ.",
        &["SANCTION GEO>CIS"],
    );
}

/// What talks are about is their topic, not an act (`absorbed`); but the nominalised sanction rows of session
/// 41 are verb rows (as «вывод … войск»), which that test does not read, so today the halt discussed is coded
/// as a SANCTION beside the CONSULT. Known wrong: run with `--ignored` to see it; it passes once the topic test
/// reads these rows.
#[test]
#[ignore = "known miss: a nominalised sanction written as a verb row is coded inside the topic of talks"]
fn russian_nominalised_sanction_discussed_in_talks_is_their_topic() {
    check(
        "ru",
        "Россия и Китай обсудили прекращение импорта наркотиков из Афганистана.",
        &["CONSULT {CHN+RUS}"],
    );
}

#[test]
fn russian_bombs_razing_boarding_and_water_cannon() {
    check(
        "ru",
        "Россия сбросила бомбы на позиции боевиков в Сирии.",
        &["ASSAULT RUS>SYR"],
    );
    check(
        "ru",
        "Россия сровняла с землей кварталы Алеппо в Сирии.",
        &["ASSAULT RUS>SYR"],
    );
    check(
        "ru",
        "Российские пограничники взяли на абордаж судно под флагом Норвегии.",
        &["COERCE RUS>NOR"],
    );
    check(
        "ru",
        "Китайская береговая охрана применила водометы против филиппинского судна.",
        &["COERCE CHN>PHL"],
    );
    check(
        "ru",
        "Индия возложила на Пакистан вину за теракт.",
        &["ACCUSE IND>PAK"],
    );
    // (Setting animals free is no release: «выпустил на свободу» is not a row.)
    check(
        "ru",
        "Зоопарк Японии выпустил на свободу журавлей из Китая.",
        &[],
    );
}
