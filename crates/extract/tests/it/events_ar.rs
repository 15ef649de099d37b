//! Arabic event coding: one test per rule added this session against the misses issue 3 names (found on the
//! team's dev sets), on sentences written for these tests. Each case is the text and the events expected, in
//! the notation of `support::show`.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("ar", text, expect);
}

#[test]
fn a_lone_pair_of_commas_does_not_cut_the_clause() {
    // A day set off by commas between the verb and its object.
    check(
        "وقّعت مصر والسعودية، الخميس، اتفاقية للربط الكهربائي بين البلدين.",
        &["AGREE {EGY+SAU}"],
    );
    // An apposition between the verb-first subject and the partner.
    check(
        "أبرمت الجزائر، أكبر مورد للغاز في القارة، اتفاقاً مع إيطاليا.",
        &["AGREE {DZA+ITA}"],
    );
}

#[test]
fn an_adjective_on_a_thing_is_not_the_verb_first_subject() {
    check(
        "انتقدت الصين استمرار تدفق الأسلحة الأمريكية إلى تايوان.",
        &["ACCUSE CHN>USA"],
    );
    // A title before the adjective still makes it the subject.
    check(
        "قصفت القوات الروسية مواقع داخل أوكرانيا.",
        &["ASSAULT RUS>UKR"],
    );
}

#[test]
fn a_relative_clause_takes_its_antecedent_as_subject() {
    check(
        "لم يحضر القمة ممثل عن مالي التي علقت مشاركتها في أنشطة المجموعة الاقتصادية لدول غرب أفريقيا.",
        &["SANCTION MLI>ECOWAS"],
    );
}

#[test]
fn the_verb_after_a_comma_relative_clause_resumes_the_antecedent() {
    check(
        "الهند، التي تعد من أكبر مستوردي النفط الروسي، استقبلت وزير الخارجية الأوكراني في نيودلهي.",
        &["CONSULT UKR>IND"],
    );
}

#[test]
fn a_vowelled_perfect_passive_takes_its_agent_after_the_verb() {
    check(
        "جُمّدت أصول شركة روسنفت في ألمانيا بقرار من الحكومة الألمانية.",
        &["COERCE DEU>RUS"],
    );
    check(
        "سُلّمت إلى أرمينيا شحنة من الدبابات من فرنسا.",
        &["AID FRA>ARM"],
    );
}

#[test]
fn being_expelled_from_a_state_is_an_expulsion_by_it() {
    check(
        "طُرد ثلاثة دبلوماسيين بريطانيين من روسيا بتهمة التجسس.",
        &["SANCTION RUS>GBR"],
    );
}

#[test]
fn an_arabic_noun_takes_its_agent_phrase_from_after_it() {
    // The EU imposes the sanctions; it does not make the accusation that follows.
    check(
        "فُرضت على بيلاروس عقوبات من قبل الاتحاد الأوروبي بعد اتهامها بمساعدة روسيا.",
        &["SANCTION EU>BLR"],
    );
}

#[test]
fn what_follows_a_charge_or_a_purpose_noun_is_not_an_event() {
    check(
        "فرضت بريطانيا عقوبات على شركات تركية بتهمة تزويد روسيا بطائرات مسيرة.",
        &["SANCTION GBR>TUR"],
    );
    check(
        "أعلنت كوريا الشمالية إرسال قوات إلى روسيا لدعم جيشها.",
        &["AID PRK>RUS"],
    );
}

#[test]
fn but_she_carries_the_subject_of_the_clause_before() {
    check(
        "أكدت بكين أنها منفتحة على الحوار، لكنها انتقدت صفقات الأسلحة الأمريكية مع تايبيه.",
        &["ACCUSE CHN>USA"],
    );
}

#[test]
fn a_participle_clause_shares_the_main_subject() {
    check(
        "أعلنت بوركينا فاسو انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا، متهمة فرنسا بالتدخل في شؤونها.",
        &["SANCTION BFA>ECOWAS", "ACCUSE BFA>FRA"],
    );
}

#[test]
fn with_him_is_a_partner() {
    check(
        "استقبل الرئيس الجزائري نظيره التونسي في الجزائر العاصمة، ووقع معه اتفاقيات للتعاون الأمني.",
        &["CONSULT TUN>DZA", "AGREE {DZA+TUN}"],
    );
}

#[test]
fn bi_on_a_capital_is_a_place_not_the_agent_of_the_next_noun() {
    check(
        "أكد قادة الاتحاد الأوروبي في اجتماعهم ببروكسل دعمهم لمولدوفا.",
        &["SUPPORT EU>MDA"],
    );
}

#[test]
fn two_adjacent_relational_adjectives_are_one_pair() {
    check(
        "رحبت تركيا بالاتفاق الأذربيجاني الأرميني على ترسيم الحدود.",
        &["SUPPORT TUR>ARM+AZE"],
    );
}

#[test]
fn a_place_right_after_a_verb_first_verb_stands_for_its_subject() {
    check(
        "طرد المجلس العسكري في النيجر السفير الفرنسي.",
        &["SANCTION NER>FRA"],
    );
}

#[test]
fn receiving_from_the_adjective_on_the_goods_and_a_titled_official() {
    check(
        "تسلّمت صربيا دفعة من مقاتلات رافال الفرنسية.",
        &["AID FRA>SRB"],
    );
    check(
        "استقبل الرئيس الصربي في بلغراد وزير الخارجية الصيني.",
        &["CONSULT CHN>SRB"],
    );
}

#[test]
fn a_title_beginning_with_waw_is_no_conjunction() {
    // وزير begins with a root و: the minister is the guest, not a second host.
    check(
        "استقبل الرئيس الصربي ألكسندر فوتشيتش وزير الخارجية الصيني وانغ يي.",
        &["CONSULT CHN>SRB"],
    );
}

#[test]
fn a_verb_first_subject_outranks_a_bare_actor_far_before() {
    check(
        "انتقدت موسكو العقوبات الجديدة، وفي خطوة لافتة زار الرئيس التركي طهران.",
        &["CONSULT TUR>IRN"],
    );
    // Without a comma the actor before the verb stays its subject (SVO with an adverbial between).
    check(
        "طهران وعلى مدى أشهر طويلة زودت موسكو بالمسيرات.",
        &["AID IRN>RUS"],
    );
}

#[test]
fn a_verbal_noun_is_coded_as_a_noun() {
    // اتهام and احتجاج are nouns: no verb-first subject after them, and no event without both sides.
    check(
        "استدعت الخارجية الأردنية السفير الإيراني وسلمته احتجاجاً رسمياً.",
        &["PROTEST JOR>IRN"],
    );
}

#[test]
fn a_plural_verb_has_its_subject_in_its_ending() {
    // واتهموا: "and they accused" — the state after it is accused, the subject is the leaders before.
    check(
        "أكد قادة الاتحاد الأوروبي في ختام قمتهم دعمهم لمولدوفا، واتهموا روسيا بزعزعة استقرارها.",
        &["SUPPORT EU>MDA", "ACCUSE EU>RUS"],
    );
}

#[test]
fn welcoming_an_act_named_in_a_relative_clause_targets_its_doers() {
    check(
        "رحبت مصر بالاتفاق الذي توصلت إليه إثيوبيا وإريتريا لإنهاء النزاع الحدودي.",
        &["SUPPORT EGY>ERI+ETH", "AGREE {ERI+ETH}"],
    );
}

