//! English event coding: one test per rule added this session against the misses issue 3 names (found on the
//! team's dev sets), on sentences written for these tests. Each case is the text and the events expected, in
//! the notation of `support::show`.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("en", text, expect);
}

#[test]
fn an_appositive_after_the_subject_is_neither_subject_nor_object() {
    check(
        "Greece, a NATO member since 1952, bought two frigates from France, officials in Athens said.",
        &["AID FRA>GRC"],
    );
    check(
        "Slovakia, the EU member closest to Moscow, vetoed a joint statement of the bloc on Kyiv.",
        &["REJECT SVK>EU"],
    );
    // A list of states after a comma is no appositive.
    check(
        "Russia, the United States, China and India signed the declaration.",
        &["AGREE {CHN+IND+RUS+USA}"],
    );
}

#[test]
fn a_relative_pronoun_after_a_comma_stands_for_the_actor_before_it() {
    check(
        "Egyptian President Abdel Fattah el-Sisi, who hosted Erdogan last year, visited Ankara on Wednesday.",
        &["CONSULT EGY>TUR", "CONSULT TUR>EGY"],
    );
    check(
        "Tehran has shipped missiles to Moscow, which fired them at Ukrainian ports.",
        &["AID IRN>RUS", "ASSAULT RUS>UKR"],
    );
    // With a subject of its own, the relative clause leaves the pronoun as its object.
    check(
        "Beijing condemned the strike on Iran, which Israel carried out overnight.",
        &["ACCUSE CHN>IRN"],
    );
}

#[test]
fn a_with_phrase_after_the_object_is_not_the_target() {
    check(
        "Islamabad thanked Beijing for its help during the border crisis with India.",
        &["SUPPORT PAK>CHN"],
    );
}

#[test]
fn a_concessive_phrase_names_no_party() {
    check(
        "India took delivery of S-400 units from Russia despite objections from Washington.",
        &["AID RUS>IND"],
    );
}

#[test]
fn buying_weapons_from_a_state_is_military_aid_from_it() {
    check(
        "Turkey bought S-400 systems from Russia in 2017.",
        &["AID RUS>TUR"],
    );
}

#[test]
fn news_synonyms_and_collocations() {
    check(
        "Belarus pardoned 16 prisoners after talks with an American delegation.",
        // (The talks in the after-phrase are the subject's: eval/README, session 8; en-4-033.)
        &["RETREAT {BLR}", "CONSULT {BLR+USA}"],
    );
    check(
        "Vietnam and Japan sealed a defence agreement in Hanoi.",
        &["AGREE {JPN+VNM}"],
    );
    check(
        "Warsaw put its air force on high alert.",
        &["MOBILIZE {POL}"],
    );
    check(
        "A Russian missile hit a grain terminal in Ukraine's Odesa region.",
        &["ASSAULT RUS>UKR"],
    );
    // Trade and sanctions "hit" too: no weapon, no attack.
    check("Russian exports to China hit a record in March.", &[]);
    check(
        "Armenia froze its participation in the CSTO.",
        &["SANCTION ARM>CSTO"],
    );
}

#[test]
fn an_accusation_ends_at_a_new_finite_verb_after_and() {
    check(
        "Baku accused Moscow of downing the airliner and demanded an apology from the Kremlin.",
        &["ACCUSE AZE>RUS", "REQUEST AZE>RUS"],
    );
    // An -ing form after "and" is still part of what the accuser claims.
    check(
        "Kyiv accused Minsk of hosting Russian troops and training them.",
        &["ACCUSE UKR>BLR"],
    );
}

#[test]
fn an_ing_verb_after_a_subordinator_has_the_main_subject() {
    check(
        "Wang Yi flew to Islamabad on Monday, two days after visiting Kabul.",
        &["CONSULT CHN>AFG", "CONSULT CHN>PAK"],
    );
}

#[test]
fn the_actor_after_with_is_the_subject_of_the_ing_verb() {
    check(
        "Talks between Khartoum and Juba collapsed, with Sudan blaming South Sudan for the deadlock.",
        &["ACCUSE SDN>SSD", "CONSULT {SDN+SSD}"],
    );
}

#[test]
fn a_title_joins_a_state_adjective_to_its_person() {
    check(
        "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in Sochi.",
        &["CONSULT TUR>RUS"],
    );
}

#[test]
fn a_document_after_a_nominal_signing_does_not_hide_the_parties() {
    check(
        "The signing of a transit treaty between Kazakhstan and Turkmenistan took place in Ashgabat.",
        &["AGREE {KAZ+TKM}"],
    );
}

#[test]
fn prepositional_targets_follow_the_english_trigger() {
    check(
        "The OIC condemned Israel's raids on Lebanese towns and called on the Security Council to act.",
        &["ACCUSE OIC>ISR", "REQUEST OIC>UNSC"],
    );
}

#[test]
fn a_weapon_word_makes_the_next_verb_form_a_noun() {
    check(
        "Pyongyang has sent artillery shells to Russia.",
        &["AID PRK>RUS"],
    );
}

#[test]
fn protesters_are_people_of_the_place_they_rally_in() {
    check(
        "Hundreds rallied outside the Turkish embassy in Baghdad on Friday.",
        &["PROTEST IRQ>TUR"],
    );
}

#[test]
fn accused_of_after_a_noun_is_a_reduced_passive() {
    check(
        "Washington blacklisted four Indian firms accused of helping Tehran sell oil.",
        &["SANCTION USA>IND"],
    );
}

#[test]
fn a_reaction_noun_is_aimed_at_the_act_of_the_main_clause() {
    check(
        "Belarus detained two Polish citizens near the border, prompting a protest from Warsaw.",
        &["COERCE BLR>POL", "PROTEST POL>BLR"],
    );
    check(
        "India and China vetoed the draft at the UN Security Council, drawing sharp criticism from Washington.",
        &["ACCUSE USA>CHN+IND", "REJECT CHN+IND>UNSC"],
    );
}

#[test]
fn declaring_diplomats_persona_non_grata_expels_them() {
    check(
        "Riga declared three Belarusian diplomats persona non grata.",
        &["SANCTION LVA>BLR"],
    );
}

#[test]
fn a_relative_clause_after_joined_actors_stands_for_all_of_them() {
    check(
        "Serbia and Hungary, which depend on Russian gas, asked Brussels for an exemption.",
        &["REQUEST HUN+SRB>EU"],
    );
}

#[test]
fn what_a_meeting_is_about_is_no_party() {
    check(
        "Tokyo and Seoul held talks on North Korea in Osaka.",
        &["CONSULT KOR>JPN"],
    );
    check(
        "Jaishankar discussed Afghanistan with his Iranian counterpart.",
        &["CONSULT {IND+IRN}"],
    );
}

#[test]
fn only_the_first_to_phrase_after_a_verb_is_its_target() {
    check(
        "Canada imposed sanctions on Belarus over its arms transfers to Russia.",
        &["SANCTION CAN>BLR"],
    );
}

#[test]
fn an_infinitive_of_purpose_has_the_main_subject() {
    check(
        "Seoul summoned the Chinese ambassador to protest against Beijing's fishing fleet.",
        &["PROTEST KOR>CHN"],
    );
    // A request puts its object in charge of the act asked for.
    check(
        "Washington urged New Delhi to halt oil purchases from Moscow.",
        &["REQUEST USA>IND", "SANCTION IND>RUS proposed"],
    );
}

#[test]
fn a_promised_retaliation_is_aimed_at_the_earlier_actor() {
    check(
        "Israeli jets struck targets in Lebanon overnight, and Beirut vowed to respond.",
        &["ASSAULT ISR>LBN", "THREATEN LBN>ISR"],
    );
}

#[test]
fn the_state_a_signed_deal_serves_is_its_other_party() {
    check(
        "QatarEnergy inked a 27-year agreement to supply LNG to China.",
        &["AGREE {CHN+QAT}", "COOPERATE QAT>CHN expected"],
    );
    // A one-sided promise stays directed.
    check(
        "Riyadh pledged to invest $20 billion in Egypt.",
        &["AGREE SAU>EGY"],
    );
}

#[test]
fn clashes_and_prisoner_swaps_have_no_direction() {
    check(
        "Armenian and Azerbaijani forces clashed on the border on Tuesday.",
        &["ASSAULT {ARM+AZE}"],
    );
    check(
        "Moscow and Kyiv swapped 84 prisoners on Friday.",
        &["RETREAT {RUS+UKR}"],
    );
}

#[test]
fn a_request_named_as_the_occasion_is_made_to_the_actor() {
    check(
        "Russia sent peacekeepers to Kazakhstan at Tokayev's request.",
        &["AID RUS>KAZ", "REQUEST KAZ>RUS"],
    );
}

#[test]
fn the_body_one_is_expelled_from_is_the_agent() {
    check(
        "Last year Belarus was expelled from the Council of Europe's partnership scheme.",
        &["SANCTION COE>BLR"],
    );
}

