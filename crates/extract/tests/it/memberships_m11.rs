//! Session-11 membership mechanisms, one test each, on probe sentences written for them (not from any eval
//! file): a word of suspending beside the word membership, nominal suspensions and expulsions, companions,
//! offers still unanswered, and a date that dates the meeting where the claim was made. Notation of
//! `facts_support`.

use crate::facts_support;

use facts_support::{membership_dates, memberships};

#[test]
fn a_word_of_suspending_beside_membership_suspends_it() {
    memberships(
        "ru",
        "Приостановка членства Мали в ЭКОВАС вызвала протесты в Бамако.",
        &["ECOWAS/MLI/suspended"],
    );
    memberships(
        "ru",
        "Гвинея, членство которой в Африканском союзе приостановлено, провела выборы.",
        &["AU/GIN/suspended"],
    );
    memberships(
        "ar",
        "غينيا معلقة العضوية في إيكواس منذ الانقلاب.",
        &["ECOWAS/GIN/suspended"],
    );
}

#[test]
fn a_nominal_suspension_or_expulsion_names_its_state_after_it() {
    memberships(
        "en",
        "The suspension of Guinea from ECOWAS lasted three years.",
        &["ECOWAS/GIN/suspended"],
    );
    memberships(
        "en",
        "The expulsion of Russia from the Council of Europe was decided by its ministers.",
        &["COE/RUS/former"],
    );
}

#[test]
fn a_companion_shares_the_claim_and_its_date() {
    membership_dates(
        "en",
        "Cambodia became an SCO dialogue partner in 2015, together with Nepal.",
        &[
            "SCO/KHM/dialogue_partner 2015",
            "SCO/NPL/dialogue_partner 2015",
        ],
    );
    membership_dates(
        "ru",
        "Камбоджа стала партнёром ШОС по диалогу в 2015 году наряду с Непалом.",
        &[
            "SCO/KHM/dialogue_partner 2015",
            "SCO/NPL/dialogue_partner 2015",
        ],
    );
}

/// An invitation gives the invited state no status, answered or not (eval/README, session 19).
#[test]
fn an_invitation_not_yet_answered_claims_nothing() {
    memberships(
        "en",
        "Kazakhstan, invited to join BRICS, has yet to reply.",
        &[],
    );
    memberships(
        "ru",
        "Казахстан, приглашённый в БРИКС, пока не дал ответа.",
        &[],
    );
    memberships(
        "ar",
        "دُعيت كازاخستان للانضمام إلى بريكس لكنها لم تحسم موقفها.",
        &[],
    );
}

#[test]
fn a_meeting_s_date_dates_the_claim_made_at_it() {
    membership_dates(
        "en",
        "Nepal was made a dialogue partner of the SCO at a meeting of the heads of state held in Ufa on 10 July 2015.",
        &["SCO/NPL/dialogue_partner 2015-07-10"],
    );
    membership_dates(
        "en",
        "Chile was admitted to the OECD at a ministerial session of its council in Paris in May 2010.",
        &["OECD/CHL/member 2010-05"],
    );
    membership_dates(
        "ru",
        "Непал получил статус партнёра ШОС по диалогу на заседании совета глав государств организации в Уфе 10 июля 2015 года.",
        &["SCO/NPL/dialogue_partner 2015-07-10"],
    );
    membership_dates(
        "ar",
        "مُنحت نيبال صفة شريك الحوار في منظمة شنغهاي خلال اجتماع قادة دول المنظمة في مدينة أوفا الروسية في العاشر من يوليو 2015.",
        &["SCO/NPL/dialogue_partner 2015-07-10"],
    );
}

#[test]
fn a_passive_participle_of_admission_follows_its_state() {
    membership_dates(
        "en",
        "Montenegro, admitted to NATO in 2017, sent a frigate to the exercise.",
        &["NATO/MNE/member 2017"],
    );
    membership_dates(
        "ru",
        "Черногория, принятая в НАТО в 2017 году, направила фрегат на учения.",
        &["NATO/MNE/member 2017"],
    );
    membership_dates(
        "ar",
        "كرواتيا، التي قبلت في الاتحاد الأوروبي عام 2013، اعتمدت اليورو لاحقاً.",
        &["EU/HRV/member 2013"],
    );
}

#[test]
fn states_after_as_did_share_the_claim_and_its_date() {
    membership_dates(
        "en",
        "Estonia joined the EU in 2004, as did Latvia and Lithuania.",
        &[
            "EU/EST/member 2004",
            "EU/LVA/member 2004",
            "EU/LTU/member 2004",
        ],
    );
    membership_dates(
        "ru",
        "Эстония вступила в ЕС в 2004 году, как и Латвия и Литва.",
        &[
            "EU/EST/member 2004",
            "EU/LVA/member 2004",
            "EU/LTU/member 2004",
        ],
    );
}

#[test]
fn a_day_of_the_same_month_is_dated_in_full() {
    membership_dates(
        "ar",
        "بدأت إندونيسيا إجراءات الانضمام في الأول من يناير 2025، وأصبحت عضواً في بريكس في السادس من الشهر نفسه.",
        &["BRICS/IDN/member 2025-01-06"],
    );
    membership_dates(
        "en",
        "Slovakia came into being on 1 January 1993 and joined the UN on the 19th of the same month.",
        &["UN/SVK/member 1993-01-19"],
    );
    membership_dates(
        "ru",
        "Словакия появилась 1 января 1993 года и вступила в ООН 19-го числа того же месяца.",
        &["UN/SVK/member 1993-01-19"],
    );
}
