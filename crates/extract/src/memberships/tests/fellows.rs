use super::check;
use blocwatch_text::Lang;

#[test]
fn an_ally_set_off_after_a_state_is_a_member() {
    check(
        Lang::En,
        "Tajikistan, Moscow's closest ally in the CSTO, asked for more border guards on Monday.",
        &["CSTO/TJK/member", "CSTO/RUS/member"],
    );
    check(
        Lang::En,
        "Washington sold the jets to Greece, a NATO ally, despite objections from Ankara.",
        &["NATO/GRC/member"],
    );
    check(
        Lang::En,
        "Kyrgyzstan, its partner in the Eurasian Economic Union and the CSTO, will host the drills next year.",
        &["EAEU/KGZ/member", "CSTO/KGZ/member"],
    );
    check(
        Lang::Ru,
        "Таджикистан, ближайший союзник Москвы по ОДКБ, в понедельник попросил прислать пограничников.",
        &["CSTO/TJK/member", "CSTO/RUS/member"],
    );
    check(
        Lang::Ru,
        "Вашингтон продал истребители Греции — союзнице по НАТО, несмотря на возражения Анкары.",
        &["NATO/GRC/member"],
    );
    check(
        Lang::Ru,
        "Киргизия, партнёр Казахстана по Евразийскому экономическому союзу, примет учения в следующем году.",
        &["EAEU/KGZ/member", "EAEU/KAZ/member"],
    );
    check(
        Lang::Ar,
        "وطلبت طاجيكستان، حليفة موسكو في منظمة معاهدة الأمن الجماعي، يوم الاثنين مزيداً من حرس الحدود.",
        &["CSTO/TJK/member", "CSTO/RUS/member"],
    );
    check(
        Lang::Ar,
        "باعت واشنطن الطائرات إلى اليونان، حليفتها في الناتو، رغم اعتراض أنقرة.",
        &["NATO/GRC/member"],
    );
    check(
        Lang::Ar,
        "وستستضيف قيرغيزستان، شريكة كازاخستان في الاتحاد الاقتصادي الأوراسي، المناورات العام المقبل.",
        &["EAEU/KGZ/member", "EAEU/KAZ/member"],
    );
}

#[test]
fn a_list_of_allies_and_a_refusal_beside_the_apposition() {
    check(
        Lang::En,
        "Latvia and Estonia, Lithuania's partners in the European Union, backed the request.",
        &["EU/LVA/member", "EU/EST/member", "EU/LTU/member"],
    );
    // The refusal is the main verb's: the apposition still says Turkey is an ally.
    check(
        Lang::Ru,
        "Греция отказалась передать Турции — союзнице по НАТО — задержанных военных.",
        &["NATO/TUR/member"],
    );
}

#[test]
fn no_fellow_member_without_an_apposition_or_with_partner_status() {
    // Nothing is set off before the noun: the ally is a state named elsewhere.
    check(
        Lang::En,
        "The loan went to Moscow's ally in the CSTO on Friday.",
        &[],
    );
    // A partner with no owner may be partner status; the noun alone claims nothing.
    check(
        Lang::En,
        "Finland, a partner in NATO exercises for years, bought the jets.",
        &[],
    );
    // Allies named as an object set off nothing.
    check(
        Lang::En,
        "Russia accused Kyiv's allies in NATO of prolonging the war.",
        &[],
    );
    check(
        Lang::Ru,
        "Россия обвинила союзников Киева по НАТО в затягивании войны.",
        &[],
    );
    check(
        Lang::Ar,
        "اتهمت روسيا حلفاء واشنطن في الناتو بتسليح كييف.",
        &[],
    );
}

#[test]
fn a_plural_noun_of_alliance_takes_the_list_before_it_a_singular_one_its_last_state() {
    check(
        Lang::En,
        "Norway and Denmark, Sweden's allies in NATO, sent ships to the Baltic.",
        &["NATO/NOR/member", "NATO/DNK/member", "NATO/SWE/member"],
    );
    check(
        Lang::Ru,
        "Казахстан и Киргизия, партнеры России по ЕАЭС, отменили пошлины на зерно.",
        &["EAEU/KAZ/member", "EAEU/KGZ/member", "EAEU/RUS/member"],
    );
    check(
        Lang::Ar,
        "أرسلت النرويج والدنمارك، حلفاء السويد في الناتو، سفنا إلى البلطيق.",
        &["NATO/NOR/member", "NATO/DNK/member", "NATO/SWE/member"],
    );
    // A singular noun is said of the one state right before it.
    check(
        Lang::En,
        "Norway and Denmark, Sweden's ally in NATO, sent ships to the Baltic.",
        &["NATO/DNK/member", "NATO/SWE/member"],
    );
}

#[test]
fn every_plural_noun_of_alliance_is_a_noun_of_alliance_or_partnership() {
    let t = crate::memberships::tables::tables();
    for w in &t.fellow_plurals {
        assert!(
            t.fellow_allies.contains(w) || t.fellow_partners.contains(w),
            "fellow_plural {w:?} is no fellow_ally or fellow_partner row"
        );
    }
}