#[test]
fn who_takes_part_in_a_meeting_or_exercise_is_a_party() {
    check(
        "Finnish troops took part in a NATO exercise in Norway.",
        &["COOPERATE {FIN+NATO}"],
    );
    check(
        "Egyptian Foreign Minister Badr Abdelatty attended a BRICS ministerial meeting in Rio.",
        &["CONSULT {BRICS+EGY}"],
    );
}

#[test]
fn a_missile_launch_without_a_target_is_a_show_of_force() {
    check(
        "Pyongyang fired a ballistic missile into the sea on Sunday.",
        &["MOBILIZE {PRK}"],
    );
}

#[test]
fn rejecting_accusations_denies_the_act() {
    check(
        "Tehran rejected accusations that it had sent missiles to Russia.",
        &["AID IRN>RUS denied"],
    );
}

#[test]
fn hosting_idioms_and_tightened_curbs() {
    check(
        "Erdogan rolled out the red carpet for Aliyev in Ankara.",
        &["CONSULT AZE>TUR"],
    );
    check(
        "Washington tightened its export curbs on Chinese chipmakers.",
        &["SANCTION USA>CHN"],
    );
}

#[test]
fn cutting_supplies_is_a_sanction_and_growing_trade_cooperation() {
    check(
        "Gazprom cut gas supplies to Latvia on Saturday.",
        &["SANCTION RUS>LVA"],
    );
    check(
        "Moscow and New Delhi boosted bilateral trade last year.",
        &["COOPERATE {IND+RUS}"],
    );
}

#[test]
fn a_refused_call_is_aimed_at_the_one_who_made_it() {
    check(
        "Budapest rebuffed calls from Warsaw to expel Russian diplomats.",
        &["REJECT HUN>POL", "SANCTION HUN>RUS neg"],
    );
}

#[test]
fn acts_on_two_dates_are_two_events() {
    check(
        "Mali was suspended from the African Union on 1 June 2021, and on 3 March 2022 Bamako was expelled from the bloc.",
        &["SANCTION AU>MLI", "SANCTION AU>MLI"],
    );
    // The same act named twice on one date is one event.
    check(
        "Canada imposed sanctions on Belarus on Monday, its first sanctions on Minsk this year.",
        &["SANCTION CAN>BLR"],
    );
}

#[test]
fn a_decree_or_law_is_no_agreement_and_a_verb_object_is_a_noun() {
    check(
        "Putin signed a decree banning exports of petrol to Armenia.",
        &["SANCTION RUS>ARM"],
    );
}

#[test]
fn hosting_forces_is_no_meeting() {
    check(
        "Moscow warned Stockholm against hosting NATO troops.",
        &["THREATEN RUS>SWE"],
    );
}

#[test]
fn a_response_in_kind_is_aimed_at_the_first_actor() {
    check(
        "Pakistan struck Indian positions on Friday, and New Delhi retaliated with artillery strikes.",
        &["ASSAULT IND>PAK", "ASSAULT PAK>IND"],
    );
    check(
        "Baku and Moscow traded barbs over the crash.",
        &["ACCUSE {AZE+RUS}"],
    );
}

#[test]
fn sanctions_on_entities_in_a_state_target_it() {
    check(
        "Washington sanctioned a dozen companies in Hong Kong and the United Arab Emirates.",
        &["SANCTION USA>ARE+HKG"],
    );
}

#[test]
fn an_anaphoric_object_points_back_to_the_last_sentence_lead() {
    check(
        "Canada expelled a Chinese diplomat. Beijing condemned the move.",
        &["ACCUSE CHN>CAN", "SANCTION CAN>CHN"],
    );
    check(
        "Mali expelled the French ambassador. Paris called the decision illegal.",
        &["ACCUSE FRA>MLI", "SANCTION MLI>FRA"],
    );
}

#[test]
fn launching_weapons_at_a_place_is_an_attack() {
    check(
        "Russia launched a wave of drones at Kyiv overnight.",
        &["ASSAULT RUS>UKR"],
    );
}

#[test]
fn closing_the_border_with_a_state_is_a_sanction() {
    check(
        "Poland closed its border with Belarus in September, accusing Minsk of staging provocations.",
        &["ACCUSE POL>BLR", "SANCTION POL>BLR"],
    );
}

#[test]
fn a_material_act_after_would_is_expected() {
    check(
        "Moscow said on Friday that it would deliver two more frigates to Algeria.",
        &["AID RUS>DZA expected"],
    );
    // A refusal announced so is made by the announcement.
    check(
        "Ankara said it would not accept the plan proposed by Athens.",
        &["REJECT TUR>GRC"],
    );
}

#[test]
fn talks_without_parties_after_a_subordinator_are_the_pair_s() {
    check(
        "Serbia and Kosovo failed to agree on a road map after two days of talks in Brussels.",
        &["AGREE {SRB+XKX} neg", "CONSULT {SRB+XKX}"],
    );
    // (Beside a deal the talks led to, they are what led to it, no event of their own — session 34,
    // the gold of en-h11-038, en-h17-022, en-h4-015, ru-h18-001: `Coder::talks_led_to_deal`.)
    check(
        "Serbia and Kosovo agreed on a road map after two days of talks in Brussels.",
        &["AGREE {SRB+XKX}"],
    );
    // One state is no pair: the talks' other side is unknown (and one state alone signing is no English
    // agreement since session 15).
    check("Russia signed the deal after talks.", &[]);
}

#[test]
fn a_purchase_of_weapons_is_aid_from_the_seller_to_the_buyer() {
    check(
        "Egypt bought twelve Chinese attack drones last year, officials in Cairo said.",
        &["AID CHN>EGY"],
    );
    check(
        "Vietnam acquired coastal radars from India under a credit line.",
        &["AID IND>VNM"],
    );
    // Buying oil stays trade, with the buyer first.
    check(
        "Pakistan bought Russian crude for the first time in June.",
        &["COOPERATE PAK>RUS"],
    );
}

#[test]
fn troops_sent_to_a_state_in_the_passive_are_military_aid_from_their_state() {
    check(
        "Armenian sappers were sent to Syria in 2019 to clear mines around Aleppo.",
        &["AID ARM>SYR"],
    );
}

#[test]
fn a_refusal_in_so_many_words_stands_without_a_target() {
    check(
        "Azerbaijan refused on Friday to extend the mandate of the observer mission.",
        &["REJECT {AZE}"],
    );
    check(
        "Beijing declined to renew the currency swap when it expired in March.",
        &["REJECT {CHN}"],
    );
    // A fall in numbers is no refusal.
    check("Russian grain exports declined sharply in April.", &[]);
}

#[test]
fn radars_and_fighters_bought_are_goods_that_make_a_transfer() {
    check(
        "Morocco purchased Israeli surveillance radars in 2023, the defence ministry said.",
        &["AID ISR>MAR"],
    );
}

#[test]
fn curbs_are_restrictions() {
    check(
        "Seoul imposed export curbs on Russian machine tools on Wednesday.",
        &["SANCTION KOR>RUS"],
    );
}

// Session 3 breadth pass: wire wording the dev sets under-represent, one test per group of new rows in
// `triggers_en.csv`, on sentences written for these tests.

#[test]
fn phrasal_verbs_of_criticism_take_their_object_after_at() {
    check(
        "Beijing hit back at Washington on Monday over the new chip controls.",
        &["ACCUSE CHN>USA"],
    );
    check(
        "Ankara took aim at Stockholm for tolerating the protests.",
        &["ACCUSE TUR>SWE"],
    );
    check(
        "Moscow lashed out at Chisinau after the vote.",
        &["ACCUSE RUS>MDA"],
    );
    // A place after "at" stays a place when the verb does not end in the preposition.
    check(
        "Lavrov met Wang Yi at the ASEAN forum in Vientiane.",
        &["CONSULT {CHN+RUS}"],
    );
}

#[test]
fn support_in_idioms_and_new_verb_forms() {
    check(
        "Brazil threw its weight behind Egypt's bid to mediate.",
        &["SUPPORT BRA>EGY"],
    );
    check(
        "Putin lauded Kazakhstan for its neutrality.",
        &["SUPPORT RUS>KAZ"],
    );
}

#[test]
fn climbing_down_and_lifting_tariffs_are_concessions() {
    check(
        "Hungary backed down and let Sweden into the alliance.",
        &["CONCEDE HUN>SWE"],
    );
    check(
        "Washington lifted the tariffs on Canadian steel on Friday.",
        &["CONCEDE USA>CAN"],
    );
}

#[test]
fn lobbying_is_a_request_and_balking_a_rejection() {
    check(
        "Kyiv lobbied Berlin for more Taurus missiles.",
        &["REQUEST UKR>DEU"],
    );
    check(
        "China voted against the resolution on Ukraine.",
        &["REJECT CHN>UKR"],
    );
    check(
        "India brushed aside objections from Washington.",
        &["REJECT IND>USA"],
    );
}