#[test]
fn the_one_warned_may_be_named_in_a_later_clause() {
    check(
        "حذر وزير الدفاع الكوري الجنوبي من أن بلاده سترد بحزم إذا أطلقت بيونغ يانغ صواريخ جديدة.",
        // (Since session 13 بلاده is the speaker's state. Since session 34 «سترد» is the threat's own
        // response row, so the launch in the condition is no act of the warner's any more: the
        // hypothetical ASSAULT KOR>PRK it used to give, a known error, is gone. A launch is no strike.)
        &["THREATEN KOR>PRK"],
    );
}

#[test]
fn a_verb_joined_by_waw_shares_the_subject_of_the_clause_before() {
    check(
        "وصل رئيس الوزراء الهندي إلى طوكيو في زيارة رسمية، وأجرى محادثات مع نظيره الياباني.",
        &["CONSULT IND>JPN", "CONSULT {IND+JPN}"],
    );
}

#[test]
fn a_promise_takes_the_beneficiary_of_the_act_under_ala_not_the_place_before_it() {
    // The aid agreed on is what was agreed: no expected AID beside the AGREE (session 42, `agreed_aid`).
    check(
        "اتفق وزراء مالية مجموعة العشرين خلال اجتماعهم في البرازيل على منح الصومال قروضاً ميسرة.",
        &["AGREE G20>SOM"],
    );
}

#[test]
fn the_author_of_what_is_acted_on_may_be_named_in_a_relative_clause() {
    check(
        "انتقدت إيران القرار الذي اتخذته الوكالة الدولية للطاقة الذرية بشأن برنامجها النووي.",
        &["ACCUSE IRN>IAEA"],
    );
}

#[test]
fn a_dual_verb_after_a_meeting_sentence_takes_the_pair() {
    check(
        "استقبل الرئيس الكازاخي نظيره الأوزبكي في أستانا. وفي ختام المباحثات، وقّعا على إعلان مشترك للشراكة.",
        &["CONSULT UZB>KAZ", "AGREE {KAZ+UZB}"],
    );
}

#[test]
fn condemning_freezing_assets_and_withdrawing_accreditation_are_coded() {
    // شجب / استنكر are condemnation like أدان.
    check("شجبت الصين موقف واشنطن من القضية.", &["ACCUSE CHN>USA"]);
    check(
        "استنكرت إيران قرار الاتحاد الأوروبي الأخير.",
        &["ACCUSE IRN>EU"],
    );
    // An asset freeze is COERCE, not the SANCTION the bare verb جمد codes.
    check("جمّدت بريطانيا أصولاً لمصرف روسي كبير.", &["COERCE GBR>RUS"]);
    // Withdrawing accreditation expels the people it covered.
    check("سحبت إستونيا اعتماد دبلوماسي روسي.", &["SANCTION EST>RUS"]);
}

#[test]
fn a_document_after_a_signing_noun_leaves_the_parties_to_the_signing() {
    // "during the signing of an agreement between X and Y": the document noun does not cut the window.
    check(
        "وجرى خلال الزيارة توقيع اتفاقية للنقل البحري بين الجزائر وتونس.",
        &["AGREE {DZA+TUN}"],
    );
}

#[test]
fn a_mediator_is_not_a_party() {
    // بوساطة X: the state that brokered the act is neither its party nor its target.
    check(
        "اتفقت إثيوبيا والسودان على فتح المعابر الحدودية بوساطة تركية.",
        &["AGREE {ETH+SDN}"],
    );
}

// Session 3: vocabulary breadth. Each test names a group of words added to `triggers_ar.csv`, on
// sentences written for it; the traps beside them keep the group from coding what it must not.

#[test]
fn targeting_and_assassination_are_assaults() {
    check(
        "استهدفت القوات الأوكرانية مصفاة نفط روسية.",
        &["ASSAULT UKR>RUS"],
    );
    check(
        "اغتالت إسرائيل قيادياً بارزاً في غارة على بيروت.",
        &["ASSAULT ISR>LBN"],
    );
    // استهدف needs a military target or weapon: sanctions that "target" companies are no strike.
    check(
        "فرضت بريطانيا عقوبات تستهدف شركات روسية تصدّر الحبوب.",
        &["SANCTION GBR>RUS"],
    );
}

#[test]
fn crowds_and_strikes_are_protests() {
    check(
        "احتشد آلاف الفنزويليين في كراكاس ضد الحكومة.",
        &["PROTEST {VEN}"],
    );
}

#[test]
fn brandishing_and_ultimatums_are_threats() {
    check(
        "لوّحت الصين باستخدام القوة ضد تايوان.",
        &["THREATEN CHN>TWN"],
    );
    check(
        "أنذرت روسيا مولدوفا من مغبة التصعيد.",
        &["THREATEN RUS>MDA"],
    );
}

#[test]
fn demanding_urging_and_petitioning_are_requests() {
    check(
        "طالب العراق الولايات المتحدة بسحب قواتها من أراضيه.",
        &["REQUEST IRQ>USA"],
    );
    check(
        "حضّت فرنسا إيران على العودة إلى طاولة المفاوضات.",
        &["REQUEST FRA>IRN"],
    );
}

#[test]
fn objecting_to_is_a_rejection_but_intercepting_is_not() {
    check(
        "اعترضت المجر على حزمة المساعدات الأوروبية لأوكرانيا.",
        // (الأوروبية is Europe in the lexicon, not the EU.)
        &["REJECT HUN>EUR"],
    );
}

#[test]
fn easing_lifting_and_admitting_are_concessions() {
    // The restrictions are lifted, not imposed: one CONCEDE, no SANCTION.
    check("خفّفت كندا القيود المفروضة على سوريا.", &["CONCEDE CAN>SYR"]);
    // A date between the verb-first subject and the object does not lose the relief.
    check(
        "رفع الاتحاد الأوروبي في الرابع والعشرين من فبراير/شباط معظم العقوبات عن سوريا.",
        &["CONCEDE EU>SYR"],
    );
    // Raising tariffs is a sanction, not the lifting of one.
    check(
        "رفعت الولايات المتحدة الرسوم الجمركية على الواردات الكندية.",
        &["SANCTION USA>CAN"],
    );
    check(
        "اعتذرت اليابان لكوريا الجنوبية عن ممارسات الحقبة الاستعمارية.",
        &["CONCEDE JPN>KOR"],
    );
}

#[test]
fn two_missiles_and_an_alert_are_mobilisations() {
    check(
        "أطلقت كوريا الشمالية صاروخين باليستيين باتجاه البحر.",
        &["MOBILIZE {PRK}"],
    );
}

#[test]
fn donations_deposits_and_paid_arrears_are_aid() {
    check(
        "أودعت قطر ملياري دولار في البنك المركزي المصري.",
        &["AID QAT>EGY"],
    );
    check("تبرعت اليابان بعشرة ملايين دولار لليمن.", &["AID JPN>YEM"]);
}

#[test]
fn appreciation_and_congratulation_are_support() {
    check("ثمّنت مصر الموقف السعودي الداعم لها.", &["SUPPORT EGY>SAU"]);
    check(
        "هنّأ الرئيس الفرنسي نظيره البرازيلي بفوزه في الانتخابات.",
        &["SUPPORT FRA>BRA"],
    );
}

#[test]
fn an_official_arriving_is_a_visit_but_exports_arriving_are_not() {
    check(
        "وصل وزير الخارجية الهندي إلى موسكو يوم الثلاثاء.",
        &["CONSULT IND>RUS"],
    );
    check("وصلت الصادرات الروسية إلى الصين مستوى قياسياً.", &[]);
}

#[test]
fn tariffs_in_the_accusative_are_sanctions_and_a_curfew_is_none() {
    check(
        "فرضت الصين رسوماً جمركية على الواردات الأمريكية.",
        &["SANCTION CHN>USA"],
    );
    check("فرضت السلطات حظر التجول في العاصمة.", &[]);
}

