//! Session 45: the discourse target (`Coder::discourse_target`) by the kind of act. A refusal or a
//! concession that names its doer and no one it answers is aimed at the doers of the latest request,
//! accusation or threat aimed at its doer in the story told before, not at the other side of whatever
//! its doer did last (`Coder::answered_demand`). An act whose doer took part in no event remembered
//! joins the latest act of its own type against the same side (`Coder::parallel_act`). Sentences
//! written for these tests.

use crate::support::check_rows;

/// A concession or a refusal answers the charge or the demand made of its doer, though the doer acted
/// on a third state in between.
#[test]
fn a_refusal_or_concession_answers_the_demand_made_of_its_doer() {
    check_rows(&[
        (
            "en",
            "Turkey accused Greece of sheltering the rebel leader. On Monday Greek police detained two Italian activists. Athens admitted that the rebel leader had stayed at its embassy.",
            &["ACCUSE TUR>GRC", "COERCE GRC>ITA", "CONCEDE GRC>TUR"],
        ),
        (
            "ru",
            "Турция обвинила Грецию в укрывательстве лидера повстанцев. В понедельник греческая полиция задержала двух итальянских активистов. Афины признали, что лидер повстанцев находился в их посольстве.",
            &["ACCUSE TUR>GRC", "COERCE GRC>ITA", "CONCEDE GRC>TUR"],
        ),
        (
            "en",
            "Turkey accused Greece of sheltering the rebel leader. On Monday Greek police detained two Italian activists. Athens rejected that on Tuesday.",
            &["ACCUSE TUR>GRC", "COERCE GRC>ITA", "REJECT GRC>TUR"],
        ),
        (
            "ar",
            "اتهمت تركيا اليونان بإيواء زعيم المتمردين. واعتقلت الشرطة اليونانية يوم الاثنين ناشطين إيطاليين اثنين. ورفضت أثينا يوم الثلاثاء العرض.",
            &["ACCUSE TUR>GRC", "COERCE GRC>ITA", "REJECT GRC>TUR"],
        ),
        (
            "ar",
            "طالبت تركيا اليونان بتسليم زعيم المتمردين. واعتقلت الشرطة اليونانية يوم الاثنين ناشطين إيطاليين اثنين. وقد رفضت الحكومة اليونانية في اليوم ذاته عرضاً من الحلف.",
            &["REQUEST TUR>GRC", "COERCE GRC>ITA", "REJECT GRC>TUR"],
        ),
    ]);
}

/// With no demand, charge or threat aimed at its doer remembered, a refusal or a concession takes no
/// target from the story: its doer's own act on a third state is not what it refuses or concedes.
#[test]
fn no_discourse_target_for_a_refusal_without_a_demand_before() {
    check_rows(&[
        (
            "en",
            "On Monday Greek police detained two Italian activists. Athens admitted that the rebel leader had stayed at its embassy.",
            &["COERCE GRC>ITA"],
        ),
        (
            "ru",
            "В понедельник греческая полиция задержала двух итальянских активистов. Афины признали, что лидер повстанцев находился в их посольстве.",
            &["COERCE GRC>ITA"],
        ),
        (
            "en",
            "On Monday Greek police detained two Italian activists. Athens rejected the offer on Tuesday.",
            &["COERCE GRC>ITA"],
        ),
        (
            "ar",
            "واعتقلت الشرطة اليونانية يوم الاثنين ناشطين إيطاليين اثنين. ورفضت أثينا يوم الثلاثاء العرض.",
            &["COERCE GRC>ITA"],
        ),
    ]);
}

/// A state new to the story that takes a measure of the kind just told joins it against the same side.
#[test]
fn a_new_doer_joins_the_latest_act_of_its_type() {
    check_rows(&[
        (
            "en",
            "The European Union froze political contacts with Austria on Friday. Israel recalled its ambassador the same day.",
            &["SANCTION EU>AUT", "SANCTION ISR>AUT"],
        ),
        (
            "ru",
            "Европейский союз в пятницу заморозил политические контакты с Австрией. В тот же день Израиль отозвал своего посла.",
            &["SANCTION EU>AUT", "SANCTION ISR>AUT"],
        ),
        (
            "ar",
            "جمّد الاتحاد الأوروبي يوم الجمعة اتصالاته السياسية مع النمسا. واستدعت إسرائيل سفيرها في اليوم نفسه.",
            &["SANCTION EU>AUT", "SANCTION ISR>AUT"],
        ),
    ]);
}

/// An act of another kind told before is not the one joined: the new doer's measure takes no target.
#[test]
fn no_parallel_target_from_an_act_of_another_type() {
    check_rows(&[
        (
            "en",
            "Poland accused Austria of shielding the bank. Israel recalled its ambassador the same day.",
            &["ACCUSE POL>AUT"],
        ),
        (
            "ru",
            "Польша обвинила Австрию в укрывательстве банка. В тот же день Израиль отозвал своего посла.",
            &["ACCUSE POL>AUT"],
        ),
        (
            "ar",
            "اتهمت بولندا النمسا بحماية المصرف. واستدعت إسرائيل سفيرها في اليوم نفسه.",
            &["ACCUSE POL>AUT"],
        ),
    ]);
}
