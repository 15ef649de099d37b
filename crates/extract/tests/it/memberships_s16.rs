//! Session-16 membership mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_dates;

/// A sentence naming no state that opens with a word for one ("The country", "والبلاد", «Страна», "It")
/// claims for the first state of the sentence before.
#[test]
fn an_opening_word_for_a_state_takes_the_first_state_before() {
    membership_dates(
        "en",
        "Laos opened a railway to China in 2021. The country has been an ASEAN member since 1997.",
        &["ASEAN/LAO/member 1997"],
    );
    membership_dates(
        "en",
        "Tajikistan hosted the SCO defence ministers in Dushanbe. It was one of the founders of the organisation in 2001.",
        &["SCO/TJK/founder 2001"],
    );
    membership_dates(
        "ar",
        "افتتحت لاوس خط سكة حديد إلى الصين. والبلاد عضو في رابطة آسيان منذ عام 1997.",
        &["ASEAN/LAO/member 1997"],
    );
    membership_dates(
        "ru",
        "Лаос открыл железную дорогу в Китай. Страна входит в АСЕАН с 1997 года.",
        &["ASEAN/LAO/member 1997"],
    );
    // A sentence with a state of its own keeps it.
    membership_dates(
        "en",
        "Laos opened a railway to China in 2021. Vietnam has been an ASEAN member since 1995.",
        &["ASEAN/VNM/member 1995"],
    );
}

/// A list of states ends where a new clause opens: an English ", and" after a list already closed by
/// "and", and the Russian contrastive ", а".
#[test]
fn a_second_and_or_a_contrastive_a_closes_the_list() {
    membership_dates(
        "en",
        "The founding members of the EAEU were Russia, Belarus and Kazakhstan, and Kyrgyzstan joined in August 2015.",
        &[
            "EAEU/RUS/founder -",
            "EAEU/BLR/founder -",
            "EAEU/KAZ/founder -",
            "EAEU/KGZ/member 2015-08",
        ],
    );
    membership_dates(
        "ru",
        "В ОДКБ входят Россия, Белоруссия и Таджикистан, а Армения заморозила своё участие в организации.",
        &[
            "CSTO/RUS/member -",
            "CSTO/BLR/member -",
            "CSTO/TJK/member -",
            "CSTO/ARM/suspended -",
        ],
    );
}

/// A founding verb whose object is a new body ("a confederation of their own", «собственную конфедерацию»)
/// founds no bloc named before it.
#[test]
fn founding_a_new_body_founds_no_bloc_before_it() {
    membership_dates(
        "en",
        "Mali, Burkina Faso and Niger, which left ECOWAS in January, set up a confederation of their own.",
        &[
            "ECOWAS/MLI/former 2025-01",
            "ECOWAS/BFA/former 2025-01",
            "ECOWAS/NER/former 2025-01",
        ],
    );
    membership_dates(
        "ru",
        "Мали, Буркина-Фасо и Нигер, вышедшие из ЭКОВАС в январе, создали собственную конфедерацию.",
        &[
            "ECOWAS/MLI/former 2025-01",
            "ECOWAS/BFA/former 2025-01",
            "ECOWAS/NER/former 2025-01",
        ],
    );
}

/// Cue rows of the session: Russian inverted entry, founding idiom, "no longer" and asking in; Arabic
/// feminine chair, losing a membership, threats and objections; English applications for a membership.
#[test]
fn session_16_cue_rows() {
    membership_dates(
        "ru",
        "В ЕАЭС в 2015 году вошли Армения и Киргизия.",
        &["EAEU/ARM/member 2015", "EAEU/KGZ/member 2015"],
    );
    membership_dates(
        "ru",
        "Казахстан и Киргизия стояли у истоков ЕАЭС.",
        &["EAEU/KAZ/founder -", "EAEU/KGZ/founder -"],
    );
    membership_dates(
        "ru",
        "Эквадор больше не входит в ОПЕК.",
        &["OPEC/ECU/former -"],
    );
    membership_dates(
        "ru",
        "Турция в 2024 году попросилась в БРИКС.",
        &["BRICS/TUR/applicant 2024"],
    );
    membership_dates(
        "ar",
        "ترأست الجلسة أوغندا، الرئيسة الحالية لحركة عدم الانحياز.",
        &["NON_ALIGNED/UGA/member -"],
    );
    membership_dates(
        "ar",
        "فقدت روسيا عضويتها في مجلس أوروبا عام 2022.",
        &["COE/RUS/former 2022"],
    );
    membership_dates("ar", "هددت بيلاروسيا بالانسحاب من رابطة الدول المستقلة.", &[]);
    membership_dates(
        "ru",
        "Венгрия сняла возражения против вступления Швеции в НАТО.",
        &[],
    );
    membership_dates(
        "en",
        "Albania and Serbia handed in their applications for EU membership in 2009.",
        &["EU/ALB/applicant 2009", "EU/SRB/applicant 2009"],
    );
    membership_dates(
        "en",
        "Georgia will be invited to join NATO one day, the alliance said.",
        &[],
    );
}

/// A meeting of the bloc named as the place of the claim ("at the SCO summit", «на саммите ШОС») is no
/// meeting left or joined instead of the bloc.
#[test]
fn a_claim_made_at_a_blocs_summit_is_about_the_bloc() {
    membership_dates(
        "en",
        "Bahrain and Kuwait were granted the status of dialogue partners at the SCO summit in Astana in 2024.",
        &["SCO/BHR/dialogue_partner 2024", "SCO/KWT/dialogue_partner 2024"],
    );
    membership_dates(
        "en",
        "Pakistan pulled out of the SAARC summit in Islamabad.",
        &[],
    );
}