#[test]
fn an_accusative_demonym_names_the_target() {
    // (The charge is an ACCUSE of its own beside the arrest: eval/README, session-5 choices.)
    check(
        "اعتقلت السلطات الإيرانية مواطناً فرنسياً بتهمة التجسس.",
        &["COERCE IRN>FRA", "ACCUSE IRN>FRA"],
    );
}

#[test]
fn a_response_in_kind_is_aimed_back_at_the_first_actor() {
    check(
        "طردت ليتوانيا ثلاثة دبلوماسيين بيلاروسيين، فردّت مينسك بإجراء مماثل.",
        &["SANCTION BLR>LTU", "SANCTION LTU>BLR"],
    );
}

#[test]
fn where_forces_mass_or_people_are_evacuated_from_is_no_target() {
    check(
        // (Troops massed at a border with a state are aimed at it, eval/README session 19:
        // `Coder::border_neighbour`; the place alone names no target.)
        "حشدت أذربيجان قوات إضافية على حدودها مع أرمينيا.",
        &["MOBILIZE AZE>ARM"],
    );
    check(
        "أجلت تركيا مئات من مواطنيها من السودان.",
        &["RETREAT {TUR}"],
    );
}

#[test]
fn the_cooperation_talks_are_about_is_their_topic() {
    check(
        "بحث وزير الخارجية المصري مع نظيره الأردني تعزيز التعاون الاقتصادي بين البلدين.",
        &["CONSULT {EGY+JOR}"],
    );
}

#[test]
fn a_navy_before_a_demonym_is_the_doer() {
    check(
        "احتجزت البحرية الإيرانية ناقلة نفط ترفع علم بنما.",
        &["COERCE IRN>PAN"],
    );
}

#[test]
fn a_visit_in_the_opening_phrase_is_the_main_subjects() {
    check(
        "خلال زيارة رسمية إلى طوكيو، بحث الرئيس الإندونيسي مع رئيس الوزراء الياباني توسيع الاستثمارات.",
        &["CONSULT IDN>JPN", "CONSULT {IDN+JPN}"],
    );
}

#[test]
fn the_state_relieved_is_named_in_the_clause_on_the_measures() {
    check(
        "رفعت الولايات المتحدة معظم العقوبات التي فرضتها على فنزويلا بعد الاتفاق الانتخابي.",
        &["CONCEDE USA>VEN"],
    );
}

#[test]
fn a_definite_act_noun_after_a_condemnation_names_the_act_before() {
    check(
        "قصفت إسرائيل مواقع في جنوب لبنان، فأدانت مصر الهجوم.",
        &["ASSAULT ISR>LBN", "ACCUSE EGY>ISR"],
    );
}

#[test]
fn accused_of_before_its_charge_is_no_accusation() {
    check(
        "فرضت اليابان عقوبات على شركات هندية متهمة بتزويد روسيا بمعدات.",
        &["SANCTION JPN>IND"],
    );
}

#[test]
fn extending_sanctions_and_firing_missiles_at_a_state() {
    check(
        "مدّد الاتحاد الأوروبي العقوبات المفروضة على روسيا ستة أشهر.",
        &["SANCTION EU>RUS"],
    );
    check(
        "أطلقت إيران عشرات الصواريخ على إسرائيل.",
        &["ASSAULT IRN>ISR"],
    );
}

#[test]
fn the_crowd_of_a_demonstration_is_named_after_the_verb() {
    check(
        "احتشد آلاف من الأرمن في وسط يريفان ضد الحكومة.",
        &["PROTEST {ARM}"],
    );
    // The relieved state may follow the thing it owns in the relative clause.
    check(
        "خفّفت بريطانيا بعض القيود التي فرضتها على قطاع المصارف السوري.",
        &["CONCEDE GBR>SYR"],
    );
}

#[test]
fn a_meeting_verb_joined_by_wa_shares_the_subject_of_the_verb_before() {
    // The actor between the two verbs is the first verb's object; the actor after the second is met.
    check(
        "زار رئيس الوزراء العراقي طهران في الربيع والتقى المرشد الإيراني.",
        &["CONSULT IRQ>IRN", "CONSULT {IRN+IRQ}"],
    );
    // A subject of its own after the joined verb still wins.
    check(
        "وصل الرئيس التركي إلى موسكو، والتقى بوتين نظيره التركي في الكرملين.",
        &["CONSULT TUR>RUS", "CONSULT {RUS+TUR}"],
    );
}

#[test]
fn the_lam_after_a_title_is_a_genitive_not_to() {
    check(
        "انتقد الأمين العام للأمم المتحدة إسرائيل بسبب قصف المدارس.",
        &["ACCUSE UN>ISR"],
    );
    check(
        "دعا المبعوث الخاص للاتحاد الأوروبي إيران إلى وقف التخصيب.",
        &["REQUEST EU>IRN"],
    );
}

#[test]
fn taking_part_in_a_bloc_summit_makes_a_party_of_it() {
    check(
        "شارك الرئيس الإندونيسي في قمة بريكس التي عقدت في البرازيل.",
        &["CONSULT {BRICS+IDN}"],
    );
}

#[test]
fn a_possessed_refusal_of_the_document_aims_at_its_signers() {
    check(
        "وقّعت مصر والسودان اتفاقاً بشأن مياه النيل. وأعلنت إثيوبيا رفضها للاتفاق.",
        &["AGREE {EGY+SDN}", "REJECT ETH>EGY+SDN"],
    );
}

#[test]
fn inaugurating_recognising_and_admitting() {
    check(
        "دشّنت روسيا وتركيا محطة أكويو النووية.",
        &["COOPERATE {RUS+TUR}"],
    );
    check(
        "اعترفت إسبانيا رسمياً بسيادة المغرب على المنطقة.",
        &["SUPPORT ESP>MAR"],
    );
    check(
        "حلّ رئيس الوزراء الهندي ضيفاً على الكرملين.",
        &["CONSULT IND>RUS"],
    );
}

#[test]
fn the_minister_alone_is_the_minister_named_before() {
    check(
        "وصل وزير الخارجية الصيني وانغ يي إلى القاهرة. وانتقد الوزير العقوبات الأمريكية على إيران.",
        &["CONSULT CHN>EGY", "ACCUSE CHN>USA"],
    );
}

#[test]
fn a_phone_call_with_a_counterpart_names_the_partner() {
    check(
        "أجرى وزير الخارجية التركي اتصالاً هاتفياً بنظيره الأوكراني.",
        &["CONSULT {TUR+UKR}"],
    );
    // The agent of a nominal act is still the adjective right after it.
    check("رحبت أوكرانيا بالمساعدات الأوروبية.", &["SUPPORT UKR>EUR"]);
}

#[test]
fn approving_a_loan_is_aid() {
    check(
        "وافق البنك الدولي على قرض جديد للأردن.",
        &["AID WORLD_BANK>JOR"],
    );
}

#[test]
fn ending_an_agreement_is_a_sanction_and_an_order_awarded_is_support() {
    check(
        "ألغت النيجر الاتفاق العسكري مع الولايات المتحدة.",
        &["SANCTION NER>USA"],
    );
    check(
        "قلّد بوتين رئيس الوزراء الهندي وسام القديس أندراوس.",
        &["SUPPORT RUS>IND"],
    );
}

#[test]
fn after_as_one_word_opens_a_clause() {
    check(
        "سحبت فرنسا قواتها من مالي بعدما ألغت باماكو الاتفاق الدفاعي مع باريس.",
        &["RETREAT FRA>MLI", "SANCTION MLI>FRA"],
    );
}

