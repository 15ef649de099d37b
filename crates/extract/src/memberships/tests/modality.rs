use super::check;
use blocwatch_text::Lang;

#[test]
fn a_bare_arabic_freeze_suspends_only_a_membership() {
    check(
        Lang::Ar,
        "جمّد الاتحاد الأفريقي عضوية النيجر عام 2023.",
        &["AU/NER/suspended 2023"],
    );
    check(
        Lang::Ar,
        "جمّدت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي.",
        &["CSTO/ARM/suspended"],
    );
    check(Lang::Ar, "جمّد البنك الدولي قروضه لروسيا يوم الأربعاء.", &[]);
    check(
        Lang::Ar,
        "جمّدت منظمة التجارة العالمية المحادثات مع بيلاروسيا.",
        &[],
    );
}

#[test]
fn a_future_status_has_not_happened() {
    check(
        Lang::Ru,
        "Иран станет полноправным членом БРИКС в январе.",
        &[],
    );
    check(Lang::Ar, "ستصبح إيران عضواً كاملاً في بريكس في يناير.", &[]);
}

/// eval/README, Memberships: a change still to come gives no status yet; an office still to come is
/// held by a member already.
#[test]
fn a_change_still_to_come_claims_nothing() {
    check(Lang::En, "Algeria is set to join the AIIB next month.", &[]);
    // Having no plans is a refusal, kept negated (`applications`), not a change to come.
    check(
        Lang::En,
        "Laos has no plans to join the SCO.",
        &["SCO/LAO/member negated"],
    );
    check(
        Lang::En,
        "Laos is expected to become an observer at the SCO.",
        &[],
    );
    check(
        Lang::Ru,
        "Таиланд вступит в БРИКС в качестве страны-партнёра с 1 января.",
        &[],
    );
    check(Lang::Ru, "Как ожидается, Лаос присоединится к ШОС.", &[]);
    check(Lang::Ar, "ستنضم تايلاند إلى بريكس بصفة دولة شريكة.", &[]);
    check(
        Lang::Ar,
        "ومن المقرر أن تنضم الجزائر إلى بنك التنمية الجديد.",
        &[],
    );
    check(
        Lang::Ar,
        "ستتولى البرازيل رئاسة مجموعة بريكس العام المقبل.",
        &["BRICS/BRA/member"],
    );
    // A future in another clause leaves the claim alone.
    check(
        Lang::En,
        "Laos joined ASEAN in 1997, and talks are expected to resume.",
        &["ASEAN/LAO/member 1997"],
    );
}

/// Staying in a bloc, told or promised, is a membership held now (undated); a condition still governs it,
/// and staying "in place" or a bloc that itself "remains" something names no member.
#[test]
fn staying_in_a_bloc_is_a_membership_held() {
    check(
        Lang::En,
        "The new Moldovan leader pledged on Friday that Moldova would stay in the Commonwealth of Independent States.",
        &["CIS/MDA/member"],
    );
    check(
        Lang::En,
        "Kazakhstan will remain in the Eurasian Economic Union, its foreign minister said.",
        &["EAEU/KAZ/member"],
    );
    check(
        Lang::En,
        "If Hungary stays in the EU, it must accept the ruling.",
        &[],
    );
    check(
        Lang::En,
        "Iran applied to join the WTO, but the embargo on Tehran stays in place.",
        &["WTO/IRN/applicant"],
    );
    check(
        Lang::En,
        "Russian troops will remain in Syria next year.",
        &[],
    );
    check(
        Lang::Ru,
        "Президент заверил, что Таджикистан останется в ОДКБ и ЕАЭС.",
        &["CSTO/TJK/member", "EAEU/TJK/member"],
    );
    check(
        Lang::Ru,
        "Киргизия останется в составе ОДКБ.",
        &["CSTO/KGZ/member"],
    );
    check(Lang::Ru, "Санкции ЕС остаются в силе.", &[]);
    check(
        Lang::Ar,
        "وتعهد الوزير بأن تبقى الكويت في منظمة أوبك.",
        &["OPEC/KWT/member"],
    );
    check(
        Lang::Ar,
        "يبقى الاتحاد الأوروبي الشريك التجاري الأول للمغرب.",
        &[],
    );
}

/// «приостановил сотрудничество с МАГАТЭ», «приостановила взносы в бюджет Совета Европы»: a bare Russian verb
/// of suspending suspends a membership only with a state as its object or a membership or participation
/// after it.
#[test]
fn russian_bare_suspending_verbs() {
    check(
        Lang::Ru,
        "Пхеньян приостановил сотрудничество с МАГАТЭ.",
        &[],
    );
    check(
        Lang::Ru,
        "Турция приостановила взносы в бюджет Совета Европы.",
        &[],
    );
    check(
        Lang::Ru,
        "Молдавия приостановила в 2023 году своё участие в СНГ.",
        &["CIS/MDA/suspended 2023"],
    );
}

/// "vowed to veto Albania's accession", «одобрил вступление Черногории в НАТО»: another party's stance on an
/// accession is that party's act, no claim of the state; an accession told as done still claims.
#[test]
fn another_party_s_stance_on_an_accession() {
    check(
        Lang::En,
        "Austria vowed to veto Albania's accession to the EU.",
        &[],
    );
    check(
        Lang::En,
        "Croatia's parliament ratified Montenegro's accession to NATO in 2016.",
        &[],
    );
    check(
        Lang::Ru,
        "Сенат США одобрил вступление Черногории в НАТО.",
        &[],
    );
    check(
        Lang::En,
        "Montenegro's accession to NATO in June 2017 angered Moscow.",
        &["NATO/MNE/member 2017-06"],
    );
}

