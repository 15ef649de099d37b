//! Session 37 (actors): events whose type was right but whose source or target was wrong or missing.
//! Sentences written for these tests.

use crate::support::check;

/// A Russian singular demonym noun (американец, француженка, литовца, россиянина) names its state as the
/// plural does: the one released, expelled or deported stands for it.
#[test]
fn a_russian_singular_demonym_is_the_target() {
    check(
        "ru",
        "Президент Белоруссии Александр Лукашенко помиловал осуждённого за шпионаж литовца.",
        &["RETREAT BLR>LTU"],
    );
    check(
        "ru",
        "Власти Ирана в понедельник освободили задержанную в Тегеране француженку.",
        &["RETREAT IRN>FRA"],
    );
    check(
        "ru",
        "Китай выслал канадца за шпионаж.",
        &["SANCTION CHN>CAN"],
    );
    check(
        "ru",
        "Венгрия депортировала россиянина.",
        &["COERCE HUN>RUS"],
    );
}