#[test]
fn recognising_a_state_is_support_and_admitting_a_fault_concedes() {
    // The bare verb, with the recognised state as the object of its ب.
    check("اعترفت البرتغال بدولة فلسطين.", &["SUPPORT PRT>PSE"]);
    check("اعترف المغرب رسمياً بإسرائيل.", &["SUPPORT MAR>ISR"]);
    check("أعلنت النرويج اعترافها بفلسطين.", &["SUPPORT NOR>PSE"]);
    check(
        "لا تعترف تركيا بضم روسيا لشبه جزيرة القرم.",
        &["SUPPORT TUR>RUS neg"],
    );
    // An admission: the same verb with a fault or a responsibility as its object.
    check(
        "اعترفت إيران بمسؤوليتها عن إسقاط طائرة الركاب الأوكرانية.",
        &["CONCEDE IRN>UKR"],
    );
}

#[test]
fn leaving_a_treaty_is_a_sanction_but_leaving_a_place_a_retreat() {
    check(
        "انسحبت روسيا من معاهدة الحد من الأسلحة التقليدية.",
        &["SANCTION {RUS}"],
    );
    check(
        "انسحبت الولايات المتحدة قبل سنوات من الاتفاق النووي.",
        &["SANCTION {USA}"],
    );
    check("انسحبت القوات الفرنسية من النيجر.", &["RETREAT FRA>NER"]);
}

#[test]
fn an_object_pronoun_points_back_to_the_state_the_sentence_led_with() {
    // The pronoun after a comma: the subject of the clause before.
    check(
        "زار رئيس الوزراء المجري أوربان موسكو، وانتقدته كييف بشدة.",
        &["CONSULT HUN>RUS", "ACCUSE UKR>HUN"],
    );
    // After بعد أن the subject named after the verb acts; the main subject is the pronoun's referent.
    check(
        "استدعت الصين السفير الأمريكي بعد أن انتقدتها واشنطن.",
        &["PROTEST CHN>USA", "ACCUSE USA>CHN"],
    );
    // The feminine pronoun with the object in the sentence before.
    check(
        "فرضت إيران قيوداً على المفتشين. وانتقدها البيت الأبيض بشدة.",
        &["ACCUSE USA>IRN"],
    );
}

#[test]
fn the_two_countries_are_not_the_place_they_met_in() {
    check(
        "التقى زعيما أرمينيا وأذربيجان في واشنطن، ووقّع البلدان إعلاناً للسلام.",
        &["CONSULT {ARM+AZE}", "AGREE {ARM+AZE}"],
    );
}

#[test]
fn relations_restored_are_cooperation_and_a_protest_lodged_is_a_protest() {
    check(
        "استأنفت مصر وقطر علاقاتهما الدبلوماسية بعد قطيعة طويلة.",
        &["COOPERATE {EGY+QAT}"],
    );
    check(
        "قدمت كوريا الجنوبية احتجاجاً رسمياً إلى اليابان.",
        &["PROTEST KOR>JPN"],
    );
    check("منحت اليابان مصر قرضاً ميسراً.", &["AID JPN>EGY"]);
}

#[test]
fn readmitting_a_suspended_member_concedes() {
    check("رفع الاتحاد الأفريقي تعليق عضوية مالي.", &["CONCEDE AU>MLI"]);
}

#[test]
fn describing_the_earlier_act_by_a_condemning_name_accuses_its_author() {
    // وصف … بأنه / اعتبر … with the act named (الخطوة، ذلك) inside the gap: the act of the sentence before.
    check(
        "حظرت ليتوانيا عبور البضائع الروسية إلى كالينينغراد. ووصفت موسكو الخطوة بأنها عدائية.",
        &["SANCTION LTU>RUS", "ACCUSE RUS>LTU"],
    );
    check(
        "أغلقت النرويج حدودها مع روسيا في وجه الشاحنات. واعتبرت موسكو ذلك ابتزازا.",
        &["SANCTION NOR>RUS", "ACCUSE RUS>NOR"],
    );
    check(
        "أغلقت النرويج حدودها مع روسيا في وجه الشاحنات. ووصفت موسكو الخطوة بأنها مؤقتة.",
        &["SANCTION NOR>RUS"],
    );
}

#[test]
fn a_masculine_request_names_the_one_asked_after_min() {
    check(
        "طلب الرئيس اللبناني من فرنسا التدخل لوقف الغارات.",
        &["REQUEST LBN>FRA"],
    );
    // (An adverb may stand between the subject and من.)
    check(
        "طلب العراق رسمياً من الولايات المتحدة شن ضربات جوية.",
        &["REQUEST IRQ>USA"],
    );
    // Near miss: the noun طلب with no من is no request made.
    check("ناقش البرلمان طلب الحكومة.", &[]);
}

#[test]
fn a_bloc_suspending_a_membership_or_participation_sanctions_the_member() {
    check("علّق الاتحاد الأفريقي عضوية غينيا.", &["SANCTION AU>GIN"]);
    check(
        "علقت جامعة الدول العربية مشاركة سوريا في اجتماعاتها.",
        &["SANCTION ARAB_LEAGUE>SYR"],
    );
}

#[test]
fn a_military_arm_before_a_demonym_is_the_doer() {
    check(
        "أسقطت الدفاعات الجوية السورية مقاتلة تركية فوق البحر.",
        &["ASSAULT SYR>TUR"],
    );
    check(
        "قصفت مقاتلات إسرائيلية مفاعلا نوويا عراقيا.",
        &["ASSAULT ISR>IRQ"],
    );
}

#[test]
fn a_release_is_aimed_at_the_state_of_the_freed() {
    check("أطلقت فنزويلا سراح عشرة أمريكيين.", &["RETREAT VEN>USA"]);
    check("أفرجت إيران عن بحارة بريطانيين.", &["RETREAT IRN>GBR"]);
    // Near miss: a place named after the release is no party.
    check(
        "أفرجت روسيا والولايات المتحدة عن سجناء في عملية تبادل جرت في مطار أنقرة.",
        &["RETREAT {RUS+USA}"],
    );
}

#[test]
fn an_arrest_on_charges_also_accuses_the_state_of_the_arrested() {
    check(
        "اعتقلت السلطات الإيرانية مواطنين فرنسيين بتهمة التجسس.",
        &["COERCE IRN>FRA", "ACCUSE IRN>FRA"],
    );
}

#[test]
fn a_reaction_in_the_next_sentence_names_the_act_by_its_noun_or_by_that() {
    check(
        "وقعت مصر والسعودية اتفاقية للربط الكهربائي. ورحبت بكين بذلك.",
        &["AGREE {EGY+SAU}", "SUPPORT CHN>EGY+SAU"],
    );
    check(
        "زار بوتين الجزائر في مارس. ووصف الرئيس الجزائري الزيارة بأنها تاريخية.",
        &["CONSULT RUS>DZA", "SUPPORT DZA>RUS"],
    );
    // Near miss: a state named after the verb is the one condemned.
    check(
        "فرضت الولايات المتحدة عقوبات جديدة على إيران. ونددت طهران بإسرائيل.",
        &["SANCTION USA>IRN", "ACCUSE IRN>ISR"],
    );
}

#[test]
fn a_pronoun_object_accusation_keeps_the_charge_out_of_its_parties() {
    check(
        "فرضت الولايات المتحدة عقوبات على بنك قيرغيزي، واتهمته بمساعدة روسيا.",
        &["SANCTION USA>KGZ", "ACCUSE USA>KGZ"],
    );
}

