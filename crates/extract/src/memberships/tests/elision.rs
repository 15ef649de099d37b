use super::{check, check_doc};
use blocwatch_text::Lang;

#[test]
fn founding_nouns_elided_second_blocs_and_arabic_companions() {
    // An Arabic noun of founding claims the bloc it governs, not a body it founds beside a bloc.
    check(
        Lang::Ar,
        "شاركت مصر والسعودية في إنشاء جامعة الدول العربية عام 1945.",
        &[
            "ARAB_LEAGUE/EGY/founder 1945",
            "ARAB_LEAGUE/SAU/founder 1945",
        ],
    );
    check(
        Lang::Ar,
        "اتفقت روسيا والصين على إنشاء بنك للتنمية تابع لمجموعة بريكس.",
        &[],
    );
    check(
        Lang::Ar,
        "اقترحت البرازيل على دول بريكس إنشاء منصة للدفع.",
        &[],
    );
    // A second bloc whose verb is left out takes the claim with its own date.
    check(
        Lang::En,
        "Egypt joined the African Union in 1963 and BRICS in 2024.",
        &["AU/EGY/member 1963", "BRICS/EGY/member 2024"],
    );
    check(
        Lang::Ru,
        "Финляндия вступила в ЕС в 1995 году и в НАТО в 2023 году.",
        &["EU/FIN/member 1995", "NATO/FIN/member 2023"],
    );
    check(
        Lang::Ar,
        "انضمت تركيا إلى حلف الناتو عام 1952 وإلى مجموعة العشرين عام 1999.",
        &["NATO/TUR/member 1952", "G20/TUR/member 1999"],
    );
    check(
        Lang::En,
        "Egypt joined the African Union in 1963 and BRICS leaders met in 2024.",
        &["AU/EGY/member 1963"],
    );
    // «مع» after the subject touching its verb names companions in the claim; elsewhere it does not.
    check(
        Lang::Ar,
        "انضمت الإمارات مع إيران إلى مجموعة بريكس في يناير 2024.",
        &["BRICS/ARE/member 2024-01", "BRICS/IRN/member 2024-01"],
    );
    check(
        Lang::Ar,
        "ناقشت تركيا مع روسيا طلب انضمامها إلى منظمة شنغهاي للتعاون.",
        &["SCO/TUR/applicant"],
    );
    check(
        Lang::Ar,
        "تتفاوض أرمينيا مع أذربيجان، العضو في حركة عدم الانحياز، على معاهدة سلام.",
        &["NON_ALIGNED/AZE/member"],
    );
}

#[test]
fn followers_repeat_the_previous_claim() {
    check(
        Lang::En,
        "Iran became a member of the SCO in July 2023, and Belarus followed in July 2024.",
        &["SCO/IRN/member 2023-07", "SCO/BLR/member 2024-07"],
    );
    check(
        Lang::En,
        "Cuba became a BRICS partner country on 1 January 2025; Nigeria was added on 17 January.",
        &[
            "BRICS/CUB/partner 2025-01-01",
            "BRICS/NGA/partner 2025-01-17",
        ],
    );
    check(Lang::En, "Iran followed the talks closely.", &[]);
}

#[test]
fn an_elided_bloc_dated_by_a_year_with_its_case_ending() {
    check(
        Lang::Ru,
        "Финляндия вступила в ЕС в 1995 году, а в НАТО — в 2023-м.",
        &["EU/FIN/member 1995", "NATO/FIN/member 2023"],
    );
}

/// A state list right after "after", «после», "بعد" that closes its clause did the same earlier (undated); one
/// with a verb or a possessive of its own ("after Russia invaded", "after Hungary's parliament") did not.
#[test]
fn a_list_closing_its_clause_after_a_word_of_sequence_did_the_same() {
    check(
        Lang::En,
        "Latvia joined the Council of Europe in February 1995, three months after Lithuania and Estonia.",
        &[
            "COE/LVA/member 1995-02",
            "COE/LTU/member 1994-11",
            "COE/EST/member 1994-11",
        ],
    );
    check(
        Lang::En,
        "Finland joined NATO in April 2023 after Russia invaded Ukraine.",
        &["NATO/FIN/member 2023-04"],
    );
    check(
        Lang::En,
        "Finland joined NATO in April 2023, a year after Russia's invasion of Ukraine.",
        &["NATO/FIN/member 2023-04"],
    );
    check(
        Lang::En,
        "Armenia joined the EAEU in January 2015, days after talks with Russia.",
        &["EAEU/ARM/member 2015-01"],
    );
    check(
        Lang::Ru,
        "Латвия вступила в Совет Европы в феврале 1995 года, через три месяца после Литвы, а Россия ещё ждала.",
        &["COE/LVA/member 1995-02", "COE/LTU/member 1994-11"],
    );
    check(
        Lang::Ru,
        "Монголия стала наблюдателем ШОС в 2004 году, одновременно с Ираном.",
        &["SCO/MNG/observer 2004", "SCO/IRN/observer 2004"],
    );
    check(
        Lang::Ar,
        "انضمت لاتفيا إلى مجلس أوروبا عام 1995 بعد ليتوانيا.",
        &["COE/LVA/member 1995", "COE/LTU/member"],
    );
    check(
        Lang::Ar,
        "انضمت فنلندا إلى الناتو عام 2023 بعد غزو روسيا لأوكرانيا.",
        &["NATO/FIN/member 2023"],
    );
}