/// "Moldova's parliament ratified the country's accession to the CIS", «Парламент Молдавии ратифицировал
/// вступление страны в СНГ»: a legislature ratifying its own state's accession completes it, dated to the vote;
/// "its" may be another state's ("after Hungary's parliament ratified its accession"), and blocking stays a stance.
#[test]
fn ratifying_one_s_own_accession_is_a_membership() {
    check(
        Lang::En,
        "Georgia's parliament on Tuesday ratified the country's accession to the CIS.",
        &["CIS/GEO/member 2024-10-22"],
    );
    check(
        Lang::Ru,
        "Парламент Грузии во вторник ратифицировал вступление страны в СНГ.",
        &["CIS/GEO/member 2024-10-22"],
    );
    check(
        Lang::Ar,
        "صادق برلمان جورجيا يوم الثلاثاء على انضمام البلاد إلى رابطة الدول المستقلة.",
        &["CIS/GEO/member 2024-10-22"],
    );
    check(
        Lang::En,
        "Sweden joined NATO in March 2024 after Hungary's parliament ratified its accession.",
        &["NATO/SWE/member 2024-03"],
    );
    check(
        Lang::Ru,
        "Парламент Турции заблокировал вступление страны в ЕС.",
        &[],
    );
}

/// Support for another party's accession is a stance on it, like approval; a wish told in a clause of
/// «чтобы» claims nothing, however far its status word stands from «чтобы».
#[test]
fn support_for_an_accession_and_a_wished_membership() {
    check(
        Lang::Ru,
        "Германия поддерживает скорейшее вступление Молдавии в Евросоюз.",
        &[],
    );
    check(Lang::En, "Poland backed Ukraine's entry into NATO.", &[]);
    check(
        Lang::Ru,
        "Премьер выступил за то, чтобы Индия получила место постоянного члена Совета Безопасности ООН.",
        &[],
    );
    check(
        Lang::En,
        "If Georgia joins the EU, trade rules will change.",
        &[],
    );
    check(
        Lang::Ru,
        "Хорватия вступила в ЕС в 2013 году, чтобы открыть рынки.",
        &["EU/HRV/member 2013"],
    );
}

/// "expelled" claims a state's leaving only with the state as its object or in a passive clause, not when a
/// state expels diplomats.
#[test]
fn expelling_diplomats_is_no_leaving() {
    check(
        Lang::En,
        "Lithuania, a NATO member, expelled three Russian diplomats.",
        &["NATO/LTU/member"],
    );
    check(
        Lang::En,
        "The Council of Europe expelled Russia in March 2022.",
        &["COE/RUS/former 2022-03"],
    );
    check(
        Lang::En,
        "Russia was suspended from the Council of Europe in February 2022 and expelled weeks later.",
        &["COE/RUS/suspended 2022-02", "COE/RUS/former"],
    );
}

/// Memberships of a whole document, through the pipeline.
/// An English founding verb in the passive with no agent tells of the bloc's birth: the states of the
/// sentence did not found it; "a member since the bloc was founded" is a founder.
#[test]
fn a_passive_founding_of_the_bloc_founds_nothing() {
    check(
        Lang::En,
        "Morocco rejoined the African Union in 2017, fifteen years after the union was set up.",
        &["AU/MAR/member 2017"],
    );
    // With its agents it still founds.
    check(
        Lang::En,
        "The Arab League was founded in 1945 by Egypt and Syria.",
        &[
            "ARAB_LEAGUE/EGY/founder 1945",
            "ARAB_LEAGUE/SYR/founder 1945",
        ],
    );
    // A copula before a founding noun is no passive.
    check(
        Lang::En,
        "Both Uruguay and Paraguay are founding members of Mercosur.",
        &["MERCOSUR/URY/founder", "MERCOSUR/PRY/founder"],
    );
    check(
        Lang::En,
        "Kazakhstan, a member of the SCO since the organisation was founded, hosted the summit.",
        &["SCO/KAZ/founder"],
    );
    check(
        Lang::En,
        "Kazakhstan, a member of the SCO since 2001, hosted the summit.",
        &["SCO/KAZ/member 2001"],
    );
}

/// A founding noun after a word of sequence places another act against the bloc's birth: the state
/// that joined after (or before) the founding did not found it; a founding with no such word founds.
#[test]
fn a_founding_after_a_word_of_sequence_founds_nothing() {
    check(
        Lang::Ru,
        "Казахстан вступил в ШОС после основания организации.",
        &["SCO/KAZ/member"],
    );
    check(
        Lang::Ar,
        "انضمت بليز إلى الجماعة الكاريبية بعد تأسيسها بسنوات.",
        &["CARICOM/BLZ/member"],
    );
    check(
        Lang::En,
        "Belize joined CARICOM years after the founding of the community.",
        &["CARICOM/BLZ/member"],
    );
    // Traps: a share in the founding itself still founds.
    check(
        Lang::Ar,
        "شاركت مصر في تأسيس جامعة الدول العربية.",
        &["ARAB_LEAGUE/EGY/founder"],
    );
    check(
        Lang::Ru,
        "Египет участвовал в основании Лиги арабских государств.",
        &["ARAB_LEAGUE/EGY/founder"],
    );
}