#[test]
fn a_recalled_envoy_is_aimed_at_the_state_he_is_posted_in() {
    // Session 8: the state after لدى/في right after the recalled envoy is the target.
    check(
        "استدعت الجزائر سفيرها لدى باريس للتشاور يوم الأحد.",
        &["SANCTION DZA>FRA"],
    );
    check(
        "استدعى الأردن سفيره في تل أبيب احتجاجا على الاقتحامات.",
        &["SANCTION JOR>ISR"],
    );
    // The verbal noun, with a preposition on it.
    check(
        "ردت الرباط باستدعاء سفيرتها لدى برلين للتشاور.",
        &["SANCTION MAR>DEU"],
    );
    // Near miss: summoning another state's envoy is a protest, not a recall.
    check(
        "استدعت مصر السفير التركي لدى القاهرة للاحتجاج.",
        &["PROTEST EGY>TUR"],
    );
}

#[test]
fn an_object_pronoun_written_apart_points_to_the_other_party() {
    // Session 8: the pronoun on إيّا or on the preposition after the verb.
    check(
        "قطع المغرب علاقاته مع إيران متهما إياها بدعم الانفصاليين.",
        &["SANCTION MAR>IRN", "ACCUSE MAR>IRN"],
    );
    check(
        "اعتقلت إيران بحارين بريطانيين وأفرجت عنهم بعد أسبوع.",
        &["COERCE IRN>GBR", "RETREAT IRN>GBR"],
    );
    // A state named inside the charge is neither accuser nor accused.
    check(
        "طردت الجزائر السفير الفرنسي، متهمة إياه بالتآمر مع المغرب.",
        &["SANCTION DZA>FRA", "ACCUSE DZA>FRA"],
    );
}

#[test]
fn a_participle_after_a_refusal_is_asserted() {
    // Session 8: the participle is a second act of the refusing subject.
    check(
        "رفضت موسكو العرض الأمريكي متهمة واشنطن بالسعي إلى التصعيد.",
        &["REJECT RUS>USA", "ACCUSE RUS>USA"],
    );
    // Near miss: what is refused stays negated.
    check(
        "رفضت موسكو التوقيع على الاتفاق مع واشنطن.",
        &["REJECT RUS>USA"],
    );
}

#[test]
fn every_person_of_a_verb_family_is_a_trigger() {
    // Session 8 (tools/ar_verb_forms.py): the dual, plural and first person plural of listed verbs.
    check(
        "الجزائر والمغرب جمدتا عضوية ليبيا في الاتحاد.",
        &["SANCTION DZA+MAR>LBY"],
    );
    check(
        "روسيا والصين علقتا صادرات المعادن النادرة إلى الولايات المتحدة.",
        &["SANCTION CHN+RUS>USA"],
    );
    // (Reopening border crossings is RETREAT, ease: eval/README, session 14; both states do it here.)
    check(
        "السودان وتشاد يعيدان فتح المعابر الحدودية.",
        &["RETREAT {SDN+TCD}"],
    );
    // Near miss: a three-letter verb's dual is not written, because دعماً is the noun "support".
    check("قدمت روسيا دعما لوجستيا للمعرض في القاهرة.", &[]);
}

#[test]
fn a_participle_before_a_name_that_begins_with_ba_accuses_that_state() {
    // Session 8: the ب of بيروت, بكين, بريطانيا is the name's, not the "of" of a charge.
    check(
        "جمدت السعودية مساعداتها للبنان، متهمة بيروت بالتقاعس عن ضبط الحدود.",
        &["SANCTION SAU>LBN", "ACCUSE SAU>LBN"],
    );
    check(
        "طردت ليتوانيا دبلوماسيا صينيا، متهمة بكين بالتجسس.",
        &["SANCTION LTU>CHN", "ACCUSE LTU>CHN"],
    );
    // Near miss: "accused of" said of firms is no accusation made.
    check(
        "فرضت واشنطن عقوبات على شركات صينية متهمة بتزويد روسيا بالمسيرات.",
        &["SANCTION USA>CHN"],
    );
}

#[test]
fn a_second_verb_after_wa_is_an_act_of_its_own() {
    // Session 8: one event per trigger, as in English and Russian.
    check(
        "فرضت الولايات المتحدة عقوبات على روسيا وحظرت واردات النفط الروسي.",
        &["SANCTION USA>RUS", "SANCTION USA>RUS"],
    );
    // Near miss: the act told twice, its object a pronoun.
    check(
        "طردت فرنسا السفير الروسي وأمهلته يومين للمغادرة.",
        &["SANCTION FRA>RUS"],
    );
    // Near miss: two rows on one verb stay one event.
    check("أدانت مصر الهجوم الإسرائيلي على غزة.", &["ACCUSE EGY>ISR"]);
}

#[test]
fn a_stem_later_in_a_pattern_takes_the_feminine_ending() {
    // Session 8: السفارة, غير مقبولة — the ة (normalised ه) after a later stem of a row.
    check(
        "أغلقت روسيا السفارة الليتوانية في موسكو.",
        &["SANCTION RUS>LTU"],
    );
    check(
        "اعتبرت تركيا العملية العسكرية اليونانية غير قانونية.",
        &["ACCUSE TUR>GRC"],
    );
}

#[test]
fn ghair_inside_a_trigger_does_not_negate_it() {
    // Session 8: "unacceptable" is an accusation made, not a negated one.
    check(
        "وصفت الصين الخطوة الأمريكية بأنها غير مقبولة.",
        &["ACCUSE CHN>USA"],
    );
    // Near miss: a negation before the verb still negates.
    check("لم تنتقد الهند الخطوة الروسية.", &["ACCUSE IND>RUS neg"]);
}

#[test]
fn an_act_whose_object_is_people_or_nothing_acts_on_the_other_side_of_the_story() {
    // Session 9: the state set against the doer earlier in the sentence.
    check(
        "دخلت سفينة صيد يابانية مياه كوريا الجنوبية، فاحتجزت السلطات الكورية طاقمها.",
        &["COERCE KOR>JPN"],
    );
    // The lead of the sentence before.
    check(
        "أسقطت الدفاعات الجوية الأذربيجانية طائرة مسيرة أرمينية قرب الحدود. واحتجت يريفان رسمياً.",
        &["ASSAULT AZE>ARM", "PROTEST ARM>AZE"],
    );
    check(
        "اعتقلت بيلاروس ثلاثة صحفيين بولنديين قرب الحدود. وأفرجت مينسك عن اثنين منهم بعد شهر.",
        &["COERCE BLR>POL", "RETREAT BLR>POL"],
    );
    // The sentence before led by the doer itself: the state named last before it.
    check(
        "نشرت أذربيجان قوات قرب حدود أرمينيا. وبعد أسبوع سحبت باكو جزءاً من جنودها.",
        &["MOBILIZE AZE>ARM", "RETREAT AZE>ARM"],
    );
}

#[test]
fn a_ba_object_written_as_a_pronoun_points_back_and_the_state_after_it_is_the_subject() {
    // Session 9: the state after بها is the one condemning, the state before the comma the one condemned.
    check(
        "قصفت إسرائيل مواقع في سوريا، فنددت بها تركيا بشدة.",
        &["ASSAULT ISR>SYR", "ACCUSE TUR>ISR"],
    );
    check(
        "أعلنت كوسوفو استقلالها عام 2008، ثم اعترفت بها ألبانيا بعد يوم واحد.",
        &["SUPPORT ALB>XKX"],
    );
    // Near miss: no state after the pronoun, no event of a state.
    check(
        "استقبل الرئيس المصري نظيره الفرنسي، وأشادت به الصحافة.",
        &["CONSULT FRA>EGY"],
    );
}

