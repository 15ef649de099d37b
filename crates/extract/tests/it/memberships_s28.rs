//! Session-28 membership mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_dates;

/// A fronted participle of founding with its agents ("Founded by X and Y, the BLOC …", «Созданный X-ом и
/// Y-ом, БЛОК …») founds the bloc after its comma; the instrumental founders between a Russian participle
/// and its bloc are no object of their own.
#[test]
fn a_fronted_participle_of_founding_founds_the_bloc_after_it() {
    membership_dates(
        "en",
        "Set up by Brazil and Argentina, Mercosur has grown into a customs union.",
        &["MERCOSUR/BRA/founder -", "MERCOSUR/ARG/founder -"],
    );
    membership_dates(
        "en",
        "The Eurasian Economic Union, created by Russia and Belarus, meets in Minsk.",
        &["EAEU/RUS/founder -", "EAEU/BLR/founder -"],
    );
    membership_dates(
        "ru",
        "Созданный Бразилией и Аргентиной, МЕРКОСУР стал таможенным союзом.",
        &["MERCOSUR/BRA/founder -", "MERCOSUR/ARG/founder -"],
    );
    // A body the states found for the bloc is not the bloc.
    membership_dates(
        "ru",
        "Созданный Россией и Китаем фонд поддерживает проекты ШОС.",
        &[],
    );
    membership_dates(
        "ru",
        "В 2014 году создали Россия и Китай фонд для проектов ШОС.",
        &[],
    );
}

/// A bloc's phrasal verb of admission, its particle last ("took in", "has taken in"), has the states after
/// it as its object; taking in people or goods is no admission.
#[test]
fn a_bloc_that_takes_in_states_admits_them() {
    membership_dates(
        "en",
        "ASEAN later took in Laos and Cambodia.",
        &["ASEAN/LAO/member -", "ASEAN/KHM/member -"],
    );
    membership_dates(
        "en",
        "The Eurasian Economic Union took in Kyrgyzstan in 2015.",
        &["EAEU/KGZ/member 2015"],
    );
    membership_dates("en", "NATO took in refugees from Ukraine.", &[]);
    membership_dates("en", "Poland took in Ukraine's refugees, the EU said.", &[]);
}

/// A date inside a fronted phrase that goes on past it dates that phrase ("Founded in 1999 by …,"), not the
/// clause after its comma; a fronted date that closes its phrase ("In 2015, …") still dates the clause.
#[test]
fn a_date_inside_a_fronted_phrase_dates_that_phrase() {
    membership_dates(
        "en",
        "Founded in 1991 by Brazil and Argentina, Mercosur later took in Venezuela.",
        &[
            "MERCOSUR/BRA/founder 1991",
            "MERCOSUR/ARG/founder 1991",
            "MERCOSUR/VEN/member -",
        ],
    );
    membership_dates(
        "en",
        "In 2015, the Eurasian Economic Union took in Kyrgyzstan.",
        &["EAEU/KGZ/member 2015"],
    );
}

/// A phrase pointing back at two states may stand before an inclusion opener and its set ("Both countries
/// were among the founders", «Оба государства были в числе основателей»), not only right before the cue.
#[test]
fn a_pair_phrase_before_an_inclusion_takes_the_claim() {
    membership_dates(
        "en",
        "Ghana and Kenya signed a trade pact. Both countries were among the founders of the African Union.",
        &["AU/GHA/founder -", "AU/KEN/founder -"],
    );
    membership_dates(
        "ru",
        "Гана и Кения подписали торговое соглашение. Оба государства были в числе основателей Африканского союза.",
        &["AU/GHA/founder -", "AU/KEN/founder -"],
    );
    // Three states before the phrase leave it unread.
    membership_dates(
        "en",
        "Ghana, Kenya and Chad signed a trade pact. Both countries were among the founders of the African Union.",
        &[],
    );
}

/// A state that is the object of a bloc's verb in a relative clause after it ("Mali, which the African Union
/// suspended in 2021, …", «Мали, которую Африканский союз отстранил…») takes the verb's status; a verb with
/// a state of its own after it is not about the antecedent.
#[test]
fn a_state_a_bloc_acts_on_in_a_relative_clause() {
    membership_dates(
        "en",
        "Mali, which the African Union suspended in 2021, held talks with Russia.",
        &["AU/MLI/suspended 2021"],
    );
    membership_dates(
        "ru",
        "Мали, которую Африканский союз отстранил в 2021 году, провела переговоры с Россией.",
        &["AU/MLI/suspended 2021"],
    );
    // A verb that gives no status.
    membership_dates(
        "en",
        "Russia, which the African Union invited in 2021, held talks with Mali.",
        &[],
    );
    // The relative as the subject: the state itself acts.
    membership_dates(
        "en",
        "Russia, which criticised the African Union, held talks with Mali.",
        &[],
    );
}

/// An elided follower after a count and a word of sequence ("four months after Moldova", «через четыре месяца
/// после Молдавии») joined that long before the claim: its date is counted back from the claim's, to the month
/// for days, weeks and months and to the year for years.
#[test]
fn an_elided_follower_counted_back_from_the_claim() {
    membership_dates(
        "en",
        "Latvia joined the Council of Europe in February 1995, three months after Lithuania.",
        &["COE/LVA/member 1995-02", "COE/LTU/member 1994-11"],
    );
    membership_dates(
        "en",
        "Slovenia joined NATO on 29 March 2004, ten days after Slovakia.",
        &["NATO/SVN/member 2004-03-29", "NATO/SVK/member 2004-03"],
    );
    membership_dates(
        "ru",
        "Латвия вступила в Совет Европы в феврале 1995 года, через три месяца после Литвы.",
        &["COE/LVA/member 1995-02", "COE/LTU/member 1994-11"],
    );
    membership_dates(
        "en",
        "Estonia joined the WTO in 1999, two years after Kyrgyzstan.",
        &["WTO/EST/member 1999", "WTO/KGZ/member 1997"],
    );
    // A count the claim's date is too coarse for gives no date.
    membership_dates(
        "en",
        "Latvia joined the Council of Europe in 1995, three months after Lithuania.",
        &["COE/LVA/member 1995", "COE/LTU/member -"],
    );
}

/// Arabic states are feminine: the dialogue-partner noun agrees ("شريكة الحوار", "الشريكة في الحوار", the dual
/// "الشريكتين في الحوار") and names the status as the masculine does.
#[test]
fn arabic_feminine_dialogue_partner_nouns() {
    membership_dates(
        "ar",
        "افتتحت أرمينيا، شريكة الحوار في منظمة شنغهاي للتعاون، سفارة جديدة في القاهرة.",
        &["SCO/ARM/dialogue_partner -"],
    );
    membership_dates(
        "ar",
        "زار وفد من كمبوديا ونيبال، الشريكتين في الحوار مع منظمة شنغهاي للتعاون، العاصمة الصينية.",
        &["SCO/KHM/dialogue_partner -", "SCO/NPL/dialogue_partner -"],
    );
    // A partner in a dialogue between two states is no status.
    membership_dates("ar", "قالت تركيا إنها شريكة في الحوار مع سوريا.", &[]);
}
