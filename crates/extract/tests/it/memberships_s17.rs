//! Session-17 membership mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_dates;

/// A status noun whose bloc touches it, apposed to a list or said of it ("NATO's partners", «партнёры
/// НАТО», "شركاء حلف الناتو"), gives the list that status; a bloc owned by a possessive ("its EU partners")
/// names fellow members, not partners.
#[test]
fn a_partner_noun_touching_its_bloc_gives_partner_status() {
    membership_dates(
        "en",
        "Australia and Japan, NATO's partners in the Pacific, took part in the naval drill on Monday.",
        &["NATO/AUS/partner -", "NATO/JPN/partner -"],
    );
    membership_dates(
        "ru",
        "Австралия и Япония — партнёры НАТО в Тихом океане — приняли участие в учениях.",
        &["NATO/AUS/partner -", "NATO/JPN/partner -"],
    );
    membership_dates(
        "ar",
        "وشاركت أستراليا واليابان، شركاء حلف الناتو في المحيط الهادئ، في المناورات البحرية.",
        &["NATO/AUS/partner -", "NATO/JPN/partner -"],
    );
    membership_dates(
        "en",
        "Hungary said it would keep buying Russian oil whatever its EU partners decide.",
        &[],
    );
    // A partner in trade is no status.
    membership_dates(
        "ru",
        "Япония остаётся важным торговым партнёром АСЕАН.",
        &[],
    );
}

/// "was among the seven states that founded", «был в числе семи государств, основавших», "كانت من بين
/// الدول السبع التي أسست": the inclusion phrase between a state and its cue is the state's own.
#[test]
fn an_inclusion_phrase_counts_the_state_among_the_cues_states() {
    membership_dates(
        "en",
        "Iraq was among the seven countries that founded the Arab League in 1945.",
        &["ARAB_LEAGUE/IRQ/founder 1945"],
    );
    membership_dates(
        "en",
        "Brunei is one of the twelve economies that set up APEC in 1989.",
        &["APEC/BRN/founder 1989"],
    );
    membership_dates(
        "ru",
        "Ирак был в числе семи государств, основавших Лигу арабских государств в 1945 году.",
        &["ARAB_LEAGUE/IRQ/founder 1945"],
    );
    membership_dates(
        "ar",
        "وكانت مصر من بين الدول السبع التي أسست جامعة الدول العربية عام ١٩٤٥.",
        &["ARAB_LEAGUE/EGY/founder 1945"],
    );
}

/// "founded at a summit in Abu Dhabi in May 1981 by …": the agent of a founding names the founders past
/// its place and date, commas included.
#[test]
fn the_agent_of_a_founding_names_its_founders() {
    membership_dates(
        "en",
        "ASEAN was established in Bangkok on 8 August 1967, by Indonesia, Malaysia, the Philippines, Singapore and Thailand.",
        &[
            "ASEAN/IDN/founder 1967-08-08",
            "ASEAN/MYS/founder 1967-08-08",
            "ASEAN/PHL/founder 1967-08-08",
            "ASEAN/SGP/founder 1967-08-08",
            "ASEAN/THA/founder 1967-08-08",
        ],
    );
}

/// Arabic: a list after "، وهي" names the bloc's members; "، وكلها أعضاء في" is said of the list before it.
#[test]
fn arabic_namely_and_all_of_them() {
    membership_dates(
        "ar",
        "وحضر الاجتماع وزراء الدول الثلاث الأعضاء في تحالف دول الساحل، وهي مالي وبوركينا فاسو والنيجر.",
        &["AES/MLI/member -", "AES/BFA/member -", "AES/NER/member -"],
    );
    membership_dates(
        "ar",
        "والتقى وزراء الكويت وعمان والبحرين، وكلها أعضاء في مجلس التعاون الخليجي، في مسقط.",
        &["GCC/KWT/member -", "GCC/OMN/member -", "GCC/BHR/member -"],
    );
}

/// Arabic: an opening copula with its subject dropped stands for the first state of the sentence before;
/// "وكانت مصر" names Egypt (the homograph مُصِرّ would be مصرة after a feminine verb).
#[test]
fn arabic_dropped_subjects_and_egypt_after_kanat() {
    membership_dates(
        "ar",
        "استقبل رئيس قرغيزستان نظيره الصيني في بيشكيك لبحث قمة منظمة شنغهاي للتعاون. وكانت من الدول الست المؤسسة للمنظمة عام 2001.",
        &["SCO/KGZ/founder 2001"],
    );
    membership_dates(
        "ar",
        "وكانت مصر قد انضمت إلى بريكس في يناير 2024.",
        &["BRICS/EGY/member 2024-01"],
    );
}

/// English: a bloc lifting a state's suspension makes it a member again; lifting anything else claims nothing.
#[test]
fn lifting_a_suspension_gives_the_membership_back() {
    membership_dates(
        "en",
        "ECOWAS lifted Guinea's suspension in February 2024.",
        &["ECOWAS/GIN/member 2024-02"],
    );
    membership_dates("en", "The EU lifted Syria's sanctions in May 2025.", &[]);
}

/// A date belongs to the nearest cue: a cue of another status between a date and a claim, or nearer to the
/// date on its other side without a comma between, takes it.
#[test]
fn a_date_belongs_to_the_cue_nearest_it() {
    membership_dates(
        "en",
        "In 2020 Ecuador quit OPEC, twelve years after it had rejoined the group.",
        // (The rejoining is counted back from 2020: "twelve years after" dates the act it opens.)
        &["OPEC/ECU/former 2020", "OPEC/ECU/member 2008"],
    );
    membership_dates(
        "ru",
        "До вступления в ШОС в сентябре 2022 года Иран почти двадцать лет имел статус наблюдателя.",
        &["SCO/IRN/member 2022-09", "SCO/IRN/observer -"],
    );
    // Across a comma the other cue is another clause's, and the claim keeps its date.
    membership_dates(
        "en",
        "Cyprus, which joined the EU in May 2004, left the Non-Aligned Movement the same year.",
        &["EU/CYP/member 2004-05", "NON_ALIGNED/CYP/former 2004"],
    );
}

/// The start of the document's year dates a claim ("at the start of the year", "مطلع العام", «с начала
/// года»); an anniversary before a founding cue dates the anniversary, not the founding. (Texts are read
/// on 2025-05-05.)
#[test]
fn the_start_of_the_year_and_anniversaries() {
    membership_dates(
        "en",
        "Argentina rejoined Mercosur at the start of the year, the foreign ministry said.",
        &["MERCOSUR/ARG/member 2025"],
    );
    membership_dates(
        "ru",
        "Ангола с начала года больше не входит в ОПЕК.",
        &["OPEC/AGO/former 2025"],
    );
    membership_dates(
        "ar",
        "اجتمع قادة آسيان في جاكرتا يوم الجمعة في الذكرى الخامسة والخمسين لتأسيس الرابطة، التي أسستها خمس دول بينها إندونيسيا وماليزيا عام 1967.",
        &["ASEAN/IDN/founder 1967", "ASEAN/MYS/founder 1967"],
    );
}