#[test]
fn a_measure_imposed_on_a_pronoun_is_aimed_at_the_state_named_before() {
    // Session 9: عقوبات عليها — the pronoun is the state the sentence led with.
    check(
        "أطلقت كوريا الشمالية صاروخاً باليستياً، ففرضت اليابان عقوبات عليها.",
        &["MOBILIZE {PRK}", "SANCTION JPN>PRK"],
    );
    check(
        "أجرت إيران تجربة صاروخية جديدة، وفرض الاتحاد الأوروبي عقوبات عليها بعد أسبوع.",
        &["MOBILIZE {IRN}", "SANCTION EU>IRN"],
    );
}

#[test]
fn a_withdrawal_from_it_naming_nothing_military_is_no_retreat() {
    // "From it" is the body the sentence named, not a place held by forces.
    check(
        "وكانت تشاد، وهي من مؤسسي الهيئة الإقليمية، قد انسحبت منها عام 2019.",
        &[],
    );
    // Forces withdrawn stay a military withdrawal.
    check(
        "سحبت الهند والصين قواتهما من الهضبة المتنازع عليها.",
        &["RETREAT {CHN+IND}"],
    );
}

#[test]
fn a_present_verb_after_a_bare_noun_describes_it() {
    // "a region that China claims": a relative clause without التي, no request made.
    check("بنت الهند طريقاً في منطقة تطالب بها الصين منذ عقود.", &[]);
    check(
        "اعتقلت السلطات الروسية صيادين في مياه تطالب بها اليابان.",
        &[],
    );
}

#[test]
fn a_nuclear_test_is_a_show_of_force() {
    // Session 9: as a missile test is (PLOVER MOBILIZE).
    check("أجرت باكستان تجربة نووية ثانية.", &["MOBILIZE {PAK}"]);
    check(
        "أعلنت كوريا الشمالية نجاح تفجير نووي تحت الأرض.",
        &["MOBILIZE {PRK}"],
    );
}

#[test]
fn a_circumstantial_participle_is_the_main_subjects_act() {
    // Session 10: …، مطالباً / منددةً / رافضةً: the participle (حال) after a main clause says what its
    // subject did in saying so, as متهمةً accuses.
    check(
        "استدعى العراق السفير التركي، مطالباً أنقرة بسحب قواتها من أراضيه.",
        &["PROTEST IRQ>TUR", "REQUEST IRQ>TUR"],
    );
    // (Since session 57 the closure, which names no other side, is aimed at the side the participle
    // denounces: `Coder::aim_from_charge`.)
    check(
        "أغلقت باكستان معبر طورخم الحدودي، منددةً بالغارات الأفغانية.",
        &["ACCUSE PAK>AFG", "SANCTION PAK>AFG"],
    );
    check(
        "صوّتت الهند ضد القرار، رافضةً المطالب الأمريكية.",
        &["REJECT IND>USA"],
    );
}

#[test]
fn a_deadline_to_leave_given_to_diplomats_expels_them() {
    // Session 10: أمهل … لمغادرة, طلب من السفير مغادرة, أعلن السفير شخصاً غير مرغوب فيه.
    check(
        "أمهلت ليبيا الدبلوماسيين الفرنسيين ثلاثة أيام لمغادرة طرابلس.",
        &["SANCTION LBY>FRA"],
    );
    check(
        "أمهل العراق السفير التركي يومين لمغادرة البلاد.",
        &["SANCTION IRQ>TUR"],
    );
    check(
        "طلبت الجزائر من السفير الفرنسي مغادرة أراضيها خلال يومين.",
        &["SANCTION DZA>FRA"],
    );
    check(
        "أعلنت بولندا الملحق العسكري الروسي شخصاً غير مرغوب فيه.",
        &["SANCTION POL>RUS"],
    );
    // A deadline for anything else expels nobody.
    check(
        "أمهلت الحكومة السودانية المتمردين أسبوعاً لتسليم أسلحتهم.",
        &[],
    );
}

#[test]
fn downgrading_relations_named_with_a_possessive_is_a_sanction() {
    check(
        "خفّضت الإمارات علاقاتها مع إيران إلى مستوى القائم بالأعمال.",
        &["SANCTION ARE>IRN"],
    );
    check(
        "خفض المغرب علاقاته مع ألمانيا إلى أدنى مستوى.",
        &["SANCTION MAR>DEU"],
    );
}

#[test]
fn a_participle_after_a_report_of_others_deeds_is_the_reporters_act() {
    // Session 10: "Tehran said that American drones …, vowing": the participle's subject is the reporting
    // clause's, not the actor of the deed reported in between.
    check(
        "أعلنت طهران أن طائرات أمريكية مسيّرة انتهكت مجالها الجوي، متوعدة برد حازم.",
        &["THREATEN IRN>USA"],
    );
    check(
        "أعلنت موسكو أن مقاتلات بولندية اقتربت من حدودها، محذرة وارسو من أي استفزاز.",
        &["THREATEN RUS>POL"],
    );
}

#[test]
fn a_participle_of_the_first_form_has_no_subject_after_it() {
    // Session 10: داعيةً, رافضاً (فاعل) are participles as much as متهمةً: the state after one is its object.
    check(
        "استدعت مصر السفير الإثيوبي، داعيةً أديس أبابا إلى وقف ملء السد.",
        &["PROTEST EGY>ETH", "REQUEST EGY>ETH"],
    );
    check(
        "قطعت البحرين علاقاتها مع إيران، داعيةً طهران إلى الكف عن التدخل في شؤونها.",
        &["SANCTION BHR>IRN", "REQUEST BHR>IRN"],
    );
}

#[test]
fn a_demand_voiced_with_a_measure_is_made_of_its_target() {
    // Session 10: "The AU suspended Guinea, demanding …": the participle names no party; the measure's
    // target is the one asked.
    check(
        "علّق الاتحاد الأفريقي عضوية غينيا بعد الانقلاب، مطالباً بإطلاق سراح الرئيس.",
        &["SANCTION AU>GIN", "REQUEST AU>GIN"],
    );
}

#[test]
fn a_state_that_follows_suit_repeats_the_act_told_before() {
    // Session 10: حذت X حذوها / تبعتها X: the same act as the one just told, by the new state.
    check(
        "قطعت البحرين علاقاتها مع قطر، وحذت مصر حذوها بعد ساعات.",
        &["SANCTION BHR>QAT", "SANCTION EGY>QAT"],
    );
    check(
        "اعترفت السويد بدولة فلسطين، وتبعتها أيرلندا بعد أشهر.",
        &["SUPPORT SWE>PSE", "SUPPORT IRL>PSE"],
    );
    check(
        "أقامت الإمارات علاقات دبلوماسية مع إسرائيل، ثم حذت البحرين حذوها.",
        // (Ties established by one state with another named by مع are aimed at it: eval/README,
        // session-29 readings (a); session 33.)
        &["COOPERATE ARE>ISR", "COOPERATE BHR>ISR"],
    );
}

#[test]
fn refusing_to_comment_rejects_nothing() {
    check(
        "ورفضت وزارة الخارجية الروسية التعليق على التقارير الأوكرانية.",
        &[],
    );
    check("رفضت الخارجية الأمريكية التعليق على الاتهامات الإيرانية.", &[]);
}

#[test]
fn a_threat_voiced_in_a_participle_is_the_main_subjects() {
    // Session 10: متوعدةً / محذّرةً after a main clause (see the participle test above).
    check(
        "أجرت كوريا الشمالية تجربة صاروخية جديدة، متوعدةً الولايات المتحدة برد قاس.",
        &["MOBILIZE {PRK}", "THREATEN PRK>USA"],
    );
}

