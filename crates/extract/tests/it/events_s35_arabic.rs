//! Session 35 (Arabic and Russian recall, issue 3): constructions behind the Arabic misses of devx, each
//! checked on sentences written for these tests (other actors, tenses and word orders than the dev items).

use crate::support::check;

/// علّق "suspended" with a restriction as its object (sanctions, a ban, curbs, a blockade, an asset freeze)
/// suspends the restriction: a concession, as lifting or easing it is. The bare verb still suspends ties,
/// flights or a membership (SANCTION), and with على in its gap it comments on the sanctions instead.
#[test]
fn suspending_a_restriction_is_a_concession() {
    check(
        "ar",
        "علّق الاتحاد الأوروبي العقوبات المفروضة على بيلاروس لمدة أربعة أشهر.",
        &["CONCEDE EU>BLR"],
    );
    check(
        "ar",
        "علّقت كندا جزءاً من عقوباتها على فنزويلا.",
        &["CONCEDE CAN>VEN"],
    );
    check(
        "ar",
        "وعلّقت اليابان يوم الاثنين الحظر على واردات الأسماك الكورية الجنوبية.",
        &["CONCEDE JPN>KOR"],
    );
    check(
        "ar",
        "علّقت بريطانيا تجميد أصول البنك المركزي الليبي.",
        &["CONCEDE GBR>LBY"],
    );
    check(
        "ar",
        "أعلنت واشنطن تعليق العقوبات على كوبا لمدة ستة أشهر.",
        &["CONCEDE USA>CUB"],
    );
    // (Commenting on sanctions is no act; the bare verb with flights stays a sanction.)
    check(
        "ar",
        "علّق وزير الخارجية الروسي على العقوبات الأمريكية الجديدة.",
        &[],
    );
    check(
        "ar",
        "علّقت تركيا رحلاتها الجوية إلى العراق.",
        &["SANCTION TUR>IRQ"],
    );
    check(
        "en",
        "The EU suspended sanctions on Belarus for four months.",
        &["CONCEDE EU>BLR"],
    );
}

/// رفع "lifted" with an objection as its object is dropping the objection, as سحب and تخلى are already
/// ("lifted its objection", «снял возражения»).
#[test]
fn lifting_an_objection_is_a_concession() {
    check(
        "ar",
        "رفعت أنقرة اعتراضها على انضمام السويد إلى الحلف.",
        &["CONCEDE TUR>SWE"],
    );
    check(
        "ar",
        "ورفعت المجر يوم الثلاثاء اعتراضها على انضمام فنلندا.",
        &["CONCEDE HUN>FIN"],
    );
    check(
        "en",
        "Turkey lifted its objection to Sweden joining NATO.",
        &["CONCEDE TUR>SWE"],
    );
}

/// برصاص "by the bullets of" names who fired as بنيران does: a killing or wounding told with it is the
/// shooters' assault on the victims' state, and its agent belongs to the killing, not to a verb of
/// condemning before it (the condemnation stays active: IRQ>TUR, not TUR>IRQ).
#[test]
fn killed_by_the_bullets_of_a_state_is_its_assault() {
    check(
        "ar",
        "قُتل ثلاثة صيادين لبنانيين برصاص البحرية الإسرائيلية قبالة صور.",
        &["ASSAULT ISR>LBN"],
    );
    check(
        "ar",
        "أصيب جنديان أردنيان برصاص قناصة إسرائيليين على الحدود.",
        &["ASSAULT ISR>JOR"],
    );
    check(
        "ar",
        "ندد العراق بمقتل ثلاثة من أفراد الشرطة العراقية برصاص القوات التركية.",
        &["ACCUSE IRQ>TUR", "ASSAULT TUR>IRQ"],
    );
    check(
        "ar",
        "ندد العراق بمقتل شرطيين عراقيين بنيران القوات التركية.",
        &["ACCUSE IRQ>TUR", "ASSAULT TUR>IRQ"],
    );
}

/// Opening or restoring an air, bus or road service, freight traffic or a railway between two states is
/// economic cooperation, as opening a ferry line or a route already is.
#[test]
fn opening_a_service_or_a_railway_between_states_is_cooperation() {
    check(
        "ru",
        "Казахстан и Узбекистан в среду открыли новую железную дорогу между Ташкентом и Туркестаном.",
        &["COOPERATE {KAZ+UZB}"],
    );
    check(
        "ru",
        "Армения и Грузия восстановили прямое воздушное сообщение после двухлетнего перерыва.",
        &["COOPERATE {ARM+GEO}"],
    );
    check(
        "ru",
        "Китай и Монголия открыли регулярное автобусное сообщение между Эрляном и Замын-Ууде.",
        &["COOPERATE {CHN+MNG}"],
    );
    check(
        "en",
        "India and Nepal launched a new bus service between Kathmandu and Varanasi.",
        &["COOPERATE {IND+NPL}"],
    );
}
