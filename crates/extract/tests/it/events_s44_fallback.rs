//! Session 44: the fallback target from the story told before (`Coder::discourse_target`). A verb that
//! names its doer and no one it acts on, in a sentence that names no target the roles or the first
//! fallback (`Coder::fallback_target`) could take, is aimed at the other side of the latest event of two
//! parties its doer took part in. Sentences written for these tests.

use crate::support::check_rows;

/// A pronoun or a description stands for the people or the act of the event told before.
#[test]
fn a_verb_with_no_target_takes_the_other_side_of_its_doers_last_event() {
    check_rows(&[
        (
            "en",
            "Russia detained an American diplomat in Moscow on Monday. On Tuesday the Russian Foreign Ministry declared him persona non grata.",
            &["COERCE RUS>USA", "SANCTION RUS>USA"],
        ),
        (
            "ru",
            "Россия в понедельник задержала в Москве американского дипломата. Во вторник МИД России объявил его персоной нон грата.",
            &["COERCE RUS>USA", "SANCTION RUS>USA"],
        ),
        (
            "ar",
            "احتجزت روسيا دبلوماسياً أمريكياً في موسكو يوم الاثنين. وأعلنت وزارة الخارجية الروسية يوم الثلاثاء الدبلوماسي شخصاً غير مرغوب فيه.",
            &["COERCE RUS>USA", "SANCTION RUS>USA"],
        ),
        // (An answer told right after the act it answers.)
        (
            "en",
            "Poland accused Belarus of pushing migrants across the border. Minsk expelled two diplomats on Thursday.",
            &["ACCUSE POL>BLR", "SANCTION BLR>POL"],
        ),
        (
            "ru",
            "Польша обвинила Белоруссию в переброске мигрантов через границу. Минск в четверг выслал двух дипломатов.",
            &["ACCUSE POL>BLR", "SANCTION BLR>POL"],
        ),
        (
            "ar",
            "اتهمت بولندا بيلاروسيا بدفع المهاجرين عبر الحدود. وطردت مينسك دبلوماسيين اثنين يوم الخميس.",
            &["ACCUSE POL>BLR", "SANCTION BLR>POL"],
        ),
    ]);
}

/// A story's first act with no one named that it acts on is no event between states: no event before
/// it names the other side.
#[test]
fn no_discourse_target_without_an_event_told_before() {
    check_rows(&[
        ("en", "Minsk rejected the charges on Thursday.", &[]),
        ("en", "Minsk expelled two diplomats on Thursday.", &[]),
        ("ru", "Минск в четверг выслал двух дипломатов.", &[]),
        ("ar", "وطردت مينسك دبلوماسيين اثنين يوم الخميس.", &[]),
        (
            "en",
            "On Tuesday the Russian Foreign Ministry declared him persona non grata.",
            &[],
        ),
    ]);
}

/// A nominalisation is an event only with both sides named in it: the story before does not complete it.
#[test]
fn no_discourse_target_for_a_noun_trigger() {
    check_rows(&[
        (
            "en",
            "Poland accused Belarus of pushing migrants across the border. Minsk's expulsion of the diplomats followed on Thursday.",
            &["ACCUSE POL>BLR"],
        ),
        (
            "ru",
            "Польша обвинила Белоруссию в переброске мигрантов через границу. Отказ Минска от переговоров последовал в четверг.",
            &["ACCUSE POL>BLR"],
        ),
    ]);
}

/// An act told as what may come (hypothetical, expected) is about the future, whose other side the story's
/// last event does not fix: no discourse target.
#[test]
fn no_discourse_target_for_an_act_not_told_as_done() {
    check_rows(&[
        (
            "en",
            "Poland accused Belarus of pushing migrants across the border. Minsk could expel two diplomats if the charges stood.",
            &["ACCUSE POL>BLR"],
        ),
        (
            "en",
            "Poland accused Belarus of pushing migrants across the border. Minsk said it would expel two diplomats.",
            &["ACCUSE POL>BLR"],
        ),
        (
            "ru",
            "Польша обвинила Белоруссию в переброске мигрантов через границу. Минск выслал бы двух дипломатов, если бы обвинения подтвердились.",
            &["ACCUSE POL>BLR"],
        ),
        (
            "ru",
            "Польша обвинила Белоруссию в переброске мигрантов через границу. Минск заявил, что вышлет двух дипломатов.",
            &["ACCUSE POL>BLR"],
        ),
        (
            "ar",
            "اتهمت بولندا بيلاروسيا بدفع المهاجرين عبر الحدود. وقالت مينسك إنها قد تطرد دبلوماسيين اثنين إذا ثبتت الاتهامات.",
            &["ACCUSE POL>BLR"],
        ),
    ]);
}

/// A clause that tells a span of time tells a long-held policy, no answer to the story's last event: no
/// discourse target. The same act told on a day answers it.
#[test]
fn no_discourse_target_for_a_span_of_time() {
    check_rows(&[
        (
            "en",
            "Ankara raised tariffs on Iranian steel on Monday. Tehran has banned such imports for years.",
            &["SANCTION TUR>IRN"],
        ),
        (
            "ru",
            "Казахстан закрыл границу с Киргизией в понедельник. Бишкек годами запрещает такой импорт.",
            &["SANCTION KAZ>KGZ"],
        ),
        (
            "ar",
            "فرضت تركيا رسوما على الصلب الإيراني يوم الاثنين. وتحظر طهران هذه الواردات منذ سنوات.",
            &["SANCTION TUR>IRN"],
        ),
        (
            "en",
            "Ankara raised tariffs on Iranian steel on Monday. Tehran banned such imports on Tuesday.",
            &["SANCTION TUR>IRN", "SANCTION IRN>TUR"],
        ),
        (
            "ru",
            "Казахстан закрыл границу с Киргизией в понедельник. Бишкек во вторник запретил такой импорт.",
            &["SANCTION KAZ>KGZ", "SANCTION KGZ>KAZ"],
        ),
        (
            "ar",
            "فرضت تركيا رسوما على الصلب الإيراني يوم الاثنين. وحظرت طهران هذه الواردات يوم الثلاثاء.",
            &["SANCTION TUR>IRN", "SANCTION IRN>TUR"],
        ),
    ]);
}

/// Rejecting a charge denies the act charged (coded on that act), it refuses no one: no discourse target.
#[test]
fn no_discourse_target_for_a_rejected_charge() {
    check_rows(&[
        (
            "en",
            "Poland accused Belarus of pushing migrants across the border. Minsk rejected the charges on Thursday.",
            &["ACCUSE POL>BLR"],
        ),
    ]);
}