#[test]
fn a_second_act_joined_by_wa_with_no_object_acts_on_the_same_side() {
    check(
        "طردت ليتوانيا دبلوماسيين بيلاروسيين وطالبت باعتذار رسمي.",
        &["SANCTION LTU>BLR", "REQUEST LTU>BLR"],
    );
    check(
        "استدعت الجزائر سفيرها من باريس ورفضت الطلب.",
        &["SANCTION DZA>FRA", "REJECT DZA>FRA"],
    );
}

#[test]
fn a_circumstantial_participle_acts_like_its_verb() {
    check(
        "استدعى العراق سفيره من عمّان، مطالباً الأردن بتوضيح موقفه.",
        &["SANCTION IRQ>JOR", "REQUEST IRQ>JOR"],
    );
    // With no object of its own it acts on the side of the main clause.
    check(
        "علّق الاتحاد الأفريقي عضوية غينيا، مطالباً بعودة الحكم المدني.",
        &["SANCTION AU>GIN", "REQUEST AU>GIN"],
    );
}

#[test]
fn a_visit_in_a_khilal_phrase_after_the_main_clause_is_the_subjects() {
    check(
        "أعلنت قطر تقديم منحة للسودان، خلال زيارة رسمية إلى الخرطوم.",
        &["AID QAT>SDN", "CONSULT QAT>SDN"],
    );
    check(
        "أعلن العراق رفع الحظر عن الشاحنات الأردنية، خلال زيارة رسمية إلى عمّان.",
        &["CONCEDE IRQ>JOR", "CONSULT IRQ>JOR"],
    );
}

/// Session 14: the verb of a listed verbal noun (تأميم → أمّم) in all persons, and a gift of goods to a
/// state (أهدى) as aid; a gift of a book to a leader names no goods.
#[test]
fn nationalising_and_gifting_goods_are_acts() {
    check(
        "يؤمم العراق حصة شركة بريطانية في حقل الرميلة.",
        &["COERCE IRQ>GBR"],
    );
    check("أهدت كوريا الجنوبية الفلبين سفينة حربية.", &["AID KOR>PHL"]);
    check(
        "أهدى الرئيس الفرنسي نظيره المصري كتاباً عن تاريخ القاهرة.",
        &[],
    );
}

/// Session 15: a date written between the verb and its object (or its actor) does not count against a
/// pattern's gap: weekdays, both month series, ordinal days, numbers, slashes, «في/من», and a date set off
/// by a pair of commas.
#[test]
fn a_date_phrase_does_not_count_against_the_gap() {
    check(
        "قطعت جزر المالديف يوم الاثنين 5 حزيران علاقاتها مع قطر.",
        &["SANCTION MDV>QAT"],
    );
    check(
        "منحت روسيا في الثاني عشر من حزيران الرئيس الصيني وسام القديس أندراوس.",
        &["SUPPORT RUS>CHN"],
    );
    check(
        "أطلقت إيران صباح الأحد 14 نيسان مسيرات على إسرائيل.",
        &["ASSAULT IRN>ISR"],
    );
}

#[test]
fn a_slashed_date_or_one_between_commas_is_read_through() {
    check(
        "قطعت البحرين صباح الاثنين 5/6/2017 العلاقات مع قطر.",
        &["SANCTION BHR>QAT"],
    );
    check(
        "أغلقت النرويج، مساء الاثنين، مجالها الجوي أمام الطائرات الروسية.",
        &["SANCTION NOR>RUS"],
    );
    // A date in the gap makes no verb an act: raising fuel prices is no event.
    check(
        "رفعت الحكومة المصرية يوم الثلاثاء 16 مايو أسعار الوقود.",
        &[],
    );
}

/// Session 15: captives or remains handed back "to" a state (إلى، ل) are that state's, even when it is
/// named between the verb and the captives.
#[test]
fn captives_handed_back_to_a_state_are_aimed_at_it() {
    check(
        "أعادت أوكرانيا إلى روسيا أسرى من الجنود.",
        &["RETREAT UKR>RUS"],
    );
    check(
        "سلّمت أرمينيا لأذربيجان رفات جنود سقطوا في الحرب.",
        &["RETREAT ARM>AZE"],
    );
}

/// Session 16: a second act that the lexicon lacked — praise with the subject between the verb and its
/// على, appreciation voiced (أعرب/عبّر عن تقديره), a base handed over to another state.
#[test]
fn praise_and_appreciation_with_the_subject_between() {
    check(
        "أثنى رئيس الوزراء الماليزي على الدور الإندونيسي في حل النزاع.",
        &["SUPPORT MYS>IDN"],
    );
    check(
        "أعربت الحكومة الكويتية عن تقديرها للموقف المغربي.",
        &["SUPPORT KWT>MAR"],
    );
}

#[test]
fn a_base_handed_to_another_state_is_a_retreat() {
    check(
        "سلّمت القوات الأمريكية قاعدة عين الأسد إلى الجيش العراقي.",
        &["RETREAT USA>IRQ"],
    );
}

/// Session 17: a state named only by an adjective in the thing handed over or given (the border a base is
/// near, the maker of the goods) is no recipient when a إلى phrase names one.
#[test]
fn an_adjective_in_the_thing_given_is_no_recipient_before_ila() {
    check(
        "سلّمت القوات الفرنسية قاعدة قرب الحدود الليبية إلى الجيش التشادي.",
        &["RETREAT FRA>TCD"],
    );
    check("أرسلت الهند أدوية روسية الصنع إلى نيبال.", &["AID IND>NPL"]);
}

/// Session 17: a dual verb joined by و after a meeting is the meeting's two parties (the place of the
/// meeting is none of them); a verb with the object pronoun ها is no dual. (Since session 27 the meeting
/// and what was discussed at it are one act, as "met" and "discussed" are in the conventions: the dual
/// verb's event folds into the meeting's only when it has the meeting's two parties. Since session 59 the
/// meeting in Helsinki is Japan's visit, the Session-45 ruling: the dual verb codes no consultation of its own,
/// so it no longer keeps the talks symmetric, `Coder::talks_at_host_deferred`.)
#[test]
fn a_dual_verb_after_a_meeting_takes_its_two_parties() {
    check(
        "التقى الرئيس الفنلندي رئيس الوزراء الياباني في هلسنكي، وبحثا التعاون في مجال الطاقة.",
        &["CONSULT JPN>FIN"],
    );
    check(
        "انتقدت الصين الفلبين بسبب تصريحات وزير دفاعها، وطالبتها بالاعتذار.",
        &["ACCUSE CHN>PHL", "REQUEST CHN>PHL"],
    );
}

/// Session 17: what a state undergoes (تعرض ل + an act noun) it suffers; the doer is the agent after
/// من قبل or the state named after the noun. An agent after من قبل or بنيران makes a verb passive.
#[test]
fn an_act_undergone_is_aimed_at_the_one_who_undergoes_it() {
    check(
        "تعرضت سفارة هولندا لهجوم من قبل القوات الروسية.",
        &["ASSAULT RUS>NLD"],
    );
    check(
        "تعرض مطار أربيل العراقي لقصف بصواريخ إيرانية.",
        &["ASSAULT IRN>IRQ"],
    );
    check(
        "أسقطت مروحية تركية بنيران الدفاعات الجوية السورية.",
        &["ASSAULT SYR>TUR"],
    );
}