#[test]
fn vowing_revenge_is_a_threat_and_calling_in_an_envoy_a_protest() {
    check(
        "Tehran vowed revenge against Israel after the strike.",
        &["THREATEN IRN>ISR"],
    );
    check(
        "Warsaw called in the Russian ambassador on Tuesday.",
        &["PROTEST POL>RUS"],
    );
    // Without an envoy, "called in" is no protest.
    check("Poland called in extra police for the march.", &[]);
}

#[test]
fn closing_airspace_expelling_and_calling_off_talks_are_sanctions() {
    check(
        "Moldova kicked out a Russian diplomat over the election interference.",
        &["SANCTION MDA>RUS"],
    );
    check(
        "Pakistan closed its airspace to Indian planes.",
        &["SANCTION PAK>IND"],
    );
    check(
        "Beijing called off its trade talks with Ottawa.",
        &["SANCTION CHN>CAN"],
    );
}

#[test]
fn drills_and_missile_launches_with_an_adjective_are_mobilisation() {
    check(
        "Russia held large-scale naval drills in the Baltic.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "North Korea test-launched a new solid-fuel missile on Thursday.",
        &["MOBILIZE {PRK}"],
    );
}

#[test]
fn crackdowns_and_custody_are_coercion() {
    check(
        "China cracked down on Philippine fishermen near Scarborough Shoal.",
        &["COERCE CHN>PHL"],
    );
    check(
        "Iranian forces took two British sailors into custody.",
        &["COERCE IRN>GBR"],
    );
}

#[test]
fn opening_fire_and_drone_attacks_are_assaults() {
    check(
        "Russian troops opened fire on Ukrainian positions near Bakhmut.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "A Ukrainian drone attack on Moscow closed its airports.",
        &["ASSAULT UKR>RUS"],
    );
}

#[test]
fn money_disbursed_and_tanks_handed_over_are_aid() {
    check(
        "The World Bank disbursed $1.5 billion to Ukraine on Friday.",
        &["AID WORLD_BANK>UKR"],
    );
    check(
        "Germany handed over 20 Leopard tanks to Ukraine.",
        &["AID DEU>UKR"],
    );
}

#[test]
fn visits_paid_and_consultations_held() {
    check("Modi paid a visit to Moscow in July.", &["CONSULT IND>RUS"]);
    check(
        "Russia and China held consultations on Afghanistan in Beijing.",
        &["CONSULT RUS>CHN"],
    );
}

#[test]
fn an_act_one_is_urged_to_stop_is_not_asserted() {
    check(
        "China urged the United States to stop arming Taiwan.",
        &["REQUEST CHN>USA", "AID USA>TWN neg proposed"],
    );
}

#[test]
fn exemptions_and_regret_are_concessions() {
    check(
        "Washington exempted Turkey from its sanctions on Iranian oil for six months.",
        &["CONCEDE USA>TUR"],
    );
}

#[test]
fn water_cannon_fired_at_a_boat_is_coercion() {
    check(
        "Chinese coast guard ships fired water cannon at a Vietnamese fishing boat on Sunday.",
        &["COERCE CHN>VNM"],
    );
}

#[test]
fn rescue_teams_flown_to_a_stricken_state_are_aid() {
    check(
        "Algeria flew 80 rescuers and a field hospital to Libya after the floods.",
        &["AID DZA>LBY"],
    );
}

#[test]
fn a_seizure_coordinated_with_boarding_keeps_the_boarders_as_its_doer() {
    check(
        "Iranian commandos boarded a Greek tanker in the Gulf and seized its cargo.",
        &["COERCE IRN>GRC"],
    );
}

#[test]
fn an_act_condemned_by_its_noun_is_aimed_at_the_one_who_did_it_in_the_same_sentence() {
    check(
        "Georgia's detention of two Russian journalists angered Moscow, which condemned the arrests.",
        &["COERCE GEO>RUS", "ACCUSE RUS>GEO"],
    );
}

#[test]
fn the_owner_of_a_decision_is_the_subject_of_its_infinitive() {
    check(
        "Latvia's decision to close its border with Belarus angered Minsk.",
        &["SANCTION LVA>BLR"],
    );
}

#[test]
fn a_government_in_a_capital_is_that_state() {
    check(
        "Norway recognised the government in Kabul in 2026.",
        &["SUPPORT NOR>AFG"],
    );
}

#[test]
fn measures_imposed_are_sanctions_in_the_passive_too() {
    check(
        "Sanctions were imposed on Sovcomflot by Britain in February.",
        &["SANCTION GBR>RUS"],
    );
    check(
        "Canada slapped a 25% levy on Chinese electric cars.",
        &["SANCTION CAN>CHN"],
    );
}

#[test]
fn a_tit_for_tat_response_vowed_is_a_threat() {
    check(
        "Lithuania expelled a Russian diplomat, and Moscow vowed a tit-for-tat response.",
        &["SANCTION LTU>RUS", "THREATEN RUS>LTU"],
    );
}

#[test]
fn loans_pledged_are_a_promise_and_support_condemned_is_no_event() {
    check(
        "Japan pledged $3 billion in loans to the Philippines.",
        &["AGREE JPN>PHL"],
    );
    check(
        "Iran's support for the Houthis was condemned by Saudi Arabia.",
        &["ACCUSE SAU>IRN"],
    );
}

#[test]
fn its_forces_are_the_forces_of_the_state_named_last() {
    check(
        "India said its troops had begun large-scale drills near the border with Pakistan.",
        &["MOBILIZE {IND}"],
    );
    check(
        "Australia, Britain and the United States announced a security pact in September 2021.",
        &["AGREE {AUS+GBR+USA}"],
    );
}

#[test]
fn a_possessive_inside_a_gapped_trigger_is_its_object() {
    check(
        "Poland closed Russia's consulate in Gdansk.",
        &["SANCTION POL>RUS"],
    );
}

#[test]
fn a_reduced_passive_with_its_own_target_phrase_modifies_the_noun_before_it() {
    check(
        "Most former Soviet republics back sanctions imposed by the West on Russia.",
        &["SANCTION WST>RUS"],
    );
}

#[test]
fn measures_and_aid_announced_are_acts_of_the_announcer() {
    check(
        "Japan announced new export curbs on Russian chemicals on Friday.",
        &["SANCTION JPN>RUS"],
    );
    check(
        "Britain announced a new military aid package for Ukraine.",
        &["AID GBR>UKR"],
    );
    check(
        "Washington hit Moscow with fresh sanctions targeting its energy sector.",
        &["SANCTION USA>RUS"],
    );
}

#[test]
fn a_return_to_the_negotiating_table_one_is_urged_to_make_has_not_happened() {
    check(
        "The Turkish president urged Moscow and Kyiv to return to the negotiating table.",
        &["REQUEST TUR>RUS+UKR", "CONSULT {RUS+UKR} proposed"],
    );
}

#[test]
fn the_two_who_met_are_the_two_states_named_last() {
    check(
        "Zelensky asked Trump for Tomahawk missiles when the two met at the White House on Friday.",
        &["REQUEST UKR>USA", "CONSULT UKR>USA"],
    );
}

#[test]
fn a_with_phrase_after_the_target_phrase_belongs_to_a_later_noun() {
    check(
        "Beijing's backing for Moscow has strained its ties with Brussels.",
        &["SUPPORT CHN>RUS"],
    );
}

#[test]
fn advisers_sent_are_military_aid_and_stern_representations_a_protest() {
    check(
        "Britain sent a team of military advisers to Ukraine.",
        &["AID GBR>UKR"],
    );
    check(
        "China lodged stern representations with Japan over the visit.",
        &["PROTEST CHN>JPN"],
    );
}

#[test]
fn a_retaliation_promised_is_a_threat_and_any_attack_is_no_attack() {
    check(
        "The Iranian foreign minister said Tehran would retaliate against any Israeli attack.",
        &["THREATEN IRN>ISR", "ASSAULT ISR>IRN hypothetical"],
    );
}

#[test]
fn passives_of_arrest_and_downing() {
    // The state one is arrested in arrests.
    check(
        "Two Chinese nationals were arrested in Poland on suspicion of spying.",
        &["COERCE POL>CHN"],
    );
    // What is shot down is the patient: the drone's state did not strike Romania.
    check(
        "A Russian drone was shot down over Romania, the defence ministry in Bucharest said.",
        &[],
    );
    // A weapon fired is the firing state's.
    check(
        "Russian missiles were fired at Kyiv overnight.",
        &["ASSAULT RUS>UKR"],
    );
}

// ---- Session 4: type conventions on unseen text (eval/README "Annotation conventions"). ----

