use super::check;
use blocwatch_text::Lang;

#[test]
fn the_host_of_a_blocs_summit_is_a_member() {
    // The state, the host word, the summit.
    check(
        Lang::En,
        "Laos will host the ASEAN summit in October.",
        &["ASEAN/LAO/member"],
    );
    check(
        Lang::En,
        "Kazakhstan, which is hosting the CSTO summit this autumn, proposed a joint drill.",
        &["CSTO/KAZ/member"],
    );
    check(
        Lang::Ru,
        "Лаос примет саммит АСЕАН в октябре.",
        &["ASEAN/LAO/member"],
    );
    check(
        Lang::Ru,
        "Казахстан, принимающий осенью саммит ОДКБ, предложил провести совместные учения.",
        &["CSTO/KAZ/member"],
    );
    check(
        Lang::Ar,
        "اقترحت كازاخستان، التي تستضيف قمة منظمة معاهدة الأمن الجماعي هذا الخريف، إجراء مناورات مشتركة.",
        &["CSTO/KAZ/member"],
    );
    // Arabic verb-first: the host verb, the state, the summit.
    check(
        Lang::Ar,
        "ستستضيف لاوس قمة رابطة آسيان في أكتوبر.",
        &["ASEAN/LAO/member"],
    );
    // The summit, then the host in a relative or passive clause.
    check(
        Lang::En,
        "The SCO summit that Kazakhstan is hosting opens in July.",
        &["SCO/KAZ/member"],
    );
    check(
        Lang::En,
        "Leaders flew in for the G20 summit, hosted this year by Brazil.",
        &["G20/BRA/member"],
    );
    check(
        Lang::Ru,
        "Саммит ШОС, который принимает Казахстан, откроется в июле.",
        &["SCO/KAZ/member"],
    );
    check(
        Lang::Ar,
        "تفتتح في يوليو قمة منظمة شنغهاي للتعاون التي تستضيفها كازاخستان.",
        &["SCO/KAZ/member"],
    );
}

#[test]
fn a_summit_as_the_place_of_another_act_names_no_host() {
    // A preposition or a word of taking part between the host word and the summit.
    check(
        Lang::En,
        "Indonesia hosted the Chinese premier at the ASEAN summit.",
        &[],
    );
    check(
        Lang::Ru,
        "Турция приняла участие в саммите ШОС как гость.",
        &[],
    );
    // A noun for the host after the summit, in another clause.
    check(
        Lang::En,
        "The envoy left the NATO summit in Riga early, and thanked his host for Estonia's help.",
        &[],
    );
    check(
        Lang::Ar,
        "غادر المبعوث قمة حلف شمال الأطلسي في ريغا مبكراً، وشكر مضيفه على مساعدة إستونيا.",
        &[],
    );
    // A summit with the bloc as the other party.
    check(Lang::En, "Japan hosted a summit with ASEAN in Tokyo.", &[]);
}
