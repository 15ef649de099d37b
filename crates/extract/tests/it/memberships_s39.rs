//! Session-39 membership fixes (issue 3, memberships told by description), each on sentences written for it
//! (not from any eval file), failing before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::memberships;

/// A member noun qualified by an adjective of having left ("a former member of OPEC", "a former OPEC member",
/// «бывший член ОПЕК», «бывшая участница СНГ», "العضو السابق في أوبك", "عضو سابق في") is a `former` claim, not a
/// `member` one, and like "a member of" it states a status held: a date of the sentence's act does not date it.
#[test]
fn a_former_member_noun_is_a_former_claim() {
    memberships(
        "en",
        "Qatar, a former OPEC member, signed a gas deal with Germany on Tuesday.",
        &["OPEC/QAT/former"],
    );
    memberships(
        "en",
        "Ecuador, a former member of OPEC, said on Monday it would raise its output.",
        &["OPEC/ECU/former"],
    );
    memberships(
        "ru",
        "Катар, бывший член ОПЕК, во вторник подписал газовое соглашение с Германией.",
        &["OPEC/QAT/former"],
    );
    memberships(
        "ru",
        "Грузия, бывшая участница СНГ, в понедельник осудила учения.",
        &["CIS/GEO/former"],
    );
    memberships(
        "ar",
        "ووقّعت قطر، العضو السابق في أوبك، يوم الثلاثاء اتفاقاً للغاز مع ألمانيا.",
        &["OPEC/QAT/former"],
    );
    memberships(
        "ar",
        "وأعلنت الإكوادور، وهي عضو سابق في منظمة أوبك، أنها سترفع إنتاجها.",
        &["OPEC/ECU/former"],
    );
}

/// Two states whose status is told once for both, as having left: "the two former members of the Warsaw Pact",
/// "both former Warsaw Pact members", "Both were former members", «обе бывшие участницы», «Обе страны — бывшие
/// члены», «وكلاهما عضو سابق في», «والبلدان العضوان السابقان في» are former members, both of them.
#[test]
fn a_pair_told_as_former_members_is_former_for_both() {
    memberships(
        "en",
        "Romania and Bulgaria opened a new bridge over the Danube on Friday; the two former members of the \
         Warsaw Pact now trade mostly with Germany.",
        &["WARSAW_PACT/BGR/former", "WARSAW_PACT/ROU/former"],
    );
    memberships(
        "en",
        "Czechia and Slovakia, both former Warsaw Pact members, held talks in Bratislava on Monday.",
        &["WARSAW_PACT/CZE/former", "WARSAW_PACT/SVK/former"],
    );
    memberships(
        "en",
        "Estonia and Latvia signed a border treaty. Both were former members of the Warsaw Pact.",
        &["WARSAW_PACT/EST/former", "WARSAW_PACT/LVA/former"],
    );
    memberships(
        "ru",
        "Румыния и Болгария в пятницу открыли новый мост через Дунай; обе бывшие участницы Варшавского договора \
         торгуют теперь в основном с Германией.",
        &["WARSAW_PACT/BGR/former", "WARSAW_PACT/ROU/former"],
    );
    memberships(
        "ru",
        "Чехия и Словакия провели переговоры в понедельник. Обе страны — бывшие члены Варшавского договора.",
        &["WARSAW_PACT/CZE/former", "WARSAW_PACT/SVK/former"],
    );
    memberships(
        "ar",
        "افتتحت رومانيا وبلغاريا يوم الجمعة جسراً جديداً على نهر الدانوب، وكلاهما عضو سابق في حلف وارسو.",
        &["WARSAW_PACT/BGR/former", "WARSAW_PACT/ROU/former"],
    );
    memberships(
        "ar",
        "أجرت التشيك وسلوفاكيا محادثات يوم الاثنين، والبلدان العضوان السابقان في حلف وارسو يسعيان إلى تعزيز \
         التعاون.",
        &["WARSAW_PACT/CZE/former", "WARSAW_PACT/SVK/former"],
    );
}

/// A bloc named in an aside after the states, as the object of the aside's own cue, is not the bloc of a cue
/// after the aside's closing comma: "Slovakia and Czechia, both former members of the Warsaw Pact, hope to join"
/// wishes to join something else. A word for the bloc after the later cue («своё участие в организации») still
/// points back at it.
#[test]
fn the_bloc_of_an_aside_is_not_the_bloc_of_the_cue_after_it() {
    memberships(
        "en",
        "Slovakia and Czechia, both former members of the Warsaw Pact, hope to join by the end of the decade.",
        &["WARSAW_PACT/CZE/former", "WARSAW_PACT/SVK/former"],
    );
    memberships(
        "ru",
        "Словакия и Чехия, бывшие члены Варшавского договора, надеются вступить до конца десятилетия.",
        &["WARSAW_PACT/CZE/former", "WARSAW_PACT/SVK/former"],
    );
    memberships(
        "ar",
        "تأمل سلوفاكيا والتشيك، وكلاهما عضو سابق في حلف وارسو، الانضمام قبل نهاية العقد.",
        &["WARSAW_PACT/CZE/former", "WARSAW_PACT/SVK/former"],
    );
    memberships(
        "ru",
        "Киргизия, входящая в ОДКБ, в марте заморозила своё участие в организации.",
        &["CSTO/KGZ/member", "CSTO/KGZ/suspended"],
    );
}