#[test]
fn a_warning_is_a_threat_only_when_addressed_or_naming_a_penalty() {
    // A forecast is no event.
    check(
        "The IMF warned on Monday that Chinese export curbs would hurt growth in Europe.",
        &[],
    );
    check(
        "Germany warned that a cut in Russian gas could push Europe into recession.",
        &[],
    );
    // Addressed to a state: a threat, and the response it announces is the same threat.
    check(
        "Moscow warned Tokyo that it would respond to any new sanctions.",
        &["THREATEN RUS>JPN", "SANCTION JPN>RUS hypothetical"],
    );
    // A penalty named, by a noun or by a verb of its own.
    check(
        "Washington warned that Iran would face consequences for its drone sales.",
        &["THREATEN USA>IRN"],
    );
}

#[test]
fn a_mediator_consults_with_both_sides() {
    check(
        "Ankara brokered a grain deal between Russia and Ukraine in July 2022.",
        &["CONSULT {RUS+TUR+UKR}"],
    );
    check(
        "Qatar has mediated the return of children between Moscow and Kyiv.",
        &["CONSULT {QAT+RUS+UKR}"],
    );
    // A state glued to a participle qualifies the noun: a "US-brokered" truce names no act of the US.
    check(
        "The Kazakh leader never recognised the Russian-backed separatist republics in eastern Ukraine.",
        &["SUPPORT KAZ>UKR neg"],
    );
    // (A prefix is no state: "test-fired" is a verb.)
    check(
        "Pyongyang test-fired a solid-fuel missile on Thursday.",
        &["MOBILIZE {PRK}"],
    );
}

#[test]
fn welcoming_a_leader_in_a_capital_is_hosting_a_visit() {
    check(
        "Kazakh President Tokayev welcomed Narendra Modi in Astana on Tuesday.",
        &["CONSULT IND>KAZ"],
    );
    // Welcoming a decision stays praise.
    check(
        "Beijing welcomed Hanoi's decision to join the initiative.",
        &["SUPPORT CHN>VNM"],
    );
}

#[test]
fn honours_vows_and_announced_responses() {
    check(
        "Xi awarded Lukashenko the Order of Friendship during a ceremony in Beijing.",
        &["SUPPORT CHN>BLR"],
    );
    check(
        "Moscow vowed to defend Minsk against any aggression.",
        &["AGREE RUS>BLR"],
    );
    check(
        "The Kremlin said Russia would respond to the stationing of American missiles in Japan.",
        &["THREATEN RUS>USA"],
    );
}

#[test]
fn every_weapon_word_makes_a_delivery_military_aid() {
    check(
        "Russia delivered S-400 squadrons to India.",
        &["AID RUS>IND"],
    );
    check(
        "Seoul supplied howitzers to Warsaw last year.",
        &["AID KOR>POL"],
    );
}

#[test]
fn ending_agreements_and_services_reduces_relations() {
    check(
        "Niger terminated its military cooperation agreement with Washington.",
        &["SANCTION NER>USA"],
    );
    check(
        "Kazakh banks stopped servicing Russian Mir cards in the spring.",
        &["SANCTION KAZ>RUS"],
    );
    check(
        "The last American troops left Niamey in September 2024.",
        &["RETREAT USA>NER"],
    );
}

#[test]
fn calling_an_act_unjustified_criticises_its_author() {
    check(
        "New Delhi called the American tariffs unjustified and unfair.",
        &["ACCUSE IND>USA"],
    );
    check(
        "Beijing described the Philippine manoeuvres as provocative.",
        &["ACCUSE CHN>PHL"],
    );
}

#[test]
fn establishing_or_restoring_relations_is_cooperation() {
    check(
        "Bahrain and Qatar restored diplomatic ties in April after a six-year rift.",
        &["COOPERATE {BHR+QAT}"],
    );
    check(
        "Oman established diplomatic relations with Bhutan last week.",
        &["COOPERATE {BTN+OMN}"],
    );
    // Cutting them stays a sanction.
    check(
        "Nicaragua severed its diplomatic ties with Taiwan in December.",
        &["SANCTION NIC>TWN"],
    );
}

#[test]
fn troops_sent_to_help_are_aid_and_an_approved_arms_sale_is_aid() {
    check(
        "Belarus sent rescuers to Kazakhstan to help fight the floods.",
        &["AID BLR>KAZ"],
    );
    check(
        "Washington approved the sale of 12 helicopters to Nigeria.",
        &["AID USA>NGA"],
    );
}

#[test]
fn a_money_pledge_with_a_currency_sign_is_an_agreement() {
    check(
        "Kuwait committed $2 billion to Jordanian infrastructure projects.",
        &["AGREE KWT>JOR"],
    );
}

#[test]
fn martial_law_and_readmission_follow_the_conventions() {
    check(
        "Ukraine declared martial law on 24 February 2022.",
        &["MOBILIZE {UKR}"],
    );
    check(
        "The African Union lifted the suspension of Mali after the elections.",
        &["CONCEDE AU>MLI"],
    );
}

#[test]
fn handing_control_to_another_state_is_a_withdrawal() {
    check(
        "Russian troops handed control of the airfield to Syrian forces.",
        &["RETREAT RUS>SYR"],
    );
}

#[test]
fn a_person_pronoun_after_a_second_verb_is_the_one_acted_on_before() {
    check(
        "Iran detained a British journalist and charged him with espionage.",
        &["COERCE IRN>GBR", "ACCUSE IRN>GBR"],
    );
}

#[test]
fn a_promised_response_is_aimed_where_the_condemnation_was() {
    check(
        "Estonia expelled a Russian diplomat on Friday. Moscow condemned the expulsion and promised a response.",
        &["SANCTION EST>RUS", "ACCUSE RUS>EST", "THREATEN RUS>EST"],
    );
}

#[test]
fn a_national_security_council_stands_for_its_state() {
    check(
        "The secretary of Armenia's Security Council met the Iranian ambassador in Yerevan.",
        &["CONSULT IRN>ARM"],
    );
}

#[test]
fn it_after_a_verb_of_saying_is_the_sayer() {
    check(
        "Tehran condemned the new British sanctions and said it would retaliate.",
        &["ACCUSE IRN>GBR", "THREATEN IRN>GBR"],
    );
}

#[test]
fn a_demonym_before_a_title_is_the_visitor_received() {
    check(
        "Algeria's president received his Tunisian counterpart in Algiers on Sunday.",
        &["CONSULT TUN>DZA"],
    );
}

#[test]
fn goods_received_with_a_demonym_come_from_its_state() {
    check(
        "Belarus received a batch of Chinese drones last month.",
        &["AID CHN>BLR"],
    );
}

#[test]
fn freeing_a_foreign_national_is_aimed_at_that_state() {
    check(
        "Venezuela released a detained Spanish journalist on Tuesday.",
        &["RETREAT VEN>ESP"],
    );
}

#[test]
fn joint_projects_and_payment_links_are_economic_cooperation() {
    check(
        "Gazprom and Sinopec set up a joint venture in Shanghai.",
        &["COOPERATE {CHN+RUS}"],
    );
    check(
        "Iran and Russia linked their national payment systems last year.",
        &["COOPERATE {IRN+RUS}"],
    );
}

#[test]
fn a_loan_granted_and_named_weapons_delivered_are_aid() {
    check(
        "Saudi Arabia granted Pakistan a loan of three billion dollars.",
        &["AID SAU>PAK"],
    );
    check(
        "Norway delivered more NASAMS launchers to Ukraine in May.",
        &["AID NOR>UKR"],
    );
}

#[test]
fn intercepting_drones_is_an_assault_and_blocking_boats_is_coercion() {
    check(
        "Jordan intercepted Iranian drones over its territory.",
        &["ASSAULT JOR>IRN"],
    );
    check(
        "Chinese vessels blocked Philippine fishing boats near the shoal.",
        &["COERCE CHN>PHL"],
    );
}

#[test]
fn a_counted_reference_stands_for_that_many_states() {
    check(
        "Ministers of Chad, Sudan and Libya met in Ndjamena. The three countries agreed to patrol their borders jointly.",
        &["CONSULT {LBY+SDN+TCD}", "AGREE {LBY+SDN+TCD}"],
    );
}

#[test]
fn weapons_used_against_a_state_are_an_attack() {
    check(
        "North Korea sent shells to Russia, which used them against Ukrainian towns.",
        &["AID PRK>RUS", "ASSAULT RUS>UKR"],
    );
}

#[test]
fn court_cases_blacklists_and_joint_construction_follow_their_types() {
    check(
        "Armenia filed a case against Azerbaijan at the International Court of Justice.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "Washington added a dozen Russian suppliers to its entity list.",
        &["SANCTION USA>RUS"],
    );
    check(
        "Russia and Turkey began building a nuclear plant on the Mediterranean coast in 2018.",
        &["COOPERATE {RUS+TUR}"],
    );
}

#[test]
fn a_threatened_use_of_force_names_its_target_as_a_place() {
    check(
        "Turkey threatened a new military intervention in Syria.",
        &["THREATEN TUR>SYR"],
    );
    check(
        "Israel threatened an invasion in Lebanon if the rocket fire went on.",
        &["THREATEN ISR>LBN"],
    );
}