/// A count of the fellows before the noun ("Russia's five partners", «пять партнёров») or, in Arabic, after its
/// owner ("شركاء روسيا الخمسة في") keeps the phrase a noun of alliance.
#[test]
fn a_count_of_the_fellows_keeps_the_noun_of_alliance() {
    check(
        Lang::Ar,
        "التقى بوتين قادة بيلاروس وأرمينيا وكازاخستان، شركاء روسيا الثلاثة في منظمة معاهدة الأمن الجماعي.",
        &[
            "CSTO/BLR/member",
            "CSTO/ARM/member",
            "CSTO/KAZ/member",
            "CSTO/RUS/member",
        ],
    );
    check(
        Lang::En,
        "Putin met the leaders of Belarus, Armenia and Kazakhstan, Russia's three partners in the CSTO.",
        &[
            "CSTO/BLR/member",
            "CSTO/ARM/member",
            "CSTO/KAZ/member",
            "CSTO/RUS/member",
        ],
    );
}

/// Session-54 ruling (b): the owner of the noun of alliance is a member beside the state set off before it, and a
/// period opening right after the phrase dates both ("since 1992", «с 1992 года», "منذ عام ١٩٩٢").
#[test]
fn the_owner_of_the_noun_of_alliance_is_a_member_too_dated_by_the_phrase() {
    check(
        Lang::En,
        "Armenia, Russia's ally in the CSTO since 1992, bought howitzers from India.",
        &["CSTO/ARM/member 1992", "CSTO/RUS/member 1992"],
    );
    check(
        Lang::Ru,
        "Армения, союзник России по ОДКБ с 1992 года, закупила гаубицы у Индии.",
        &["CSTO/ARM/member 1992", "CSTO/RUS/member 1992"],
    );
    check(
        Lang::Ar,
        "اشترت أرمينيا، حليفة روسيا في منظمة معاهدة الأمن الجماعي منذ عام ١٩٩٢، مدافع من الهند.",
        &["CSTO/ARM/member 1992", "CSTO/RUS/member 1992"],
    );
    // An English noun after its bloc ends the phrase: the period after it dates the alliance.
    check(
        Lang::En,
        "Greece, a NATO ally since 1952, bought the frigates.",
        &["NATO/GRC/member 1952"],
    );
    // A date behind a comma is the main clause's, not the alliance's.
    check(
        Lang::En,
        "Belarus, Moscow's partner in the Union State, received the loan in March 2023.",
        &["UNION_STATE/BLR/member", "UNION_STATE/RUS/member"],
    );
}

/// An Arabic elative before the noun ("أقرب شركاء", "أوثق حلفاء") opens the phrase as «ближайший» does.
#[test]
fn an_arabic_elative_opens_the_noun_of_alliance() {
    check(
        Lang::Ar,
        "أجرت بيلاروس، أقرب شركاء موسكو في دولة الاتحاد، مناورات قرب بريست.",
        &["UNION_STATE/BLR/member", "UNION_STATE/RUS/member"],
    );
    check(
        Lang::Ar,
        "وأرسلت طاجيكستان، أوثق حلفاء روسيا في منظمة معاهدة الأمن الجماعي، قوات إلى الحدود.",
        &["CSTO/TJK/member", "CSTO/RUS/member"],
    );
}

/// A noun of partnership with nothing set off before it names fellows of its owner, or of the state its
/// possessive points back at (a Russian noun of partnership with no owner points back too); a noun of alliance
/// does not ("its allies in NATO" may be allies within NATO).
#[test]
fn an_owned_noun_of_partnership_alone_names_its_owner_a_member() {
    check(
        Lang::En,
        "Kyrgyzstan turned on Monday to its partners in the Collective Security Treaty Organization for help.",
        &["CSTO/KGZ/member"],
    );
    check(
        Lang::En,
        "The plan angered Poland's partners in the European Union, diplomats said.",
        &["EU/POL/member"],
    );
    check(
        Lang::Ru,
        "Киргизия в понедельник обратилась к партнёрам по ОДКБ за помощью после столкновений на границе.",
        &["CSTO/KGZ/member"],
    );
    check(
        Lang::Ru,
        "План возмутил партнёров Польши по Евросоюзу, сообщили дипломаты.",
        &["EU/POL/member"],
    );
    check(
        Lang::Ru,
        "Парагвай призвал своих партнёров по Меркосур начать переговоры с Японией.",
        &["MERCOSUR/PRY/member"],
    );
    check(
        Lang::Ar,
        "طلبت قيرغيزستان يوم الاثنين من شركائها في منظمة معاهدة الأمن الجماعي المساعدة بعد اشتباكات على حدودها.",
        &["CSTO/KGZ/member"],
    );
    check(
        Lang::Ar,
        "أثارت الخطة غضب شركاء بولندا في الاتحاد الأوروبي، بحسب دبلوماسيين.",
        &["EU/POL/member"],
    );
    // A noun of alliance alone claims nothing.
    check(
        Lang::En,
        "Ukraine thanked its allies in NATO for the air defence systems.",
        &[],
    );
    check(
        Lang::Ru,
        "Украина поблагодарила своих союзников по НАТО за системы ПВО.",
        &[],
    );
    check(
        Lang::Ar,
        "شكرت أوكرانيا حلفاءها في الناتو على أنظمة الدفاع الجوي.",
        &[],
    );
}

/// The plural of a Russian adjective before the noun («давние», «ближайшие») keeps the list set off before it.
#[test]
fn a_russian_plural_adjective_keeps_the_list_before_the_noun() {
    check(
        Lang::Ru,
        "Армения и Белоруссия — ближайшие партнёры по ЕАЭС.",
        &["EAEU/ARM/member", "EAEU/BLR/member"],
    );
}