/// A capital that names where something was done ("signed the accord in Rome", «в Риме», "في روما") is no state
/// a phrase pointing back at two states counts: the two are the states that acted.
#[test]
fn a_capital_of_place_is_no_antecedent_of_a_pair() {
    memberships(
        "en",
        "Albania signed the accord in Rome on Monday, a week after Croatia; both countries are members of NATO.",
        &["NATO/ALB/member", "NATO/HRV/member"],
    );
    memberships(
        "ru",
        "Албания подписала соглашение в Риме в понедельник, через неделю после Хорватии; обе страны входят в НАТО.",
        &["NATO/ALB/member", "NATO/HRV/member"],
    );
    memberships(
        "ar",
        "وقّعت ألبانيا الاتفاق في روما يوم الاثنين بعد أسبوع من كرواتيا، وكلا البلدين عضو في حلف شمال الأطلسي.",
        &["NATO/ALB/member", "NATO/HRV/member"],
    );
}

/// A counted noun for a bloc's members ("both members of NATO", «оба члена НАТО», "the two former members of")
/// points back at the two states named before; a state named further on, after words of its own clause, is
/// not its list ("… trade mostly with Germany").
#[test]
fn a_state_after_a_counted_noun_is_not_its_list() {
    memberships(
        "en",
        "Romania and Bulgaria opened a bridge on Friday; both members of NATO trade mostly with Germany.",
        &["NATO/BGR/member", "NATO/ROU/member"],
    );
    memberships(
        "ru",
        "Румыния и Болгария в пятницу открыли мост; оба члена НАТО торгуют в основном с Германией.",
        &["NATO/BGR/member", "NATO/ROU/member"],
    );
    memberships(
        "ar",
        "افتتحت رومانيا وبلغاريا جسراً يوم الجمعة، والبلدان العضوان في الناتو يتاجران أساساً مع ألمانيا.",
        &["NATO/BGR/member", "NATO/ROU/member"],
    );
}

/// A phrase pointing back at two states and a list set beside it by "together with", «вместе с», «совместно с»,
/// "with", "مع" found the bloc together: every state is a founder, whether the companion stands before the
/// cue («обе страны вместе с Казахстаном учредили»), after the bloc ("founded Mercosur with Paraguay") or right
/// after an Arabic verb-first pair ("وأسس البلدان مع باراغواي").
#[test]
fn companions_of_a_pair_in_a_founding_are_founders() {
    memberships(
        "ru",
        "Аргентина и Бразилия подписали соглашение. Обе страны совместно с Парагваем и Уругваем основали \
         МЕРКОСУР в 1991 году.",
        &[
            "MERCOSUR/ARG/founder",
            "MERCOSUR/BRA/founder",
            "MERCOSUR/PRY/founder",
            "MERCOSUR/URY/founder",
        ],
    );
    memberships(
        "ru",
        "Россия и Белоруссия провели учения. В 2010 году обе страны вместе с Казахстаном учредили Таможенный союз.",
        &["EACU/BLR/founder", "EACU/KAZ/founder", "EACU/RUS/founder"],
    );
    memberships(
        "en",
        "Argentina and Brazil signed a deal on Monday; the two neighbours founded Mercosur with Paraguay and \
         Uruguay in 1991.",
        &[
            "MERCOSUR/ARG/founder",
            "MERCOSUR/BRA/founder",
            "MERCOSUR/PRY/founder",
            "MERCOSUR/URY/founder",
        ],
    );
    memberships(
        "en",
        "Russia and Belarus held drills on Friday. The two countries, together with Kazakhstan, founded the \
         Eurasian Customs Union in 2010.",
        &["EACU/BLR/founder", "EACU/KAZ/founder", "EACU/RUS/founder"],
    );
    memberships(
        "ar",
        "وقعت الأرجنتين والبرازيل اتفاقاً، وأسس البلدان مع باراغواي والأوروغواي ميركوسور عام ١٩٩١.",
        &[
            "MERCOSUR/ARG/founder",
            "MERCOSUR/BRA/founder",
            "MERCOSUR/PRY/founder",
            "MERCOSUR/URY/founder",
        ],
    );
    memberships(
        "ar",
        "أجرت روسيا وبيلاروس مناورات. وكان البلدان قد أسّسا مع كازاخستان الاتحاد الجمركي الأوراسي عام ٢٠١٠.",
        &["EACU/BLR/founder", "EACU/KAZ/founder", "EACU/RUS/founder"],
    );
}