#[test]
fn an_accusation_stays_asserted_when_the_accused_denies_the_charge() {
    check(
        "Baku accused Yerevan of shelling its positions, which Armenia denied.",
        &["ACCUSE AZE>ARM"],
    );
}

#[test]
fn negations_that_assert_the_act_do_not_negate_it() {
    check(
        "Ankara did not hesitate to condemn the Israeli strike on Doha.",
        &["ACCUSE TUR>ISR"],
    );
}

#[test]
fn it_as_an_object_is_not_the_subject_of_its_clause() {
    check(
        "Hungary vetoed the statement, and Macron threatened to isolate it in the Council.",
        &["REJECT {HUN}", "THREATEN FRA>HUN"],
    );
    // After a verb of saying, it is the sayer again.
    check(
        "Latvia said on Friday it had detained a Russian citizen near Daugavpils.",
        &["COERCE LVA>RUS"],
    );
}

#[test]
fn force_announced_in_a_warning_is_the_threat() {
    check(
        "Pyongyang warned that it could strike American bases in Guam at any moment.",
        &["THREATEN PRK>USA"],
    );
    // A forecast names no penalty: no event.
    check(
        "The World Bank warned that Russian sanctions would slow growth in Central Asia.",
        &[],
    );
}

#[test]
fn a_state_that_follows_with_measures_of_its_own_aims_them_alike() {
    check(
        "Canberra banned imports of Russian coal in April, and New Zealand followed with restrictions of its own in May.",
        &["SANCTION AUS>RUS", "SANCTION NZL>RUS"],
    );
}

#[test]
fn an_appositive_with_a_number_or_both_after_a_compound_subject() {
    check(
        "Egypt and Jordan, two close allies of Washington, signed a gas deal.",
        &["AGREE {EGY+JOR}"],
    );
    check(
        "Hungary and Slovakia, both members of NATO, criticised the EU plan.",
        &["ACCUSE HUN+SVK>EU"],
    );
}

#[test]
fn extending_an_agreement_is_an_agreement() {
    check(
        "Russia and Kazakhstan extended their treaty on the Baikonur lease until 2050.",
        &["AGREE {KAZ+RUS}"],
    );
}

#[test]
fn sentencing_holding_and_freezing_accounts_are_coercion() {
    check(
        "A Belarusian court sentenced a Lithuanian driver to six years in prison.",
        &["COERCE BLR>LTU"],
    );
    check(
        "London froze the bank accounts of three Iranian officials.",
        &["COERCE GBR>IRN"],
    );
    // Freezing ties stays a sanction.
    check(
        "Ecuador froze ties with Mexico in April.",
        &["SANCTION ECU>MEX"],
    );
}

#[test]
fn stripping_rights_revoking_capping_prices_and_refusing_entry_are_sanctions() {
    check(
        "Armenia stripped Russian broadcasters of their licences.",
        &["SANCTION ARM>RUS"],
    );
    check(
        "Latvia refused entry to a Russian cargo plane on Sunday.",
        &["SANCTION LVA>RUS"],
    );
    check(
        "Australia capped the price of Russian diesel in 2023.",
        &["SANCTION AUS>RUS"],
    );
}

#[test]
fn pushing_a_state_to_act_and_applying_for_a_status_are_requests() {
    check(
        "Warsaw pushed Washington to station more troops in Poland.",
        &["REQUEST POL>USA"],
    );
    check(
        "Bolivia applied for BRICS membership in 2023.",
        &["REQUEST BOL>BRICS"],
    );
}

#[test]
fn a_mobilisation_names_its_place_not_a_target() {
    check(
        "Belarus began snap drills near the Lithuanian border on Tuesday.",
        &["MOBILIZE {BLR}"],
    );
}

#[test]
fn a_time_to_come_after_to_belongs_to_the_act_under_it() {
    check(
        "Uzbekistan and Tajikistan agreed to open two more border crossings next year.",
        &["AGREE {TJK+UZB}"],
    );
}

#[test]
fn calling_the_earlier_act_by_a_condemning_name_accuses_its_author() {
    // "it" right after the verb of a gapped trigger is the act of the sentence before.
    check(
        "Norway closed its border with Russia in March. Moscow called it a hostile act.",
        &["SANCTION NOR>RUS", "ACCUSE RUS>NOR"],
    );
    check(
        "Poland banned Belarusian trucks from its roads. Minsk described the step as piracy.",
        &["SANCTION POL>BLR", "ACCUSE BLR>POL"],
    );
    // A neutral name is no accusation.
    check(
        "Norway closed its border with Russia in March. Moscow called it a temporary measure.",
        &["SANCTION NOR>RUS"],
    );
}

#[test]
fn a_reaction_in_the_next_sentence_answers_the_act_before() {
    // A bare "it", an act noun (with one adjective before it) or a verb of protest with nothing after it
    // points back to the act of the sentence before; its author is the target.
    check(
        "Norway banned Russian fishing vessels from its ports. Moscow condemned it.",
        &["SANCTION NOR>RUS", "ACCUSE RUS>NOR"],
    );
    check(
        "Latvia expelled a Russian journalist. Moscow protested strongly.",
        &["SANCTION LVA>RUS", "PROTEST RUS>LVA"],
    );
    check(
        "The United States sent Patriot missiles to Ukraine. The Kremlin condemned the delivery.",
        &["AID USA>UKR", "ACCUSE RUS>USA"],
    );
    check(
        "Australia barred a Chinese firm from buying a lithium mine. China criticised the ruling as discriminatory.",
        &["SANCTION AUS>CHN", "ACCUSE CHN>AUS"],
    );
    // Near misses: a crowd that protests demonstrates on its own; "it" before an object is no act.
    check(
        "Latvia expelled a Russian journalist. Georgian students protested.",
        &["SANCTION LVA>RUS", "PROTEST {GEO}"],
    );
    check(
        "Lithuania expelled two Russian diplomats on Monday. Moscow has condemned terrorism for years.",
        &["SANCTION LTU>RUS"],
    );
}

#[test]
fn an_ing_clause_with_it_is_aimed_at_the_main_clause_object() {
    check(
        "Azerbaijan closed the office of a Russian news agency in Baku, accusing it of spreading propaganda.",
        &["SANCTION AZE>RUS", "ACCUSE AZE>RUS"],
    );
    // A reason given ("citing …") is no event.
    check(
        "China halted imports of Japanese seafood, citing safety concerns.",
        &["SANCTION CHN>JPN"],
    );
}

#[test]
fn a_verb_after_and_takes_its_own_topic_words() {
    // The assets make the freeze a seizure; the sanctions before "and" stay sanctions.
    check(
        "The EU imposed sanctions on Belarus and froze the assets of two Belarusian banks.",
        &["SANCTION EU>BLR", "COERCE EU>BLR"],
    );
    check(
        "The EU froze the assets of two Belarusian banks.",
        &["COERCE EU>BLR"],
    );
}

#[test]
fn a_verb_after_but_shares_the_subject_before() {
    check(
        "Serbia ruled out seizing the stake but urged Moscow to sell its stake.",
        &["REJECT {SRB}", "REQUEST SRB>RUS"],
    );
    // "but" with a subject of its own keeps it.
    check(
        "Serbia ruled out seizing the stake but Moscow urged Belgrade to sell its stake.",
        &["REJECT {SRB}", "REQUEST RUS>SRB"],
    );
    // (A plan rejected with no author named is no event: session 21.)
    check(
        "Serbia rejected the plan but urged Moscow to sell its stake.",
        &["REQUEST SRB>RUS"],
    );
}

#[test]
fn a_relative_pronoun_after_demonym_firms_stands_for_their_state() {
    check(
        "The EU sanctioned three Iranian firms that supplied drones to Russia.",
        &["SANCTION EU>IRN", "AID IRN>RUS"],
    );
    // Not after a noun that is no agent ("the Iranian drones that hit Kyiv" names no doer).
    check(
        "Washington blacklisted two Chinese companies which had shipped drone parts to Russia.",
        &["SANCTION USA>CHN", "AID CHN>RUS"],
    );
}

#[test]
fn phrasal_verbs_of_closing_recalling_and_sending_code_their_event() {
    check(
        "Qatar shut its ports to Saudi ships in June.",
        &["SANCTION QAT>SAU"],
    );
    check(
        "Israel pulled its ambassador from Turkey.",
        &["SANCTION ISR>TUR"],
    );
    check(
        "The United States removed Cuba from its list of state sponsors of terrorism.",
        &["CONCEDE USA>CUB"],
    );
    check(
        "The United States removed Turkey from the F-35 programme.",
        &["SANCTION USA>TUR"],
    );
    check("Kenya sent 400 police officers to Haiti.", &["AID KEN>HTI"]);
    check(
        "Afghan and Pakistani forces exchanged heavy fire along the border.",
        &["ASSAULT {AFG+PAK}"],
    );
    check(
        "Poland closed its main crossing into Belarus on Monday.",
        &["SANCTION POL>BLR"],
    );
    // Near miss: a port closed by a storm has no actor.
    check("A storm shut the ports of the island for two days.", &[]);
}