/// A membership resumed or restored after a suspension is a membership again.
#[test]
fn a_resumed_or_restored_membership() {
    check(
        Lang::En,
        "Gabon resumed its participation in the African Union after the elections.",
        &["AU/GAB/member"],
    );
    check(
        Lang::En,
        "The AU reinstated Egypt in June 2014.",
        &["AU/EGY/member 2014-06"],
    );
    check(
        Lang::Ru,
        "Сирия возобновила участие в Лиге арабских государств в мае 2023 года.",
        &["ARAB_LEAGUE/SYR/member 2023-05"],
    );
    check(
        Lang::Ar,
        "قررت الجامعة العربية استئناف مشاركة سوريا في اجتماعاتها.",
        &["ARAB_LEAGUE/SYR/member"],
    );
    // No bloc, no membership.
    check(
        Lang::En,
        "Russia resumed its participation in the grain deal.",
        &[],
    );
}

#[test]
fn an_ordinal_of_another_act_counts_no_earlier_members() {
    // The states before "after" did the counted act (recognising), not the claim's joining.
    check(
        Lang::En,
        "Nauru, a UN member since 1999, became the fourth state to recognise Abkhazia after Russia, Nicaragua and Venezuela.",
        &["UN/NRU/member 1999"],
    );
    check(
        Lang::Ar,
        "ناورو، العضو في الأمم المتحدة منذ عام 1999، أصبحت الدولة الرابعة التي تعترف بأبخازيا بعد روسيا ونيكاراغوا وفنزويلا.",
        &["UN/NRU/member 1999"],
    );
    // The joining counted keeps them.
    check(
        Lang::En,
        "Croatia became the 28th state to join the EU, after Slovenia and Cyprus.",
        &["EU/HRV/member", "EU/SVN/member", "EU/CYP/member"],
    );
}

/// A second bloc after the cue's that repeats the preposition governing the first ("belongs to the OECD and
/// to NATO", «входит и в НАТО, и в Евросоюз», "عضو في أوبك وفي الاتحاد الأفريقي") shares its claim; another
/// preposition or a clause of its own does not.
#[test]
fn a_repeated_preposition_lists_the_next_bloc() {
    check(
        Lang::En,
        "Norway is a member of NATO and of the Arctic Council.",
        &["NATO/NOR/member", "ARCTIC_COUNCIL/NOR/member"],
    );
    check(
        Lang::En,
        "Lithuania now belongs to the OECD as well as to NATO and the European Union.",
        &["OECD/LTU/member", "NATO/LTU/member", "EU/LTU/member"],
    );
    check(
        Lang::Ru,
        "Венгрия входит и в НАТО, и в Евросоюз.",
        &["NATO/HUN/member", "EU/HUN/member"],
    );
    check(
        Lang::Ar,
        "الجزائر عضو في منظمة أوبك وفي الاتحاد الأفريقي.",
        &["OPEC/DZA/member", "AU/DZA/member"],
    );
    check(
        Lang::Ar,
        "باتت ليتوانيا عضواً في المنظمة وفي حلف الناتو والاتحاد الأوروبي معاً.",
        &["NATO/LTU/member", "EU/LTU/member"],
    );
    // Traps: another preposition, a negated second bloc, a clause of its own.
    check(
        Lang::En,
        "Austria belongs to the European Union but not to NATO.",
        &["EU/AUT/member"],
    );
    check(
        Lang::En,
        "Peru is a member of APEC and in the European Union talks it stays quiet.",
        &["APEC/PER/member"],
    );
    check(
        Lang::Ru,
        "Австрия входит в Евросоюз, но не в НАТО.",
        &["EU/AUT/member"],
    );
    check(
        Lang::Ar,
        "غانا عضو في إيكواس واستضافت قمة الاتحاد الأفريقي.",
        // No membership elided into the second clause; the host of the AU's summit is its member.
        &["ECOWAS/GHA/member", "AU/GHA/member"],
    );
}

