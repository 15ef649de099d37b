//! Session-45 membership fixes (memberships on unseen text), each on sentences written for it (not from any
//! eval file), failing before its change. Each test is a table of `(lang, text, claims)` rows read by
//! `facts_support::membership_rows`; notation of `facts_support`.

use crate::facts_support;

use facts_support::{membership_dates, membership_rows};

/// A phrase pointing back at two states in a sentence that names more states before it stands for the two
/// states its people stand for: the two leaders who met, not the war they spoke of.
#[test]
fn a_pair_phrase_points_back_at_the_states_of_the_people_named() {
    membership_rows(&[
        (
            "en",
            "Brazilian President Luiz Inacio Lula da Silva received Chinese President Xi Jinping on Tuesday, a week after the BRICS summit, and spoke with him about the war in Ukraine; both countries are members of the group.",
            &["BRICS/BRA/member", "BRICS/CHN/member"],
        ),
        (
            "ru",
            "Президент Бразилии Лула да Силва во вторник принял председателя КНР Си Цзиньпина после саммита БРИКС и обсудил с ним войну на Украине; обе страны — члены объединения.",
            &["BRICS/BRA/member", "BRICS/CHN/member"],
        ),
        (
            "ar",
            "استقبل الرئيس البرازيلي لولا دا سيلفا الرئيس الصيني شي جين بينغ يوم الثلاثاء بعد قمة بريكس وبحث معه الحرب في أوكرانيا، والبلدان عضوان في المجموعة.",
            &["BRICS/BRA/member", "BRICS/CHN/member"],
        ),
    ]);
}

/// A word of capacity before a member cue ("as", «как», "بصفتهما") makes the subject of its clause the holder,
/// however far back in the clause the phrase pointing back at two states stands; the Arabic phrase in its
/// oblique case ("البلدين", "الدولتين", after أن) points back as the nominative does.
#[test]
fn a_pair_phrase_holds_the_capacity_its_clause_names() {
    membership_rows(&[
        (
            "en",
            "French President Emmanuel Macron and German Chancellor Olaf Scholz skipped the NATO dinner on Tuesday, although the two countries sat at the table as members of the alliance.",
            &["NATO/DEU/member", "NATO/FRA/member"],
        ),
        (
            "ru",
            "Президент Франции Эммануэль Макрон и канцлер Германии Олаф Шольц во вторник не пришли на ужин НАТО, хотя обе страны сидели за столом как члены альянса.",
            &["NATO/DEU/member", "NATO/FRA/member"],
        ),
        (
            "ar",
            "لم يحضر الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس عشاء حلف شمال الأطلسي يوم الثلاثاء، مع أن البلدين جلسا إلى الطاولة بصفتهما عضوين في الحلف.",
            &["NATO/DEU/member", "NATO/FRA/member"],
        ),
        (
            "ar",
            "لم يحضر الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس عشاء حلف شمال الأطلسي، مع أن الدولتين عضوان في الحلف.",
            &["NATO/DEU/member", "NATO/FRA/member"],
        ),
    ]);
}

/// A counted noun for a bloc's members whose bloc is a word for a bloc ("the two members of the alliance",
/// «двух членов альянса», "البلدين العضوين في الحلف"), in a sentence naming no bloc, stands for the bloc named
/// last a few sentences back, and points back at the two states named before it.
#[test]
fn a_counted_pair_of_members_of_a_word_for_the_bloc_takes_the_bloc_named_before() {
    membership_rows(&[
        (
            "en",
            "NATO ministers met in Brussels on Thursday. Iceland asked for help against British trawlers. Britain refused. The quarrel between the two members of the alliance over fishing went on.",
            &["NATO/GBR/member", "NATO/ISL/member"],
        ),
        (
            "ru",
            "Министры НАТО встретились в четверг в Брюсселе. Исландия попросила помощи против британских траулеров. Великобритания отказалась. Спор двух членов альянса о рыболовстве продолжается.",
            &["NATO/GBR/member", "NATO/ISL/member"],
        ),
        (
            "ar",
            "اجتمع وزراء حلف شمال الأطلسي يوم الخميس في بروكسل. وطلبت آيسلندا المساعدة ضد سفن الصيد البريطانية. ورفضت بريطانيا الطلب. ويستمر الخلاف بين البلدين العضوين في الحلف حول الصيد.",
            &["NATO/GBR/member", "NATO/ISL/member"],
        ),
    ]);
}

/// The Arabic dual of the member noun states a status held, as its singular and plural do: a meeting's date in
/// its clause is not the membership's.
#[test]
fn the_dual_member_noun_states_a_status_held() {
    membership_dates(
        "ar",
        "تبادلت تايلاند وكمبوديا إطلاق النار عند الحدود. واجتمع وزيرا خارجية البلدين العضوين في آسيان يوم الاثنين في جاكرتا.",
        &["ASEAN/KHM/member -", "ASEAN/THA/member -"],
    );
}