#[test]
fn a_second_verb_after_and_is_a_second_act_of_the_same_kind() {
    // One event per trigger: two sanctions by the same state on the same state are two events.
    check(
        "Washington expelled 35 Russian diplomats and shut two Russian compounds in Maryland.",
        &["SANCTION USA>RUS", "SANCTION USA>RUS"],
    );
    // The same act told twice (a pronoun object) is one event.
    check(
        "Moscow declared two Lithuanian diplomats persona non grata and ordered them to leave.",
        &["SANCTION RUS>LTU"],
    );
    // Two rows on one verb stay one event.
    check(
        "Poland closed two border crossings with Belarus.",
        &["SANCTION POL>BLR"],
    );
}

#[test]
fn a_mediator_named_in_a_phrase_on_the_talks_is_no_party() {
    check(
        "Afghanistan and Pakistan agreed to a truce in Doha after talks mediated by Qatar and Turkey.",
        &["AGREE {AFG+PAK}"],
    );
    // A mediator as the subject of its verb is a party.
    check(
        "Qatar mediated talks between Afghanistan and Pakistan in Doha.",
        &["CONSULT {AFG+PAK+QAT}"],
    );
}

#[test]
fn rejecting_a_charge_is_a_denial_not_a_refusal() {
    check(
        "France accused Azerbaijan of meddling in New Caledonia. Baku rejected the charge as baseless.",
        &["ACCUSE FRA>AZE"],
    );
}

#[test]
fn a_visit_owned_by_his_is_made_by_the_subject_to_the_place_before() {
    check(
        "Erdogan was in Baghdad on his first visit in more than a decade.",
        &["CONSULT TUR>IRQ"],
    );
    check(
        "Assad came to Moscow on his first visit as president.",
        &["CONSULT SYR>RUS"],
    );
    // No place named: no visit coded.
    check(
        "Erdogan said his first visit in a decade had gone well.",
        &[],
    );
}

#[test]
fn building_linking_reopening_and_regarding_as_a_threat_code_their_event() {
    check(
        "Finland began building fortifications along its border with Russia.",
        &["MOBILIZE {FIN}"],
    );
    check(
        "Iran and Russia linked their national card networks in 2024.",
        &["COOPERATE {IRN+RUS}"],
    );
    check(
        "Russia would regard NATO's expansion as a threat.",
        &["THREATEN RUS>NATO"],
    );
    check(
        "Syrian air defences downed a drone while firing at Israeli jets.",
        &["ASSAULT SYR>ISR"],
    );
    // Near miss: a fire at a shopping centre is no attack.
    check("A fire at a Warsaw shopping centre killed nobody.", &[]);
}

#[test]
fn a_verb_of_naming_with_an_object_and_a_name_criticises_the_act_named() {
    check(
        "Kenyan troops shelled a Somali border post on Monday, and Mogadishu called the shelling a \
         cowardly aggression.",
        &["ASSAULT KEN>SOM", "ACCUSE SOM>KEN"],
    );
    // The act named is told in the sentence before; its noun need not be a known act noun.
    check(
        "A Belarusian fighter forced a passenger jet to land in Minsk. EU ministers called the \
         diversion a state hijacking.",
        &["ACCUSE EU>BLR"],
    );
    check(
        "Beijing dubbed the Australian inquiry a political manipulation.",
        &["ACCUSE CHN>AUS"],
    );
    // Near misses: no object, a praising or excusing name, another verb.
    check("Tokayev called a snap election for March.", &[]);
    check(
        "Moscow called the unrest in Kazakhstan an internal matter.",
        &[],
    );
    check(
        "Russia pulled its troops back from the island. Moscow called the move a goodwill gesture.",
        &["RETREAT {RUS}"],
    );
    check(
        "Beijing called on Washington to sign a new trade deal.",
        &["REQUEST CHN>USA", "AGREE {CHN} proposed"],
    );
    check(
        "Modi called the visit to Moscow a milestone in relations with Russia.",
        &["CONSULT IND>RUS"],
    );
}

#[test]
fn a_comma_inside_a_list_of_actors_does_not_close_a_relative_clause() {
    check(
        "Belarus, which hosts troops from Russia, Kazakhstan and Armenia, expelled the Lithuanian \
         ambassador.",
        &["SANCTION BLR>LTU"],
    );
    check(
        "Egypt, which imports wheat from Russia, Ukraine and France, signed a grain deal with India.",
        &["AGREE {EGY+IND}"],
    );
    // Near miss: a plain list of subjects is no relative clause.
    check(
        "Russia, China, Iran and India signed the declaration.",
        &["AGREE {CHN+IND+IRN+RUS}"],
    );
}

#[test]
fn meanwhile_or_however_inside_a_clause_is_no_boundary() {
    check(
        "Tashkent had meanwhile moved closer to Moscow, signing a treaty of alliance with Russia.",
        &["AGREE {RUS+UZB}"],
    );
    check(
        "Russia however signed the deal with Iran in March.",
        &["AGREE {IRN+RUS}"],
    );
    // After punctuation it still opens a clause of its own.
    check(
        "Moscow signed a gas deal with Beijing; meanwhile Washington imposed sanctions on Iran.",
        &["AGREE {CHN+RUS}", "SANCTION USA>IRN"],
    );
}

#[test]
fn a_threat_is_aimed_at_the_subject_of_its_condition_and_stays_asserted() {
    check(
        "If Sweden joined NATO, Russia would be forced to respond, the Russian embassy warned.",
        &["THREATEN RUS>SWE"],
    );
    check(
        "Beijing threatened countermeasures if Lithuania let Taiwan open an office in Vilnius.",
        &["THREATEN CHN>LTU"],
    );
    // Near misses: a forecast under a condition is no threat; a threat inside the condition stays
    // hypothetical.
    check(
        "Russia warned that tariffs would hurt growth if the trade war went on.",
        &[],
    );
    check(
        "Washington warned Pyongyang that it would face consequences if it kept threatening Japan.",
        &["THREATEN USA>PRK", "THREATEN PRK>JPN hypothetical"],
    );
}

#[test]
fn a_promise_of_revenge_or_reprisals_is_a_threat() {
    check(
        "Israel struck an Iranian consulate in Damascus. Tehran vowed revenge.",
        &["ASSAULT ISR>IRN", "THREATEN IRN>ISR"],
    );
    check(
        "Pyongyang fired two missiles into the sea. Seoul promised reprisals.",
        &["MOBILIZE {PRK}", "THREATEN KOR>PRK"],
    );
    // Near miss: a promise of help stays an agreement.
    check(
        "Russia promised to help Syria rebuild its power grid.",
        &["AGREE RUS>SYR"],
    );
}

#[test]
fn a_visit_in_a_during_or_on_phrase_is_made_by_the_subject_of_the_sentence() {
    check(
        "Tajikistan's president announced during a visit to Beijing that the new road would open in May.",
        &["CONSULT TJK>CHN"],
    );
    check(
        "During a visit to Ankara, Lula signed nine agreements with Turkey.",
        &["CONSULT BRA>TUR", "AGREE {BRA+TUR}"],
    );
    check(
        "Speaking on a trip to Cairo, Lavrov criticised the Israeli strikes.",
        &["CONSULT RUS>EGY", "ACCUSE RUS>ISR"],
    );
    // Near miss: a visit made by someone named with "by" keeps that visitor.
    check(
        "Protesters gathered in Tbilisi during a visit to Georgia by the EU envoy.",
        &["CONSULT EU>GEO"],
    );
    // The visit noun after its kind: "state visit", "official visit", "working visit" (session 22).
    check(
        "Ghana's president signed four agreements on Monday during his first state visit to Japan.",
        &["AGREE {GHA+JPN}", "CONSULT GHA>JPN"],
    );
    check(
        "On an official visit to Ankara, Lula said trade between the two countries would double.",
        &["CONSULT BRA>TUR"],
    );
}

#[test]
fn the_move_of_a_reaction_is_the_latest_deed_not_the_sentence_between() {
    // A reaction in the sentence between: "the decision" is still the expulsion.
    check(
        "Hungary expelled two Ukrainian diplomats on Monday. Kyiv summoned the Hungarian envoy. Warsaw called the decision a grave error.",
        &["SANCTION HUN>UKR", "PROTEST UKR>HUN", "ACCUSE POL>HUN"],
    );
    // A deed earlier in the same sentence, aimed at a third state.
    check(
        "Armenia froze its participation in the CSTO on Friday, and Moscow called the step a serious mistake.",
        &["SANCTION ARM>CSTO", "ACCUSE RUS>ARM"],
    );
    // Near miss: a word said ("the accusations") answers whoever said it.
    check(
        "Lithuania accused Belarus of sending migrants across the border. Minsk rejected the accusations.",
        &["ACCUSE LTU>BLR", "REJECT BLR>LTU"],
    );
}

