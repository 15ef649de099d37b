//! Russian memberships and amounts: one test per rule added in session 3 against the misses of the facts dev
//! sets, on sentences written for these tests. Notation of `facts_support`.

mod facts_support;

use facts_support::{amounts, memberships};

#[test]
fn number_words_run_together() {
    amounts(
        "ru",
        "Банк выдал кредит в тридцать семь миллиардов рублей.",
        &["loan 37000000000 RUB"],
    );
}

#[test]
fn compound_and_swap_kind_stems() {
    amounts(
        "ru",
        "Нефтегазовые поступления выросли до 9 трлн рублей.",
        &["energy 9000000000000 RUB"],
    );
    amounts(
        "ru",
        "Центробанки продлили валютный своп на 15 млрд юаней.",
        &["loan 15000000000 CNY"],
    );
}

#[test]
fn a_range_writes_its_scale_once() {
    amounts(
        "ru",
        "Проект обойдётся в 7–9 млрд долларов.",
        &["other 7000000000 USD", "other 9000000000 USD"],
    );
}

#[test]
fn a_participle_of_freezing_or_leaving_states_the_claim() {
    memberships(
        "ru",
        "Саммит ОДКБ прошёл в Минске. Армения, заморозившая участие в блоке, делегацию не направила.",
        &["CSTO/ARM/suspended"],
    );
    memberships(
        "ru",
        "Грузия, вышедшая из СНГ в 2009 году, сохранила с Содружеством торговые связи.",
        &["CIS/GEO/former"],
    );
}
