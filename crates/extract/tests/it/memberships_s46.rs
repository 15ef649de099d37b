//! Session-46 membership fixes (memberships on unseen text), each on sentences written for it (not from any
//! eval file), failing before its change. Each test is a table of `(lang, text, claims)` rows read by
//! `facts_support::membership_rows`; notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_rows;

/// A word for the bloc named in the sentence before ("the alliance", «альянс», "التحالف", "the bank") that
/// fills a cue's bloc slot stands for that bloc, also when the sentence names another bloc after it: the cue
/// takes the bloc pointed back to, not the other one, and not nothing.
#[test]
fn a_word_for_the_bloc_named_before_stands_for_it_beside_another_bloc() {
    membership_rows(&[
        (
            "en",
            "Russia held its first talks with the Alliance of Sahel States on Thursday. The alliance groups Mali, Burkina Faso and Niger, whose ties with the African Union have soured.",
            &["AES/BFA/member", "AES/MLI/member", "AES/NER/member"],
        ),
        (
            "ru",
            "Россия в четверг впервые провела переговоры с Альянсом государств Сахеля. В альянс входят Мали, Буркина-Фасо и Нигер, чьи отношения с Африканским союзом испортились.",
            &["AES/BFA/member", "AES/MLI/member", "AES/NER/member"],
        ),
        (
            "ar",
            "أجرت روسيا يوم الخميس أول محادثات مع تحالف دول الساحل. ويضم التحالف مالي وبوركينا فاسو والنيجر، التي ساءت علاقاتها مع الاتحاد الأفريقي.",
            &["AES/BFA/member", "AES/MLI/member", "AES/NER/member"],
        ),
        (
            "en",
            "Beijing proposed an Asian Infrastructure Investment Bank in 2013. Kazakhstan, Iran and Pakistan are among the founders of the bank, while Georgia quit the Commonwealth of Independent States.",
            &["AIIB/IRN/founder", "AIIB/KAZ/founder", "AIIB/PAK/founder", "CIS/GEO/former"],
        ),
        (
            "ru",
            "Пекин предложил создать Азиатский банк инфраструктурных инвестиций в 2013 году. В число учредителей банка вошли Казахстан, Иран и Пакистан, тогда как Грузия вышла из СНГ.",
            &["AIIB/IRN/founder", "AIIB/KAZ/founder", "AIIB/PAK/founder", "CIS/GEO/former"],
        ),
        (
            "ar",
            "طرحت بكين فكرة البنك الآسيوي للاستثمار في البنية التحتية عام 2013. ومن بين الدول المؤسسة للبنك كازاخستان وإيران وباكستان، فيما انسحبت جورجيا من رابطة الدول المستقلة.",
            &["AIIB/IRN/founder", "AIIB/KAZ/founder", "AIIB/PAK/founder", "CIS/GEO/former"],
        ),
    ]);
}

/// A Russian sentence that opens with «в число»/«в числе» and a founding noun counts the states its cue names
/// after it among the founders; a later clause of the sentence with states of its own before its cue is
/// another claim.
#[test]
fn a_sentence_opening_with_the_founders_counts_its_states_among_them() {
    membership_rows(&[
        (
            "ru",
            "Пекин предложил создать Азиатский банк инфраструктурных инвестиций. В число государств — учредителей банка, созданного через год, вошли Казахстан, Иран и Пакистан, а Россия стала членом ШОС.",
            &["AIIB/IRN/founder", "AIIB/KAZ/founder", "AIIB/PAK/founder", "SCO/RUS/member"],
        ),
    ]);
}
