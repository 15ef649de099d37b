//! Session-21 membership mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_dates;

/// «состоять в» (to be a member of), in its finite and participle forms, the bloc after «в».
#[test]
fn a_state_that_consists_in_a_bloc_is_its_member() {
    membership_dates(
        "ru",
        "Таджикистан, состоящий в ОДКБ, попросил союзников усилить границу.",
        &["CSTO/TJK/member -"],
    );
    membership_dates(
        "ru",
        "Казахстан и Киргизия состоят в ЕАЭС с 2015 года.",
        &["EAEU/KAZ/member 2015", "EAEU/KGZ/member 2015"],
    );
    // «состоит в том, что» names no bloc.
    membership_dates(
        "ru",
        "Проблема состоит в том, что Сербия закупает газ у России.",
        &[],
    );
}

/// A state barred from a bloc's work is suspended; the genitive and instrumental of the status nouns
/// («статуса партнёра», «статуса глобального партнёра») name the status as the nominative does.
#[test]
fn russian_status_nouns_in_every_case() {
    membership_dates(
        "ru",
        "Ливия в феврале 2011 года была отстранена от участия в заседаниях Лиги арабских государств.",
        &["ARAB_LEAGUE/LBY/suspended 2011-02"],
    );
    membership_dates(
        "ru",
        "Лидеры одобрили предоставление Вьетнаму статуса партнёра БРИКС.",
        &["BRICS/VNM/partner -"],
    );
    membership_dates(
        "ru",
        "Колумбия в 2018 году получила статус глобального партнёра НАТО.",
        &["NATO/COL/partner 2018"],
    );
}

/// "welcomed Iran's decision": a state after a cue that only owns the cue's object claims nothing from it
/// (its own noun does when it is a cue: "welcomed Timor-Leste's admission").
#[test]
fn a_possessor_after_a_cue_is_not_its_object() {
    membership_dates(
        "en",
        "The CSTO welcomed Kazakhstan's proposal to hold the drills in Almaty.",
        &[],
    );
    membership_dates(
        "en",
        "NATO welcomed Montenegro as its 29th member in June 2017.",
        &["NATO/MNE/member 2017-06"],
    );
}

/// "EU observers said the vote in Moldova…", «наблюдатели ОБСЕ … в Киргизии», "مراقبين إلى جورجيا": people a
/// bloc sends to watch, not a status of the state they watch; a list right after the cue is the status.
#[test]
fn observers_a_bloc_sends_give_no_status() {
    membership_dates(
        "en",
        "OSCE observers criticised the vote in Belarus on Monday.",
        &[],
    );
    membership_dates(
        "ru",
        "Наблюдатели ОБСЕ признали выборы в Киргизии конкурентными.",
        &[],
    );
    membership_dates(
        "ar",
        "أرسل الاتحاد الأوروبي مراقبين إلى مولدوفا لمتابعة الانتخابات.",
        &[],
    );
    membership_dates(
        "en",
        "Arctic Council observers Singapore and India sent delegations to the meeting.",
        &[
            "ARCTIC_COUNCIL/SGP/observer -",
            "ARCTIC_COUNCIL/IND/observer -",
        ],
    );
    membership_dates(
        "ru",
        "Монголия и Афганистан — наблюдатели ШОС.",
        &["SCO/MNG/observer -", "SCO/AFG/observer -"],
    );
}

/// The suspending participles in every case, with «своё» before their object; a participle suspending
/// something else («приостановившая поставки») claims nothing.
#[test]
fn suspending_participles_in_every_case() {
    membership_dates(
        "ru",
        "Встреча глав МИД ОДКБ прошла без Армении, приостановившей своё участие в организации.",
        &["CSTO/ARM/suspended -"],
    );
    membership_dates(
        "ru",
        "Мали, Нигер и Буркина-Фасо, заморозившие членство в ЭКОВАС, создали собственный союз.",
        &[
            "ECOWAS/MLI/suspended -",
            "ECOWAS/NER/suspended -",
            "ECOWAS/BFA/suspended -",
        ],
    );
    membership_dates(
        "ru",
        "Казахстан, приостановивший поставки в ЕАЭС, потребовал компенсаций.",
        &[],
    );
}

/// A process, path or talks of joining is an application at most: "froze its accession process", "talks
/// on joining", «процесс вступления», «переговоры о присоединении».
#[test]
fn a_process_of_joining_is_an_application() {
    membership_dates(
        "en",
        "Brussels said Serbia had stalled and froze its EU accession process.",
        &["EU/SRB/applicant -"],
    );
    membership_dates(
        "en",
        "Albania resumed talks on joining the EU in 2022.",
        &["EU/ALB/applicant 2022"],
    );
    membership_dates(
        "ru",
        "Черногория ускорила процесс вступления в Евросоюз.",
        &["EU/MNE/applicant -"],
    );
    membership_dates(
        "ru",
        "Босния и Герцеговина ведёт переговоры о присоединении к ЕС.",
        &["EU/BIH/applicant -"],
    );
}

/// A hope or wish to join, in any person, is an application, as «хочет вступить»; «группировка» points
/// back at the bloc named before.
#[test]
fn a_hope_to_join_is_an_application() {
    membership_dates(
        "ru",
        "Министры АСЕАН встретились в Маниле. Папуа — Новая Гвинея надеется стать членом группировки.",
        &["ASEAN/PNG/applicant -"],
    );
    membership_dates(
        "ru",
        "Азербайджан стремится присоединиться к БРИКС.",
        &["BRICS/AZE/applicant -"],
    );
    membership_dates(
        "ru",
        "Главы МИД БРИКС собрались в Рио. Эфиопия вступила в группировку в 2024 году.",
        &["BRICS/ETH/member 2024"],
    );
}

/// «участник»/«участница» touching its bloc is a member; a meeting or drill between them is not, nor a
/// bloc's adjective, which qualifies the noun after it («участниками натовской программы»).
#[test]
fn a_participant_touching_its_bloc_is_a_member() {
    membership_dates(
        "ru",
        "Эфиопия стала участником БРИКС в 2024 году.",
        &["BRICS/ETH/member 2024"],
    );
    membership_dates(
        "ru",
        "Таджикистан является участницей ОДКБ.",
        &["CSTO/TJK/member -"],
    );
    membership_dates("ru", "Монголия стала участником саммита ШОС в Циндао.", &[]);
    membership_dates(
        "ru",
        "Участниками натовского «Партнёрства ради мира» Узбекистан и Таджикистан стали в 1994 году.",
        &["NATO/UZB/partner 1994", "NATO/TJK/partner 1994"],
    );
}

/// Signing a bloc's founding treaty in the cue's clause founds it; breaking or remembering it does not.
#[test]
fn signing_a_founding_treaty_founds_the_bloc() {
    membership_dates(
        "ru",
        "Мали, Нигер и Буркина-Фасо подписали в Бамако учредительный договор Альянса государств Сахеля.",
        &["AES/MLI/founder -", "AES/NER/founder -", "AES/BFA/founder -"],
    );
    membership_dates(
        "en",
        "Peru, Ecuador and Bolivia signed the founding treaty of UNASUR in 2008.",
        &[
            "UNASUR/PER/founder 2008",
            "UNASUR/ECU/founder 2008",
            "UNASUR/BOL/founder 2008",
        ],
    );
    membership_dates(
        "ru",
        "Армения обвинила Баку в нарушении учредительного договора СНГ.",
        &[],
    );
    membership_dates(
        "en",
        "Moscow said Kyiv had breached the founding treaty of the CIS.",
        &[],
    );
}