/// Session 17: rows for common acts coded under another type or not at all — aid suspended (a
/// sanction, not aid), a ship intercepted, views exchanged, flights resumed.
#[test]
fn aid_suspended_ship_intercepted_views_exchanged_flights_resumed() {
    check(
        "جمدت هولندا مساعداتها التنموية لمالي.",
        &["SANCTION NLD>MLI"],
    );
    check(
        "اعترض خفر السواحل اليوناني سفينة تركية قرب جزيرة رودس.",
        &["COERCE GRC>TUR"],
    );
    check(
        "تبادل رئيسا وزراء إسبانيا والمغرب وجهات النظر حول ملف الهجرة.",
        &["CONSULT {ESP+MAR}"],
    );
    check(
        "استأنفت مصر وتركيا الرحلات الجوية المباشرة بين البلدين.",
        &["COOPERATE {EGY+TUR}"],
    );
}

#[test]
fn a_bloc_named_again_by_a_word_with_ta_marbuta_is_resolved() {
    // The coreference pre-check compares the normalised phrase (المجموعه) with the normalised sentence.
    check(
        "انسحبت النيجر من المجموعة الاقتصادية لدول غرب أفريقيا. وهددت المجموعة بفرض عقوبات.",
        &["SANCTION NER>ECOWAS", "THREATEN ECOWAS>NER"],
    );
}

#[test]
fn a_phone_call_verb_is_a_consultation_with_its_partner_after_ba() {
    check(
        "اتصل الرئيس الفرنسي مساء الثلاثاء بالرئيس الإيراني لبحث الملف النووي.",
        &["CONSULT {FRA+IRN}"],
    );
    // (فيما يتصل بـ "as for" is no call.)
    check("وفيما يتصل بالعقوبات، لم تعلق الحكومة المصرية.", &[]);
}

#[test]
fn a_visit_noun_with_a_pronoun_is_the_sentence_subjects() {
    // The partner of the meeting before the noun is no visitor.
    check(
        "التقت وزيرة الخارجية الألمانية نظيرها الهندي خلال زيارتها إلى نيودلهي.",
        &["CONSULT {DEU+IND}", "CONSULT DEU>IND"],
    );
    check(
        "التقى رئيس الوزراء الياباني الرئيس الأمريكي في البيت الأبيض خلال زيارة تستمر ثلاثة أيام إلى الولايات المتحدة.",
        &["CONSULT {JPN+USA}", "CONSULT JPN>USA"],
    );
    // A visitor named after يقوم بها.
    check(
        "وقّعت الجزائر وإيطاليا خمس اتفاقيات للطاقة خلال زيارة يقوم بها رئيس الوزراء الإيطالي إلى الجزائر.",
        &["AGREE {DZA+ITA}", "CONSULT ITA>DZA"],
    );
    // The visit a verb has told is one visit.
    check(
        "وصل الرئيس التركي إلى الدوحة يوم الأحد في زيارة رسمية إلى قطر تستمر يومين.",
        &["CONSULT TUR>QAT"],
    );
}

#[test]
fn an_envoy_asked_to_leave_by_a_verb_without_subject_is_the_one_expelled() {
    // The envoy's state is no doer, and the capital to be left no party.
    check(
        "سحبت السعودية سفيرها من طرابلس وطلبت من السفير الليبي مغادرة الرياض.",
        &["SANCTION SAU>LBY", "SANCTION SAU>LBY"],
    );
    check(
        "قطعت بوليفيا علاقاتها مع إسرائيل وطالبت السفير الإسرائيلي بمغادرة لاباز.",
        &["SANCTION BOL>ISR", "SANCTION BOL>ISR"],
    );
}

#[test]
fn a_strike_on_a_non_state_groups_sites_has_no_target() {
    // The state where the group's sites lie is no target.
    check(
        "شنت المقاتلات الأمريكية غارات على مواقع لتنظيم القاعدة في جنوب اليمن.",
        &["ASSAULT {USA}"],
    );
    check(
        "قصفت الطائرات التشادية معسكرات للمتمردين قرب الحدود مع السودان.",
        &["ASSAULT {TCD}"],
    );
    // A state's own sites, or sites inside its territory, keep it as the target.
    check(
        "قصفت القوات الأذربيجانية مواقع للجيش الأرميني في منطقة حدودية.",
        &["ASSAULT AZE>ARM"],
    );
    check(
        "قصفت المدفعية التركية مواقع عسكرية في شمال سوريا.",
        &["ASSAULT TUR>SYR"],
    );
}

#[test]
fn a_joined_request_keeps_the_sentence_subject_and_asks_the_state_after_it() {
    // The state right after a joined verb of asking is the one asked.
    check(
        "عقد وزير الخارجية الإسباني مؤتمراً صحفياً في مدريد، ودعا المغرب إلى استئناف التعاون في ملف الهجرة.",
        &["REQUEST ESP>MAR"],
    );
    check(
        "ألقت رئيسة الوزراء النيوزيلندية كلمة في البرلمان، وطالبت أستراليا بمراجعة قوانين الترحيل.",
        &["REQUEST NZL>AUS"],
    );
    // Opening its sentence, the state after the verb is its subject.
    check(
        "وطالبت بولندا ألمانيا بدفع تعويضات عن الحرب.",
        &["REQUEST POL>DEU"],
    );
}

#[test]
fn a_state_in_the_topic_of_talks_is_no_party() {
    // What talks named by their parties are about is no party of them.
    check(
        "أجرت تركيا وأذربيجان محادثات تناولت الأزمة الأرمينية.",
        &["CONSULT {AZE+TUR}"],
    );
    check(
        "أجرى الرئيس الكازاخي والرئيس الأوزبكي محادثات حول العقوبات الأمريكية.",
        &["CONSULT {KAZ+UZB}"],
    );
}

#[test]
fn soldiers_sent_to_a_state_are_military_aid() {
    // Soldiers sent to a state, counted or not, are troops sent to help.
    check(
        "أرسلت الأردن ثلاثمئة جندي إلى الكويت مطلع الشهر.",
        &["AID JOR>KWT"],
    );
    check(
        "أرسلت باكستان آلاف الجنود إلى السعودية لمساندة المملكة.",
        &["AID PAK>SAU"],
    );
    // Troops said to move to a state to back it are aid, not backing in words.
    check(
        "أعلن الرئيس الإيراني أن قوات إيرانية بدأت بالتوجه إلى سوريا لدعم الحكومة السورية.",
        &["AID IRN>SYR"],
    );
    // Praise for troops that move nowhere stays praise.
    check(
        "أشادت قطر بدور القوات التركية لدعم الاستقرار في الصومال.",
        &["SUPPORT QAT>TUR"],
    );
    // Soldiers sent to a border are massed there: a mobilisation, aimed at the state across it
    // (eval/README session 19).
    check(
        "أرسلت الهند آلاف الجنود إلى الحدود مع الصين.",
        &["MOBILIZE IND>CHN"],
    );
}

#[test]
fn reopening_airspace_with_a_pronoun_is_a_retreat() {
    // أجوائها writes the hamza on a seat: still the airspace of the reopening rows.
    check(
        "أعادت مصر فتح أجوائها أمام الطائرات الليبية.",
        &["RETREAT EGY>LBY"],
    );
}

#[test]
fn what_a_protest_is_about_is_no_act_of_its_own() {
    // A nominal act after احتجاجاً على is the occasion of the act before it.
    check(
        "سحبت الجزائر سفيرها من مدريد بأثر فوري السبت، احتجاجاً على اعتراف إسبانيا بسيادة المغرب على الصحراء الغربية.",
        &["SANCTION DZA>ESP"],
    );
    check(
        "استدعت إيران سفيرها من باريس، احتجاجاً على اعتراف فرنسا بدولة كوسوفو.",
        &["SANCTION IRN>FRA"],
    );
}