/// The only one to do an act after a state counts the doers of that act, not followers of a membership told before.
#[test]
fn the_only_one_after_a_state_follows_no_membership() {
    check_doc(
        Lang::En,
        "Daniel Ortega, whose country belongs to ALBA, met Dmitry Medvedev. Medvedev thanked Managua for recognising Abkhazia, the only state to have done so after Russia.",
        &["ALBA/NIC/member"],
    );
    check_doc(
        Lang::Ru,
        "Даниэль Ортега, чья страна входит в АЛБА, встретился с Медведевым. Медведев поблагодарил Манагуа за признание Абхазии — единственное после России.",
        &["ALBA/NIC/member"],
    );
    check_doc(
        Lang::Ar,
        "التقى دانيال أورتيغا، العضو بلده في تحالف ألبا، دميتري مدفيديف. وشكر مدفيديف ماناغوا على اعترافها بأبخازيا، وهي الدولة الوحيدة التي فعلت ذلك بعد روسيا.",
        &["ALBA/NIC/member"],
    );
}

#[test]
fn a_bloc_named_with_a_counted_head_names_the_list_after_it() {
    // A possessive bloc, a count and a word for its states before a bracket: all of them are members.
    check(
        Lang::En,
        "The Gulf Cooperation Council's six states (Saudi Arabia, the UAE, Qatar, Kuwait, Oman and Bahrain) endorsed the bid.",
        &[
            "GCC/SAU/member",
            "GCC/ARE/member",
            "GCC/QAT/member",
            "GCC/KWT/member",
            "GCC/OMN/member",
            "GCC/BHR/member",
        ],
    );
    // An inclusion word after the mark: a part of the count.
    check(
        Lang::Ru,
        "Десять государств АСЕАН, в том числе Вьетнам и Таиланд, приняли декларацию.",
        &["ASEAN/VNM/member", "ASEAN/THA/member"],
    );
    check(
        Lang::En,
        "The ten ASEAN states (among them Vietnam and Thailand) adopted a declaration.",
        &["ASEAN/VNM/member", "ASEAN/THA/member"],
    );
    // Arabic opens the list with the pronoun "هي", no mark before it.
    check(
        Lang::Ar,
        "قررت أربع دول من تحالف أوبك+ هي السعودية وروسيا والعراق والكويت تمديد الخفض.",
        &[
            "OPEC_PLUS/SAU/member",
            "OPEC_PLUS/RUS/member",
            "OPEC_PLUS/IRQ/member",
            "OPEC_PLUS/KWT/member",
        ],
    );
    // Without a word for the states, or with a count the list does not fill, the list is no member list.
    check(
        Lang::En,
        "NATO's two rivals (Russia and China) condemned the drills.",
        &[],
    );
    check(
        Lang::En,
        "The Gulf Cooperation Council's six states (Saudi Arabia and Qatar above all) backed the bid.",
        &[],
    );
}

/// A word of sequence before a state that did the same earlier: English "following" as "after"; Arabic counts the
/// span before «من» and sets off the state's own relative clause by no mark. A state with a verb of its own after
/// the word did another act.
#[test]
fn a_state_after_following_or_an_arabic_span_did_the_same() {
    check(
        Lang::En,
        "Peru applied to join the OECD in 2016, following Chile.",
        &["OECD/PER/applicant 2016", "OECD/CHL/applicant"],
    );
    check(
        Lang::Ar,
        "انضمت بيرو إلى منظمة التعاون الاقتصادي والتنمية عام 2019، بعد تسع سنوات من تشيلي.",
        &["OECD/PER/member 2019", "OECD/CHL/member"],
    );
    check(
        Lang::Ar,
        "انضمت بيرو إلى منظمة التعاون الاقتصادي والتنمية عام 2019 بعد تشيلي التي سبقتها بسنوات.",
        &["OECD/PER/member 2019", "OECD/CHL/member"],
    );
    // The state's own relative clause dates its claim.
    check(
        Lang::Ru,
        "Перу вступила в ОЭСР в 2019 году вслед за Чили, которая сделала это в 2010 году.",
        &["OECD/PER/member 2019", "OECD/CHL/member 2010"],
    );
    check(
        Lang::En,
        "Peru joined the OECD in 2019 following Chile's objections.",
        &["OECD/PER/member 2019"],
    );
    check(
        Lang::Ar,
        "انضمت بيرو إلى منظمة التعاون الاقتصادي والتنمية عام 2019 بعد أسبوع من محادثات مع تشيلي.",
        &["OECD/PER/member 2019"],
    );
}