#[test]
fn a_withdrawal_naming_nothing_military_is_no_retreat() {
    // A bare "withdrew" after a summit walk-out, and a pull-out from a programme, leave no place.
    check("Kenya and Ghana withdrew a day later.", &[]);
    check(
        "Chile pulled out of the student exchange programme at the last minute.",
        &[],
    );
    // Forces or peacekeepers pulling back are still a military withdrawal.
    check(
        "Turkish forces began pulling back in early May.",
        &["RETREAT {TUR}"],
    );
}

#[test]
fn the_two_sides_are_the_parties_of_the_last_event_when_the_sentence_names_fewer() {
    // A mediator's venue in the sentence is not one of the two sides.
    check(
        "Armenia accused Azerbaijan of shelling border villages. With Qatar mediating, the two sides agreed to a truce.",
        &["ACCUSE ARM>AZE", "AGREE {ARM+AZE}"],
    );
    // A third power named in the sentence is not one of them either.
    check(
        "Peru and Chile signed a fishing pact in 2019. Pressed by Washington, the two governments agreed on new catch quotas in 2022.",
        &["AGREE {CHL+PER}", "AGREE {CHL+PER}"],
    );
    // Near miss: a sentence that names both states itself keeps them.
    check(
        "Ghana and Togo met in Accra, and the two countries agreed to reopen the border.",
        // (Reopening a border is RETREAT ease since session 14; agreed to, it is expected.)
        &[
            "CONSULT TGO>GHA",
            "AGREE {GHA+TGO}",
            "RETREAT {GHA+TGO} expected",
        ],
    );
}

#[test]
fn the_act_a_demand_asks_for_has_not_happened() {
    // A "that" clause right after a request verb names the act asked for: proposed, not done.
    check(
        "Kyiv demanded that Moscow withdraw its troops from Moldova.",
        &["REQUEST UKR>RUS", "RETREAT RUS>MDA proposed"],
    );
    check(
        "The United States asked that Japan impose sanctions on Russia.",
        &["REQUEST USA>JPN", "SANCTION JPN>RUS proposed"],
    );
    // Near miss: a "that" clause after a verb of saying tells what happened.
    check(
        "Kyiv said that Moscow withdrew its troops from Moldova.",
        &["RETREAT RUS>MDA"],
    );
}

#[test]
fn a_second_act_joined_by_and_with_no_object_acts_on_the_same_side() {
    check(
        "Lithuania expelled two Belarusian diplomats and demanded an official apology.",
        &["SANCTION LTU>BLR", "REQUEST LTU>BLR"],
    );
    check(
        "Estonia summoned Russia's charge d'affaires on Friday and demanded the return of the buoys.",
        &["PROTEST EST>RUS", "REQUEST EST>RUS"],
    );
    // Near miss: a second act that names its own object keeps it.
    check(
        "Lithuania expelled two Belarusian diplomats and urged Poland to do the same.",
        &["SANCTION LTU>BLR", "REQUEST LTU>POL"],
    );
}

#[test]
fn an_ing_phrase_after_a_demand_speaks_for_the_one_who_demands() {
    // "…, accusing X of …" after "demanded that Y <verb> …" is said by the one who demands, not by Y.
    check(
        "Washington demanded that Beijing withdraw its warships from the Philippine shoal, accusing China of bullying its neighbours.",
        &["REQUEST USA>CHN", "RETREAT CHN>PHL proposed", "ACCUSE USA>CHN"],
    );
    check(
        "Ankara demanded that Sweden expel the activists, accusing Stockholm of harbouring militants.",
        &["REQUEST TUR>SWE", "ACCUSE TUR>SWE"],
    );
    // Near miss: after an act that was done, the "-ing" phrase is its doer's.
    check(
        "Officials said that Poland expelled two Russian diplomats, accusing them of spying.",
        &["SANCTION POL>RUS", "ACCUSE POL>RUS"],
    );
}

#[test]
fn talks_with_a_state_in_an_after_phrase_are_held_by_the_subject() {
    check(
        "Chile resumed copper exports to Japan after two rounds of negotiations with Tokyo.",
        &["CONSULT {CHL+JPN}"],
    );
    check(
        "Mongolia joined the rail project on Friday after weeks of talks with Beijing.",
        &["CONSULT {CHN+MNG}"],
    );
    // Near miss: talks whose parties the phrase names itself keep them.
    check(
        "Mongolia joined the rail project after talks between China and Russia.",
        &["CONSULT {CHN+RUS}"],
    );
}

// Session 11: the cells of a verb's paradigm that the rows lacked, written by tools/en_verb_forms.py
// from the forms that were listed (one test per form class).

#[test]
fn a_third_person_present_is_the_verb_of_its_past() {
    check(
        "Moscow nationalises the local assets of a Finnish energy firm.",
        &["COERCE RUS>FIN"],
    );
    check(
        "Pyongyang spurns Seoul's offer of family reunions.",
        &["REJECT PRK>KOR"],
    );
    check(
        "Minsk imprisons two Lithuanian journalists on spying charges.",
        &["COERCE BLR>LTU"],
    );
}

#[test]
fn an_ing_form_with_its_phrase_is_the_verb_of_its_past() {
    check(
        "Belgrade retaliated by declaring the Croatian consul persona non grata.",
        &["SANCTION SRB>HRV"],
    );
    check(
        "Beijing answered by shutting down the Lithuanian trade mission in the capital.",
        &["SANCTION CHN>LTU"],
    );
    // (Before, "rolling" fell to the sanctions noun: a sanction, not their easing.)
    check(
        "Washington is rolling back its sanctions on Belarusian potash.",
        &["CONCEDE USA>BLR"],
    );
}

#[test]
fn a_base_form_with_its_phrase_is_the_verb_of_its_past() {
    check(
        "Hungary and Slovakia side with Moscow in the gas dispute.",
        &["SUPPORT HUN+SVK>RUS"],
    );
    check(
        "Vietnam and the Philippines lash out at China over the new map.",
        &["ACCUSE PHL+VNM>CHN"],
    );
    check(
        "Egypt and Sudan brush off Ethiopia's offer of a dam deal.",
        &["REJECT EGY+SDN>ETH"],
    );
}

// Session 11: the verbal nouns of the verb triggers, from the reviewed table
// data/events/en_nominalisations.csv (tools/en_nominalisations.py). A noun is an event only with both
// sides named.

#[test]
fn a_verbal_noun_names_the_act_of_its_verb() {
    check(
        "Pakistan began the deportation of Afghan refugees on Monday.",
        &["COERCE PAK>AFG"],
    );
    check(
        "The kidnapping of two Indian engineers by Nigeria was confirmed.",
        &["COERCE NGA>IND"],
    );
    check(
        "Norway's donation of tents to Turkey reached Hatay.",
        &["AID NOR>TUR"],
    );
}

// Session 15 (English actors): constructions found failing on sentences written fresh for the session.

#[test]
fn a_denial_participle_before_a_noun_denies_nothing() {
    check(
        "Washington imposed new sanctions on Caracas after the disputed presidential vote.",
        &["SANCTION USA>VEN"],
    );
    check(
        "Azerbaijan shelled Armenian border posts on Tuesday, days after the disputed referendum.",
        &["ASSAULT AZE>ARM"],
    );
}

#[test]
fn a_past_tense_verb_after_and_is_a_second_act_told_as_done() {
    check(
        "Hungary vetoed the EU statement on Georgia and accused Brussels of double standards.",
        &["REJECT HUN>EU", "ACCUSE HUN>EU"],
    );
    check(
        "Belgrade rejected the Kosovo proposal and recalled its ambassador from Pristina.",
        &["REJECT SRB>XKX", "SANCTION SRB>XKX"],
    );
    check(
        "Tokyo refused to lift the ban and threatened new curbs on Chinese seafood.",
        &["REJECT JPN>CHN", "THREATEN JPN>CHN"],
    );
    // A bare verb after "and" is still under the refusal. (Since session 57 the act right after the refusal
    // is told by the REJECT alone; the one joined by "and" is still kept negated — a gap, not a reading.)
    check(
        "Serbia refused to sign and ratify the agreement with Kosovo.",
        &["REJECT SRB>XKX", "AGREE {SRB+XKX} neg"],
    );
}

#[test]
fn an_office_opening_a_sentence_is_the_state_that_led_the_sentence_before() {
    check(
        "Ukraine summoned the Hungarian ambassador on Monday. The foreign ministry also accused Budapest \
         of spreading Russian propaganda.",
        &["PROTEST UKR>HUN", "ACCUSE UKR>HUN"],
    );
    check(
        "Kenya recalled its envoy from Kinshasa in January. The government later accused Congo of \
         backing the rebels.",
        &["SANCTION KEN>COD", "ACCUSE KEN>COD"],
    );
    // An office of a state named beside it is that state's.
    check(
        "China sent warships near Taiwan on Sunday. The government in Taipei condemned Beijing.",
        &["MOBILIZE {CHN}", "ACCUSE TWN>CHN"],
    );
}

