//! Session 44 (lexicon: acts no trigger found). Sentences written for these tests.
//!
//! A Russian weapon test told with its object first, far from the verb: «Новую ракету … Россия испытала»,
//! «Ракету … фрегат запустил»: the verbs of testing and launching (`испытал*`, `запустил*` and the forms the
//! paradigm generator writes) are `MOBILIZE weapons` when the clause names a weapon (topic `arms`), and
//! nothing without one («испытала трудности», «запустил спутник»).
//!
//! A state saying it wants, seeks or means to join a bloc asks for membership (`REQUEST`, eval/README:
//! applying to join): «хочет вступить», «решило добиваться членства», «تريد الانضمام», «السعي إلى العضوية».
//! The present «добивается вступления» («давно добивается»: a standing aim) is left out.

use crate::support::check;

#[test]
fn a_russian_weapon_test_with_its_object_first_is_a_show_of_force() {
    check(
        "ru",
        "Новую баллистическую ракету «Ярс» Россия испытала в пятницу на полигоне Кура.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "ru",
        "Крылатую ракету «Калибр» корвет Черноморского флота России запустил в среду из акватории Чёрного моря.",
        &["MOBILIZE {RUS}"],
    );
    // Without a weapon in the clause the verbs name no act.
    check(
        "ru",
        "Россия испытала трудности с поставками зерна в Египет.",
        &["AID RUS>EGY"],
    );
    check("ru", "Китай запустил в среду новый спутник связи.", &[]);
}

#[test]
fn russian_wanting_or_seeking_to_join_a_bloc_is_a_request() {
    check(
        "ru",
        "Правительство Молдавии в понедельник решило добиваться полноправного членства в Евросоюзе.",
        &["REQUEST MDA>EU"],
    );
    check(
        "ru",
        "Армения хочет вступить в Евросоюз, заявил премьер-министр Никол Пашинян.",
        &["REQUEST ARM>EU"],
    );
    // A standing aim told in the present with «давно» is no act.
    check("ru", "Турция давно добивается вступления в Евросоюз.", &[]);
}

#[test]
fn arabic_wanting_or_seeking_to_join_a_bloc_is_a_request() {
    check(
        "ar",
        "قررت الحكومة المولدوفية يوم الاثنين السعي إلى العضوية الكاملة في الاتحاد الأوروبي.",
        &["REQUEST MDA>EU"],
    );
    check(
        "ar",
        "قال رئيس الوزراء نيكول باشينيان يوم الاثنين إن أرمينيا تريد الانضمام إلى الاتحاد الأوروبي.",
        &["REQUEST ARM>EU"],
    );
}