#[test]
fn an_ing_aside_after_the_subject_is_neither_subject_nor_object() {
    check(
        "Japan's prime minister, speaking after talks with NATO leaders in Brussels, condemned North \
         Korea for the missile launch.",
        &["CONSULT {JPN+NATO}", "ACCUSE JPN>PRK"],
    );
    check(
        "The Kremlin, responding to new measures announced in London, banned entry to 30 British \
         journalists.",
        &["SANCTION RUS>GBR"],
    );
}

#[test]
fn an_agreement_by_one_state_alone_names_no_event() {
    check("Japan pledged $5 million in flood relief on Friday.", &[]);
    // (Since session 32 a promise by a state that took part in an act just before is given to that act's
    // other side, as the eval golds code it: no longer one state alone.)
    check(
        "The Export-Import Bank of China lent Angola $2 billion in 2004. Luanda agreed to repay the \
         loan with oil.",
        &["AID CHN>AGO", "AGREE AGO>CHN"],
    );
    // A bloc agreeing within itself stands alone.
    check(
        "OPEC+ agreed on Sunday to extend its output cuts into next year.",
        &["AGREE {OPEC_PLUS}"],
    );
}

#[test]
fn a_verb_after_the_comma_of_a_series_shares_the_subject_of_the_first() {
    check(
        "Serbia recalled its ambassador from Zagreb, expelled a Croatian diplomat and closed a border \
         crossing with Croatia.",
        &["SANCTION SRB>HRV", "SANCTION SRB>HRV", "SANCTION SRB>HRV"],
    );
    check(
        "Russia expelled two German diplomats, closed a German consulate and banned entry to ten German \
         officials.",
        &["SANCTION RUS>DEU", "SANCTION RUS>DEU", "SANCTION RUS>DEU"],
    );
}

// Session 15: verb classes the lexicon lacked, found by checking it against an outside list of verbs by event
// category (the CAMEO verb synsets); each a verb class times an object class (tools/trigger_classes.py), with
// the same verb in another sense left alone.

#[test]
fn handing_back_the_dead_or_prisoners_of_war_is_a_release() {
    check(
        "Russia handed back the remains of 563 soldiers to Ukraine on Friday.",
        &["RETREAT RUS>UKR"],
    );
    check(
        "Kyiv returned 45 prisoners of war to Moscow under the Emirati-brokered deal.",
        &["RETREAT UKR>RUS"],
    );
}

#[test]
fn calling_up_reservists_or_stepping_up_patrols_is_a_mobilisation() {
    check(
        "Israel called up 300,000 reservists after the attack.",
        &["MOBILIZE {ISR}"],
    );
    check(
        "China stepped up military patrols near the Senkaku Islands.",
        &["MOBILIZE {CHN}"],
    );
    // A call or pressure is no force.
    check("Biden called up Putin late on Tuesday.", &[]);
    check("The United States stepped up pressure on Iran.", &[]);
}

#[test]
fn targeting_or_destroying_military_sites_and_weapons_striking_are_assaults() {
    check(
        "Moscow targeted Ukrainian energy facilities with cruise missiles.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "Russia destroyed a Ukrainian ammunition depot.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "Ukrainian drones struck an oil refinery in southern Russia overnight.",
        &["ASSAULT UKR>RUS"],
    );
    // Sanctions and markets are targeted too.
    check(
        "The EU sanctions targeted Russian banks and energy exporters.",
        &["SANCTION EU>RUS"],
    );
    check(
        "Japanese firms targeted the Chinese market with new cars.",
        &[],
    );
}

#[test]
fn waging_war_or_unleashing_a_barrage_is_an_assault_but_a_trade_war_is_not() {
    check(
        "Saudi Arabia waged war on Yemen's Houthis for eight years.",
        &["ASSAULT SAU>YEM"],
    );
    check(
        "Russia unleashed a barrage of missiles on Ukraine's power grid.",
        &["ASSAULT RUS>UKR"],
    );
    check("Washington waged a trade war on China in 2018.", &[]);
}

#[test]
fn withholding_or_cutting_aid_and_cutting_embassy_staff_are_sanctions() {
    check(
        "The United States withheld $400 million in military aid from Ukraine in 2019.",
        &["SANCTION USA>UKR"],
    );
    check(
        "The Netherlands cut aid to Uganda over the new law.",
        &["SANCTION NLD>UGA"],
    );
    check(
        "France reduced its embassy staff in Niger.",
        &["SANCTION FRA>NER"],
    );
    check("Germany cut its dependence on Russian gas.", &[]);
}

#[test]
fn admitting_responsibility_concedes_and_turning_to_a_state_for_help_requests() {
    check(
        "Iran acknowledged responsibility for shooting down the Ukrainian airliner.",
        &["CONCEDE IRN>UKR"],
    );
    check(
        "Sri Lanka turned to India for a loan after its default.",
        &["REQUEST LKA>IND"],
    );
    check("Kazakhstan turned its attention to trade with Russia.", &[]);
}

#[test]
fn extraditing_hands_over_and_a_charge_of_downing_accuses() {
    // (Since session 34 an extradition is RETREAT aimed at the receiving state, eval/README session 26 (a).)
    check(
        "Turkey extradited a Swedish citizen to Sweden.",
        &["RETREAT TUR>SWE"],
    );
    check(
        "Dutch prosecutors charged three Russians with the downing of flight MH17.",
        &["ACCUSE NLD>RUS"],
    );
}

#[test]
fn capturing_soldiers_or_taking_them_prisoner_coerces_and_hacking_networks_assaults() {
    check(
        "Iran captured two British sailors in the Gulf.",
        &["COERCE IRN>GBR"],
    );
    check(
        "Russia took dozens of Ukrainian soldiers prisoner.",
        &["COERCE RUS>UKR"],
    );
    check(
        "Chinese hackers breached Taiwanese government networks.",
        &["ASSAULT CHN>TWN"],
    );
    // A proposal taken seriously and an agreement breached are none.
    check(
        "The United States took the Russian proposal seriously.",
        &[],
    );
    check("The US breached its trade agreement with China.", &[]);
}

#[test]
fn a_rejection_with_its_particle_after_the_object_is_a_rejection() {
    // Session 22: "turned the request down", "brushed the appeal aside", "turned it down".
    check(
        "Tajikistan asked China for a second loan. Beijing turned the request down.",
        &["REQUEST TJK>CHN", "REJECT CHN>TJK"],
    );
    check(
        "Georgia demanded an apology from Russia, but Moscow brushed the demand aside.",
        &["REQUEST GEO>RUS", "REJECT RUS>GEO"],
    );
    // Near miss: a thing turned down by a state is no rejection of anyone.
    check("Norway turned the thermostat down in state buildings.", &[]);
}

#[test]
fn a_past_tense_verb_after_an_infinitive_and_and_is_the_subjects_own_act() {
    // Session 22: "urged X to lift the ban and called it …" — the verb after "and" is no second verb
    // under "to": it has the sentence's subject and is told as done.
    check(
        "South Korea banned imports of Japanese fish. Tokyo urged Seoul to lift the ban and called the decision unjustified.",
        &[
            "SANCTION KOR>JPN",
            "REQUEST JPN>KOR",
            "ACCUSE JPN>KOR",
            "CONCEDE KOR>JPN proposed",
        ],
    );
    check(
        "Austria asked Turkey to extradite the suspect and summoned the Turkish ambassador.",
        // (The extradition asked for is a proposed RETREAT since session 34; it names no receiving state.)
        &[
            "REQUEST AUT>TUR",
            "PROTEST AUT>TUR",
            "RETREAT {TUR} proposed",
        ],
    );
}

#[test]
fn a_trade_verb_in_the_present_simple_is_a_standing_trade() {
    // Session 22: "the gas it sells to Ukraine", "the line carries … to Ankara" tell a standing trade.
    check(
        "Kazakhstan sells most of its uranium to France and China.",
        &[],
    );
    check("The new cable carries Egyptian power to Saudi Arabia.", &[]);
    // Near miss: the past tense tells a trade done.
    check(
        "Egypt bought 24 Rafale jets from France in 2015.",
        &["AID FRA>EGY"],
    );
}

#[test]
fn a_vow_to_answer_in_kind_is_a_threat() {
    check(
        "China expelled two Canadian diplomats on Monday. Ottawa promised to respond.",
        &["SANCTION CHN>CAN", "THREATEN CAN>CHN"],
    );
    check(
        "Canada detained a Chinese executive on Saturday. Beijing pledged consequences.",
        &["COERCE CAN>CHN", "THREATEN CHN>CAN"],
    );
    // (Trap: a promise to answer a request names no state answered in kind.)
    check(
        "Ottawa promised to respond to the request within a week.",
        &[],
    );
}
