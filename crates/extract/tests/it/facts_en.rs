//! English memberships and amounts: one test per rule added in session 3 against the misses of the facts dev
//! sets, on sentences written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::{amounts, membership_dates, memberships};

#[test]
fn number_words_run_together() {
    amounts(
        "en",
        "The two banks agreed a loan of twenty-five billion dollars.",
        &["loan 25000000000 USD"],
    );
    amounts(
        "en",
        "Donors pledged twelve billion dollars in aid.",
        &["aid 12000000000 USD"],
    );
    amounts(
        "en",
        "The fund will invest three hundred million euros.",
        &["investment 300000000 EUR"],
    );
}

#[test]
fn a_range_writes_its_scale_once() {
    // The cost of a project is an investment (session 12, a weak kind cue).
    amounts(
        "en",
        "The project will cost $7-9 billion.",
        &["investment 7000000000 USD", "investment 9000000000 USD"],
    );
    amounts(
        "en",
        "The project will cost 7 to 9 billion dollars.",
        &["investment 7000000000 USD", "investment 9000000000 USD"],
    );
    // A year before a dash is no low end.
    amounts(
        "en",
        "In 2023-15 billion dollars went to the fund.",
        &["other 15000000000 USD"],
    );
}

#[test]
fn acceding_and_accession_make_members() {
    memberships(
        "en",
        "North Macedonia acceded to NATO in March 2020.",
        &["NATO/MKD/member"],
    );
    memberships(
        "en",
        "Croatia's accession in 2013 gave the EU its 28th member state.",
        &["EU/HRV/member"],
    );
    // Talks about accession are an application, not membership.
    memberships(
        "en",
        "Montenegro opened accession talks with the EU in 2012.",
        &["EU/MNE/applicant"],
    );
}

#[test]
fn states_that_make_up_a_bloc_are_members() {
    memberships(
        "en",
        "Russia, Belarus and Kazakhstan make up the Eurasian Economic Union's core.",
        &["EAEU/RUS/member", "EAEU/BLR/member", "EAEU/KAZ/member"],
    );
}

#[test]
fn would_leave_is_no_departure() {
    memberships(
        "en",
        "The prime minister said Armenia would leave the CSTO if the bloc kept ignoring it.",
        &[],
    );
}

#[test]
fn an_offer_turned_down_or_pending_is_no_application() {
    // An invitation gives the invited state no status, answered or not (eval/README, session 19).
    memberships(
        "en",
        "Indonesia was invited to join BRICS in 2023 but declined at the time.",
        &[],
    );
    // Still weighing it: nothing is claimed at all.
    memberships(
        "en",
        "Thailand is still considering an invitation to join the SCO.",
        &[],
    );
    memberships(
        "en",
        "The SCO's invitation to join was rejected by Thailand.",
        &[],
    );
    memberships("en", "Indonesia was invited to join BRICS in 2023.", &[]);
}

#[test]
fn a_bloc_that_brings_together_or_unites_states_has_them_as_members() {
    memberships(
        "en",
        "The CSTO brings together Russia, Belarus and Armenia.",
        &["CSTO/RUS/member", "CSTO/BLR/member", "CSTO/ARM/member"],
    );
    memberships(
        "en",
        "Belarus gained full membership of the SCO in 2024.",
        &["SCO/BLR/member"],
    );
}

#[test]
fn joining_as_a_founding_member_is_founding() {
    memberships(
        "en",
        "Kazakhstan, which joined the EAEU as a founding member, hosts its summit.",
        &["EAEU/KAZ/founder"],
    );
}

#[test]
fn the_kind_nearest_in_words_and_in_the_same_clause() {
    // "invested" is measured from its word's end, so it is nearer than "energy".
    amounts(
        "en",
        "China invested more than $10bn in Kazakhstan's energy sector.",
        &["investment 10000000000 USD more_than"],
    );
    // A cue behind a comma is in another clause.
    amounts(
        "en",
        "Bilateral trade reached $30 billion, mostly thanks to oil.",
        &["trade 30000000000 USD"],
    );
    amounts(
        "en",
        "The EU approved a €50 billion support package for Ukraine.",
        &["aid 50000000000 EUR"],
    );
}

#[test]
fn weighing_or_warning_against_a_change_claims_none() {
    memberships("en", "Armenia is considering leaving the CSTO.", &[]);
    memberships("en", "Moscow warned Finland against joining NATO.", &[]);
    memberships(
        "en",
        "Turkey blocked Sweden's accession talks with NATO for months.",
        &["NATO/SWE/applicant neg"],
    );
}

#[test]
fn a_bloc_expanded_to_include_states() {
    memberships(
        "en",
        "BRICS expanded to include Egypt, Ethiopia and Iran in 2024.",
        &["BRICS/EGY/member", "BRICS/ETH/member", "BRICS/IRN/member"],
    );
}

#[test]
fn a_state_after_a_subordinating_conjunction_is_another_clauses() {
    memberships(
        "en",
        "Sweden became NATO's 32nd member after Hungary ratified its bid.",
        &["NATO/SWE/member"],
    );
}

#[test]
fn admission_exit_among_them_and_a_regained_seat() {
    memberships(
        "en",
        "The BRICS summit approved the admission of Egypt and Ethiopia.",
        &["BRICS/EGY/member", "BRICS/ETH/member"],
    );
    memberships(
        "en",
        "Niger, Mali and Burkina Faso decided to exit ECOWAS.",
        &[
            "ECOWAS/NER/former",
            "ECOWAS/MLI/former",
            "ECOWAS/BFA/former",
        ],
    );
    memberships(
        "en",
        "The SCO has ten member states, among them China, Russia and India.",
        &["SCO/CHN/member", "SCO/RUS/member", "SCO/IND/member"],
    );
    memberships(
        "en",
        "Syria regained its seat in the Arab League in 2023.",
        &["ARAB_LEAGUE/SYR/member"],
    );
}

#[test]
fn an_elided_claim_after_and_with_only_a_date() {
    memberships(
        "en",
        "Sri Lanka has been an SCO dialogue partner since 2009, and Nepal since 2015.",
        &["SCO/LKA/dialogue_partner", "SCO/NPL/dialogue_partner"],
    );
    // With a verb of its own the clause says something else.
    memberships(
        "en",
        "Sri Lanka has been an SCO dialogue partner since 2009, and Nepal hosted talks in 2015.",
        &["SCO/LKA/dialogue_partner"],
    );
}

#[test]
fn a_half_before_the_scale() {
    amounts(
        "en",
        "Trade reached three and a half billion dollars.",
        &["trade 3500000000 USD"],
    );
}

#[test]
fn a_follower_in_the_next_sentence_takes_the_claim_before() {
    memberships(
        "en",
        "Qatar left OPEC in 2019. Ecuador followed suit in 2020.",
        &["OPEC/QAT/former", "OPEC/ECU/former"],
    );
}

#[test]
fn results_fines_and_swaps_are_money_of_no_listed_kind() {
    // A gas company's loss is not an energy deal: its sector names the kind only when nothing else does.
    amounts(
        "en",
        "Gazprom reported a net loss of 300 billion rubles for the year.",
        &["other 300000000000 RUB"],
    );
    amounts(
        "en",
        "Brussels fined Gazprom 2 billion euros.",
        &["other 2000000000 EUR"],
    );
    amounts(
        "en",
        "The two central banks renewed a currency swap worth 20 billion yuan.",
        &["other 20000000000 CNY"],
    );
    // A listed kind's cue still wins over a result word.
    amounts(
        "en",
        "Revenue from oil exports fell to $15 billion.",
        &["energy 15000000000 USD"],
    );
}

#[test]
fn a_year_counted_from_the_sentence_s_own_date() {
    // "a year later" keeps the month it counts from; "the following year" names a year only.
    membership_dates(
        "en",
        "Bolivia applied to join Mercosur in March 2015 and was admitted a year later.",
        &[
            "MERCOSUR/BOL/applicant 2015-03",
            "MERCOSUR/BOL/member 2016-03",
        ],
    );
    membership_dates(
        "en",
        "Finland joined NATO in 2023, and Sweden followed the following year.",
        &["NATO/FIN/member 2023", "NATO/SWE/member 2024"],
    );
    // Without a date written before it, the phrase counts from nothing the text says.
    membership_dates(
        "en",
        "Sweden joined NATO a year later.",
        &["NATO/SWE/member -"],
    );
}

#[test]
fn a_date_after_a_venue_phrase_still_dates_the_claim() {
    // "at the X summit in Y": the words naming where it happened do not put the date out of reach.
    membership_dates(
        "en",
        "Indonesia became a full member of BRICS under the presidency of the group in January 2025.",
        &["BRICS/IDN/member 2025-01"],
    );
}

#[test]
fn bounds_with_a_negation() {
    amounts(
        "en",
        "Trade reached no less than $3 billion.",
        &["trade 3000000000 USD more_than"],
    );
    amounts(
        "en",
        "The loan is worth in the region of $3 billion.",
        &["loan 3000000000 USD about"],
    );
}

#[test]
fn a_month_counted_from_the_sentence_s_own_date() {
    membership_dates(
        "en",
        "Finland applied to join NATO in May 2022, and Sweden applied the same month.",
        &["NATO/FIN/applicant 2022-05", "NATO/SWE/applicant 2022-05"],
    );
}

#[test]
fn entering_a_bloc_and_possible_memberships() {
    memberships(
        "en",
        "Vietnam, which entered the WTO in 2007, now exports more than Thailand.",
        &["WTO/VNM/member"],
    );
    // A possible or potential membership is not one that happened.
    memberships(
        "en",
        "Officials in Baku discussed a possible accession to the SCO.",
        &[],
    );
}

#[test]
fn a_second_verb_shares_the_first_claim_s_state() {
    // "and a full member": the second claim's state is the first one's subject.
    membership_dates(
        "en",
        "Iran became an observer at the SCO in 2005 and a full member in 2023.",
        &["SCO/IRN/observer 2005", "SCO/IRN/member 2023"],
    );
    // A relative pronoun opens a clause with a subject of its own: the founders are not Ethiopia.
    memberships(
        "en",
        "Ethiopia joined BRICS in 2024, which the bloc's founding members had backed.",
        &["BRICS/ETH/member"],
    );
}

#[test]
fn the_imf_lends() {
    amounts(
        "en",
        "The IMF approved a $3 billion programme for Egypt.",
        &["loan 3000000000 USD"],
    );
    // The size of an economy is no loan, whoever gives it.
    amounts(
        "en",
        "The IMF puts Egypt's GDP at $400 billion.",
        &["other 400000000000 USD"],
    );
}

#[test]
fn a_join_after_a_lesser_status_and_an_inclusion_list() {
    // The join of a second clause is the step up from the observer status, not that status again.
    memberships(
        "en",
        "Belarus held observer status in the SCO from 2015 and was admitted in 2024.",
        &["SCO/BLR/observer", "SCO/BLR/member"],
    );
    // "including" opens the cue's own list behind the comma.
    memberships(
        "en",
        "The members of OPEC, including Algeria and Libya, backed the cut.",
        &["OPEC/DZA/member", "OPEC/LBY/member"],
    );
}

#[test]
fn central_asian_currencies_and_commerce() {
    amounts(
        "en",
        "Astana set aside 250 billion tenge for the new rail link.",
        &["other 250000000000 KZT"],
    );
    amounts(
        "en",
        "Baku and Ankara want commerce between them to reach 15 billion manat.",
        &["trade 15000000000 AZN"],
    );
}

// Session 5: constructions, each probed with sentences written before the rule (counts in NOTES.md).

#[test]
fn list_connectors_asides_and_a_dated_second_list() {
    memberships(
        "en",
        "Kazakhstan, along with Kyrgyzstan and Tajikistan, is a member of the CSTO.",
        &["CSTO/KAZ/member", "CSTO/KGZ/member", "CSTO/TJK/member"],
    );
    memberships(
        "en",
        "The founders of the EAEU were Russia and Belarus (both already in a customs union) and Kazakhstan.",
        &["EAEU/RUS/founder", "EAEU/BLR/founder", "EAEU/KAZ/founder"],
    );
    memberships(
        "en",
        "Vietnam joined ASEAN in 1995, followed by Laos and Myanmar in 1997 and Cambodia in 1999.",
        &[
            "ASEAN/VNM/member",
            "ASEAN/LAO/member",
            "ASEAN/MMR/member",
            "ASEAN/KHM/member",
        ],
    );
    // A state named beside a list is no list item when a verb stands between.
    memberships(
        "en",
        "Kazakhstan, which trades with Kyrgyzstan, is a member of the CSTO.",
        &["CSTO/KAZ/member"],
    );
}

#[test]
fn a_bloc_that_suspends_expels_or_admits_a_state() {
    memberships(
        "en",
        "ECOWAS suspended Guinea in September 2021.",
        &["ECOWAS/GIN/suspended"],
    );
    memberships(
        "en",
        "The African Union held an emergency session on Tuesday. It suspended Gabon after the coup.",
        &["AU/GAB/suspended"],
    );
    memberships(
        "en",
        "The summit of the SCO in Astana admitted Belarus in July 2024.",
        &["SCO/BLR/member"],
    );
    memberships(
        "en",
        "Western leaders suspended Russia's membership of the G8 in 2014.",
        &["G8/RUS/suspended"],
    );
    // The state is not the verb's object, or the object is something the state owns.
    memberships("en", "The EU suspended talks with Turkey in 2018.", &[]);
    memberships(
        "en",
        "NATO suspended Russia's liaison office in Brussels.",
        &[],
    );
    memberships("en", "ECOWAS has not suspended Guinea.", &[]);
}

#[test]
fn frozen_assets_and_reserves_are_other_money_even_beside_a_company() {
    amounts(
        "en",
        "Gazprom's frozen assets in Europe are worth $10 billion.",
        &["other 10000000000 USD"],
    );
}

#[test]
fn interest_is_an_application_an_invitation_to_a_lesser_status_none() {
    memberships(
        "en",
        "Azerbaijan has expressed interest in joining the SCO.",
        &["SCO/AZE/applicant"],
    );
    memberships(
        "en",
        "Thailand was invited to become a BRICS partner country in 2024.",
        &[],
    );
    // A wish in another clause does not change the status granted.
    memberships(
        "en",
        "Malaysia, which had long sought a closer tie, became a BRICS partner country.",
        &["BRICS/MYS/partner"],
    );
}

#[test]
fn the_accession_of_a_state_to_a_bloc() {
    memberships(
        "en",
        "The accession of Belarus to the SCO was completed at the Astana summit in July 2024.",
        &["SCO/BLR/member"],
    );
}

/// Session-7 probes, one block per construction the unseen sets miss, written before the rules for them.
const PROBES: &[facts_support::Probe] = &[
    // 1. The bloc is named in another sentence and pointed back to.
    (
        "bloc_elsewhere",
        "The Shanghai Cooperation Organisation met in Tianjin last week. Belarus became the group's tenth member in 2024.",
        &["SCO/BLR/member 2024"],
    ),
    (
        "bloc_elsewhere",
        "NATO leaders gathered in Vilnius. Finland had joined the alliance in April 2023.",
        &["NATO/FIN/member 2023-04"],
    ),
    (
        "bloc_elsewhere",
        "ASEAN foreign ministers met on Monday. Timor-Leste became the organisation's eleventh member in October 2025.",
        &["ASEAN/TLS/member 2025-10"],
    ),
    (
        "bloc_elsewhere",
        "The CSTO was created in 2002. Uzbekistan left the bloc in 2012.",
        &["CSTO/UZB/former 2012"],
    ),
    (
        "bloc_elsewhere",
        "OPEC cut output again in June. Angola quit the organisation in December 2023.",
        &["OPEC/AGO/former 2023-12"],
    ),
    (
        "bloc_elsewhere",
        "The Eurasian Economic Union held its summit in Minsk. Its members are Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.",
        &[
            "EAEU/RUS/member -",
            "EAEU/BLR/member -",
            "EAEU/KAZ/member -",
            "EAEU/ARM/member -",
            "EAEU/KGZ/member -",
        ],
    ),
    // 2. Passives and nominals.
    (
        "passive_nominal",
        "Armenia's membership in the CSTO was frozen in February 2024.",
        &["CSTO/ARM/suspended 2024-02"],
    ),
    (
        "passive_nominal",
        "Sweden's accession to NATO was completed in March 2024.",
        &["NATO/SWE/member 2024-03"],
    ),
    (
        "passive_nominal",
        "Serbia's bid to join the EU has stalled for years.",
        &["EU/SRB/applicant -"],
    ),
    (
        "passive_nominal",
        "Mali was suspended from ECOWAS in 2021.",
        &["ECOWAS/MLI/suspended 2021"],
    ),
    (
        "passive_nominal",
        "Egypt was admitted to BRICS in January 2024.",
        &["BRICS/EGY/member 2024-01"],
    ),
    (
        "passive_nominal",
        "Bosnia's application for EU membership was submitted in 2016.",
        &["EU/BIH/applicant 2016"],
    ),
    // 3. A bloc suspends, expels or admits a state.
    (
        "bloc_acts",
        "The Arab League suspended Syria in November 2011.",
        &["ARAB_LEAGUE/SYR/suspended 2011-11"],
    ),
    (
        "bloc_acts",
        "The African Union readmitted Morocco in January 2017.",
        &["AU/MAR/member 2017-01"],
    ),
    (
        "bloc_acts",
        "The summit approved the admission of Iran to the SCO in July 2023.",
        &["SCO/IRN/member 2023-07"],
    ),
    (
        "bloc_acts",
        "The Council of Europe expelled Russia in March 2022.",
        &["COE/RUS/former 2022-03"],
    ),
    (
        "bloc_acts",
        "NATO welcomed Montenegro as its 29th member in 2017.",
        &["NATO/MNE/member 2017"],
    ),
    (
        "bloc_acts",
        "The African Union suspended Mali's membership after the coup.",
        &["AU/MLI/suspended -"],
    ),
    // 4. Lists.
    (
        "lists",
        "The CSTO unites Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, as well as Armenia.",
        &[
            "CSTO/RUS/member -",
            "CSTO/BLR/member -",
            "CSTO/KAZ/member -",
            "CSTO/KGZ/member -",
            "CSTO/TJK/member -",
            "CSTO/ARM/member -",
        ],
    ),
    (
        "lists",
        "BRICS now has ten members: Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran, the UAE and Indonesia.",
        &[
            "BRICS/BRA/member -",
            "BRICS/RUS/member -",
            "BRICS/IND/member -",
            "BRICS/CHN/member -",
            "BRICS/ZAF/member -",
            "BRICS/EGY/member -",
            "BRICS/ETH/member -",
            "BRICS/IRN/member -",
            "BRICS/ARE/member -",
            "BRICS/IDN/member -",
        ],
    ),
    (
        "lists",
        "The Union State, which Russia and Belarus set up in 1999, has a common budget.",
        &["UNION_STATE/RUS/founder 1999", "UNION_STATE/BLR/founder 1999"],
    ),
    (
        "lists",
        "Egypt joined BRICS along with Ethiopia and Iran in January 2024.",
        &[
            "BRICS/EGY/member 2024-01",
            "BRICS/ETH/member 2024-01",
            "BRICS/IRN/member 2024-01",
        ],
    ),
    (
        "lists",
        "ASEAN, set up in 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand, has grown since.",
        &[
            "ASEAN/IDN/founder 1967",
            "ASEAN/MYS/founder 1967",
            "ASEAN/PHL/founder 1967",
            "ASEAN/SGP/founder 1967",
            "ASEAN/THA/founder 1967",
        ],
    ),
    (
        "lists",
        "Algeria became NATO's seventh Mediterranean partner, after Egypt, Israel and Jordan.",
        &[
            "NATO/DZA/partner -",
            "NATO/EGY/partner -",
            "NATO/ISR/partner -",
            "NATO/JOR/partner -",
        ],
    ),
    // 5. Statuses other than member, in the forms the press uses.
    (
        "statuses",
        "Mongolia won observer status in the SCO in 2004.",
        &["SCO/MNG/observer 2004"],
    ),
    (
        "statuses",
        "Turkey became a dialogue partner of the SCO in 2012.",
        &["SCO/TUR/dialogue_partner 2012"],
    ),
    (
        "statuses",
        "Colombia became a NATO global partner in 2018.",
        &["NATO/COL/partner 2018"],
    ),
    (
        "statuses",
        "Qatar left OPEC in January 2019.",
        &["OPEC/QAT/former 2019-01"],
    ),
    (
        "statuses",
        "Serbia joined NATO's Partnership for Peace in December 2006.",
        &["NATO/SRB/partner 2006-12"],
    ),
    (
        "statuses",
        "China, India and Japan were admitted as observers to the Arctic Council in May 2013.",
        &[
            "ARCTIC_COUNCIL/CHN/observer 2013-05",
            "ARCTIC_COUNCIL/IND/observer 2013-05",
            "ARCTIC_COUNCIL/JPN/observer 2013-05",
        ],
    ),
    (
        "statuses",
        "The UN General Assembly made Palestine a non-member observer state in November 2012.",
        &["UN/PSE/observer 2012-11"],
    ),
    // The host of a bloc's summit is its member, undated (eval/README, session 12).
    (
        "statuses",
        "Kazakhstan hosted the SCO summit in Astana in July 2024.",
        &["SCO/KAZ/member -"],
    ),
    // Traps: a guest, a trade partner, a deal, an accusation, exports to members.
    (
        "traps",
        "Turkey attended the BRICS summit in Kazan as a guest.",
        &[],
    ),
    ("traps", "China is the EU's largest trading partner.", &[]),
    (
        "traps",
        "India signed a free trade deal with ASEAN in 2009.",
        &[],
    ),
    (
        "traps",
        "Russia accused NATO of expanding towards its borders.",
        &[],
    ),
    (
        "traps",
        "Turkey's exports to EU member states rose by five percent.",
        &[],
    ),
];

#[test]
fn membership_probes_per_construction() {
    facts_support::probes_reach(
        "en",
        PROBES,
        &[
            // Before the session-7 rules: 6, 4, 5, 5, 3, 5.
            ("bloc_elsewhere", 6),
            ("passive_nominal", 6),
            ("bloc_acts", 6),
            ("lists", 6),
            ("statuses", 8),
            ("traps", 5),
        ],
    );
}

// Session 7: amount forms written for unseen text (values, kinds, bounds, ranges, dates, money that is
// not money), each sentence written for these tests; the probe counts are in the session report.

#[test]
fn s7_values_written_in_unseen_forms() {
    facts_support::amount_dates(
        "en",
        "Two-way trade between India and Russia hit $66bn in 2024.",
        &["trade 66000000000 USD 2024"],
    );
    facts_support::amount_dates(
        "en",
        "Moscow offered Minsk a US$ 450m credit line in March 2023.",
        &["loan 450000000 USD 2023-03"],
    );
    amounts(
        "en",
        "Riyadh deposited two billion dollars in the central bank of Pakistan.",
        &["other 2000000000 USD"],
    );
    amounts(
        "en",
        "Bilateral trade stood at $7.5bn in 2022, up from $5.1bn a year earlier.",
        &["trade 7500000000 USD", "trade 5100000000 USD"],
    );
    amounts(
        "en",
        "Indian purchases of Russian crude reached about 4 trillion rupees.",
        &["energy 4000000000000 INR about"],
    );
}

#[test]
fn s7_ranges_and_their_ends() {
    amounts(
        "en",
        "Analysts put the cost of the pipeline at between $2bn and $3bn.",
        &["energy 2000000000 USD", "energy 3000000000 USD"],
    );
}

#[test]
fn s7_counts_shares_and_volumes_are_no_money() {
    amounts(
        "en",
        "The blast killed 1,200 people and cut oil exports by 15 percent, to 2 million barrels a day.",
        &[],
    );
    amounts(
        "en",
        "Some 30,000 troops and 400 tanks took part in the 2021 drills.",
        &[],
    );
    amounts(
        "en",
        "The 2,000-km line will carry 38 billion cubic metres of gas a year.",
        &[],
    );
    amounts(
        "en",
        "Inflation hit 30% and the army lost 5,000 soldiers in 2023.",
        &[],
    );
    amounts(
        "en",
        "Around 1.5 million refugees crossed into Poland.",
        &[],
    );
    amounts(
        "en",
        "The 2019 deal covers 1,000 km of track and 12 ports.",
        &[],
    );
}

#[test]
fn s7_kinds_of_acquisitions_arms_debts_and_grants() {
    amounts(
        "en",
        "Algeria ordered Su-57 fighter jets worth $4 billion from Russia.",
        &["arms 4000000000 USD"],
    );
    amounts(
        "en",
        "Qatar's sovereign fund bought a 10% stake in the German company for €2.5 billion.",
        &["investment 2500000000 EUR"],
    );
    amounts(
        "en",
        "The EU approved a €1.8 billion assistance package for Jordan.",
        &["aid 1800000000 EUR"],
    );
    amounts(
        "en",
        "Moscow wrote off $20 billion of Cuban debt.",
        &["debt 20000000000 USD"],
    );
    facts_support::amount_dates(
        "en",
        "Rosneft completed its $13 billion takeover of the Indian refiner in 2017.",
        &["investment 13000000000 USD 2017"],
    );
    amounts(
        "en",
        "Paris sold 24 Rafale jets to Cairo for 5.2 billion euros.",
        &["arms 5200000000 EUR"],
    );
    amounts(
        "en",
        "The Saudi wealth fund agreed to acquire a stake in the Brazilian miner for $2.6 billion.",
        &["investment 2600000000 USD"],
    );
    amounts(
        "en",
        "The Chinese carmaker announced the purchase of the Hungarian plant for €400 million.",
        &["investment 400000000 EUR"],
    );
    amounts(
        "en",
        "The acquisition of the port operator by the Emirati group was valued at $1.1 billion.",
        &["investment 1100000000 USD"],
    );
    facts_support::amount_dates(
        "en",
        "India signed a $3 billion contract for 31 American drones in October 2024.",
        &["arms 3000000000 USD 2024-10"],
    );
    amounts(
        "en",
        "Washington approved the sale of F-16 fighters to Ankara worth $23 billion.",
        &["arms 23000000000 USD"],
    );
    amounts(
        "en",
        "Tokyo will provide a ¥500 billion grant for reconstruction in Ukraine.",
        &["aid 500000000000 JPY"],
    );
    amounts(
        "en",
        "The World Bank approved a $1.5 billion credit for Pakistan.",
        &["loan 1500000000 USD"],
    );
    amounts(
        "en",
        "Zambia owes Chinese lenders about $4 billion.",
        &["debt 4000000000 USD about"],
    );
    amounts(
        "en",
        "Egypt restructured $8 billion of its obligations to Gulf creditors.",
        &["debt 8000000000 USD"],
    );
    amounts(
        "en",
        "The Power of Siberia pipeline cost Gazprom some $55 billion.",
        &["energy 55000000000 USD about"],
    );
    amounts(
        "en",
        "Russia and Egypt agreed on a $25 billion loan to build the Dabaa nuclear plant.",
        &["loan 25000000000 USD"],
    );
    amounts(
        "en",
        "The new railway from Mombasa to Nairobi, built by a Chinese company, cost $3.8 billion.",
        &["investment 3800000000 USD"],
    );
    amounts(
        "en",
        "The summit ended with a $10 billion fund for infrastructure in Central Asia.",
        &["investment 10000000000 USD"],
    );
    facts_support::amount_dates(
        "en",
        "A Chinese consortium bought the Greek port operator in 2016 for €368.5 million.",
        &["investment 368500000 EUR 2016"],
    );
    amounts(
        "en",
        "Cairo owes Moscow close to $1 billion for past grain deliveries.",
        &["debt 1000000000 USD about"],
    );
    amounts(
        "en",
        "Turkey paid $2.5 billion for the S-400 systems.",
        &["arms 2500000000 USD"],
    );
    amounts(
        "en",
        "Riyadh will put $15 billion into Pakistani refineries and mines.",
        &["energy 15000000000 USD"],
    );
    facts_support::amount_dates(
        "en",
        "The Gulf states offered Egypt a $12 billion rescue package in 2015.",
        &["aid 12000000000 USD 2015"],
    );
}

#[test]
fn s7_bounds_before_the_amount() {
    facts_support::amount_dates(
        "en",
        "Turkey's gas import bill came to nearly $40 billion last year.",
        &["energy 40000000000 USD 2024"],
    );
    amounts(
        "en",
        "Beijing has lent Caracas as much as $60 billion.",
        &["loan 60000000000 USD up_to"],
    );
    amounts(
        "en",
        "Trade with the bloc is worth well over $300bn a year.",
        &["trade 300000000000 USD more_than"],
    );
    amounts(
        "en",
        "Two-way trade slipped to just under $30 billion.",
        &["trade 30000000000 USD less_than"],
    );
}

#[test]
fn s7_dates_of_amounts() {
    facts_support::amount_dates(
        "en",
        "In the first half of 2025 trade between Russia and Iran rose to $2.4 billion.",
        &["trade 2400000000 USD 2025"],
    );
}

#[test]
fn s7_currencies_by_name_and_code() {
    amounts(
        "en",
        "Russian exports to Egypt totalled 90 billion rubles.",
        &["trade 90000000000 RUB"],
    );
    amounts(
        "en",
        "Japan pledged 500 billion yen in loans to India.",
        &["loan 500000000000 JPY"],
    );
}

#[test]
fn s7_a_following_sentence_keeps_the_kind() {
    amounts(
        "en",
        "Saudi Arabia sent Egypt $5 billion in aid in July 2013. Kuwait added a further $4 billion a day later.",
        &["aid 5000000000 USD", "aid 4000000000 USD"],
    );
    facts_support::amount_dates(
        "en",
        "Japan lent India $2 billion in 2022. A further $1.5 billion followed in 2023.",
        &["loan 2000000000 USD 2022", "loan 1500000000 USD 2023"],
    );
}

#[test]
fn s7_two_sums_of_two_kinds() {
    amounts(
        "en",
        "Russia will lend Belarus $1.5 billion and invest $500 million in its factories.",
        &["loan 1500000000 USD", "investment 500000000 USD"],
    );
}

/// Counts after a weak investment cue (companies, a plant, a railway, buying) stay counts.
#[test]
fn s7_counts_beside_companies_plants_and_railways_are_no_money() {
    amounts(
        "en",
        "Chinese companies employ 2 million people in Africa.",
        &[],
    );
    amounts(
        "en",
        "The plant will produce 1.5 million tonnes of steel a year.",
        &[],
    );
    amounts(
        "en",
        "India bought 1.7 million barrels a day of Russian crude in 2023.",
        &[],
    );
    amounts(
        "en",
        "The railway will carry 10 million passengers a year.",
        &[],
    );
    amounts("en", "About 1.4 billion people live in India.", &[]);
    amounts("en", "Tokyo bought 3 million doses of the vaccine.", &[]);
}

/// Session-7 second probe batch, written after the first rules and run before the next ones: appositions
/// and copulas that say membership, and more forms of the constructions above.
const PROBES_2: &[facts_support::Probe] = &[
    (
        "appositions",
        "Iran, the SCO's newest member, hosted the talks in Tehran.",
        &["SCO/IRN/member -"],
    ),
    (
        "appositions",
        "Indonesia, the largest economy in ASEAN, signed the deal in Paris.",
        &["ASEAN/IDN/member -"],
    ),
    (
        "appositions",
        "Oman was the only GCC state that stayed out of the coalition.",
        &["GCC/OMN/member -"],
    ),
    (
        "appositions",
        "Kazakhstan and Belarus, fellow EAEU members, agreed on gas prices.",
        &["EAEU/KAZ/member -", "EAEU/BLR/member -"],
    ),
    (
        "appositions",
        "The founding members of BRICS were Brazil, Russia, India and China.",
        &[
            "BRICS/BRA/founder -",
            "BRICS/RUS/founder -",
            "BRICS/IND/founder -",
            "BRICS/CHN/founder -",
        ],
    ),
    (
        "more_forms",
        "Ukraine was granted EU candidate status in June 2022.",
        &["EU/UKR/applicant 2022-06"],
    ),
    (
        "more_forms",
        "Turkey has been a candidate for EU membership since 1999.",
        &["EU/TUR/applicant 1999"],
    ),
    (
        "more_forms",
        "The CSTO groups Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.",
        &[
            "CSTO/RUS/member -",
            "CSTO/BLR/member -",
            "CSTO/ARM/member -",
            "CSTO/KAZ/member -",
            "CSTO/KGZ/member -",
            "CSTO/TJK/member -",
        ],
    ),
    (
        "more_forms",
        "Egypt was readmitted to the African Union in June 2014.",
        &["AU/EGY/member 2014-06"],
    ),
    (
        "more_forms",
        "Uzbekistan quit the CSTO for a second time in 2012.",
        &["CSTO/UZB/former 2012"],
    ),
    (
        "more_forms",
        "Bolivia and Kazakhstan were among the countries that became BRICS partners in January 2025.",
        &["BRICS/BOL/partner 2025-01", "BRICS/KAZ/partner 2025-01"],
    ),
    (
        "traps",
        "Ukraine's NATO membership is not on the table, the US said.",
        &[],
    ),
    (
        "traps",
        "Russia is the largest trading partner of the EAEU members.",
        &[],
    ),
    (
        "traps",
        "Hungary blocked a joint EU statement on Georgia.",
        &[],
    ),
];

#[test]
fn membership_probes_second_batch() {
    facts_support::probes_reach(
        "en",
        PROBES_2,
        // Before the rules written for them: 3, 3, 3.
        &[("appositions", 5), ("more_forms", 5), ("traps", 3)],
    );
}

/// Session-7 third probe batch, from the constructions left on dev: states "among the countries that …",
/// a founding whose object is a word for the bloc named later, and a suspension lifted.
const PROBES_3: &[facts_support::Probe] = &[
    (
        "among_that",
        "Cuba and Uganda are among the countries that became BRICS partner states in 2025.",
        &["BRICS/CUB/partner 2025", "BRICS/UGA/partner 2025"],
    ),
    (
        "among_that",
        "Laos and Cambodia were among the states that joined ASEAN in the late 1990s.",
        &["ASEAN/LAO/member -", "ASEAN/KHM/member -"],
    ),
    (
        "among_that",
        "Egypt and Iran were among the countries that joined BRICS in January 2024.",
        &["BRICS/EGY/member 2024-01", "BRICS/IRN/member 2024-01"],
    ),
    (
        "among_that",
        "Kuwait is among the nations that signed up as SCO dialogue partners.",
        &["SCO/KWT/dialogue_partner -"],
    ),
    (
        "among_that",
        "Senegal was among the states that ECOWAS suspended.",
        &["ECOWAS/SEN/suspended -"],
    ),
    (
        "founded_the_group",
        "Russia and Belarus founded the bloc in 1999, and the Union State has had a joint budget since then.",
        &["UNION_STATE/RUS/founder 1999", "UNION_STATE/BLR/founder 1999"],
    ),
    (
        "founded_the_group",
        "Kazakhstan, Russia and Belarus founded the union in 2015, and the EAEU now has five members.",
        &[
            "EAEU/KAZ/founder 2015",
            "EAEU/RUS/founder 2015",
            "EAEU/BLR/founder 2015",
        ],
    ),
    (
        "founded_the_group",
        "Saudi Arabia, Kuwait and Qatar created the council in 1981, the GCC said.",
        &[
            "GCC/SAU/founder 1981",
            "GCC/KWT/founder 1981",
            "GCC/QAT/founder 1981",
        ],
    ),
    (
        "lifted",
        "The African Union lifted the suspension of Gabon in April 2025.",
        &["AU/GAB/member 2025-04"],
    ),
    (
        "lifted",
        "ECOWAS lifted its suspension of Guinea in 2024.",
        &["ECOWAS/GIN/member 2024"],
    ),
];

#[test]
fn membership_probes_third_batch() {
    facts_support::probes_reach(
        "en",
        PROBES_3,
        // Before the rules written for them: 0, 0, 0.
        &[("among_that", 3), ("founded_the_group", 3), ("lifted", 2)],
    );
}

/// Session-7 fourth probe batch: the bare noun membership after a bloc's name, as the object of an
/// application, and not otherwise.
const PROBES_4: &[facts_support::Probe] = &[
    (
        "application_noun",
        "Ukraine applied for NATO membership in September 2022.",
        &["NATO/UKR/applicant 2022-09"],
    ),
    (
        "application_noun",
        "Georgia's bid for EU membership has stalled.",
        &["EU/GEO/applicant -"],
    ),
    (
        "application_noun",
        "Moldova's application for EU membership was filed in March 2022.",
        &["EU/MDA/applicant 2022-03"],
    ),
    (
        "traps",
        "NATO membership for Ukraine is not on the table, the US said.",
        &[],
    ),
];

#[test]
fn membership_probes_fourth_batch() {
    facts_support::probes_reach(
        "en",
        PROBES_4,
        // Before the rule: 0, 1.
        &[("application_noun", 3), ("traps", 1)],
    );
}

/// Session-7 fifth probe batch: a bloc's ally or member named beside it.
const PROBES_5: &[facts_support::Probe] = &[
    (
        "ally_or_member_beside",
        "NATO allies Poland and Lithuania sent jets.",
        &["NATO/POL/member -", "NATO/LTU/member -"],
    ),
    (
        "ally_or_member_beside",
        "NATO ally Turkey bought Russian missiles.",
        &["NATO/TUR/member -"],
    ),
    (
        "ally_or_member_beside",
        "EU member Hungary blocked the package.",
        &["EU/HUN/member -"],
    ),
    (
        "ally_or_member_beside",
        "Fellow CSTO member Kazakhstan declined to send troops.",
        &["CSTO/KAZ/member -"],
    ),
    ("traps", "Kyiv's NATO allies sent more air defence.", &[]),
];

#[test]
fn membership_probes_fifth_batch() {
    facts_support::probes_reach(
        "en",
        PROBES_5,
        // Before the rule: 2, 1.
        &[("ally_or_member_beside", 4), ("traps", 1)],
    );
}

/// Session-7 sixth probe batch: traps for the touching and candidate rules above (each gave a false claim
/// before the fix that came with it).
const PROBES_6: &[facts_support::Probe] = &[
    ("traps", "Poland received EU state aid in 2020.", &[]),
    (
        "traps",
        "Ukraine's candidate for UN secretary-general withdrew.",
        &[],
    ),
    ("traps", "Russia signed a deal with an EU country.", &[]),
    ("traps", "Japan's exports to EU member states fell.", &[]),
];

#[test]
fn membership_probes_sixth_batch() {
    // Before the fixes: 1 (the exports trap, fixed with the rule it tests).
    facts_support::probes_reach("en", PROBES_6, &[("traps", 4)]);
}

/// Session-7 seventh probe batch: blocs coordinated after the cue's bloc share its claim only when the list
/// ends there.
const PROBES_7: &[facts_support::Probe] = &[
    (
        "coordinated_blocs",
        "Latvia joined NATO and the EU in 2004.",
        &["NATO/LVA/member 2004", "EU/LVA/member 2004"],
    ),
    (
        "coordinated_blocs",
        "Finland joined NATO and the EU imposed sanctions on Russia.",
        &["NATO/FIN/member -"],
    ),
];

#[test]
fn membership_probes_seventh_batch() {
    // Before the fix: 1 (the second gave EU/FIN too).
    facts_support::probes_reach("en", PROBES_7, &[("coordinated_blocs", 2)]);
}

/// Session-7 eighth probe batch: short paragraphs whose second sentence claims for the bloc of the first.
const PROBES_8: &[facts_support::Probe] = &[
    (
        "paragraphs",
        "The Eurasian Economic Union has five members. Armenia and Kyrgyzstan joined it in 2015.",
        &["EAEU/ARM/member 2015", "EAEU/KGZ/member 2015"],
    ),
    (
        "paragraphs",
        "Leaders of the SCO met in Astana on Thursday. They admitted Belarus as the bloc's tenth member.",
        &["SCO/BLR/member -"],
    ),
    (
        "paragraphs",
        "ECOWAS leaders met in Abuja. The bloc suspended Niger after the coup in July 2023.",
        &["ECOWAS/NER/suspended 2023-07"],
    ),
    (
        "paragraphs",
        "The CSTO held drills in Belarus. Armenia, which froze its participation in 2024, stayed away.",
        &["CSTO/ARM/suspended 2024"],
    ),
    (
        "paragraphs",
        "BRICS leaders gathered in Kazan in October 2024. Thirteen countries, including Algeria and Nigeria, were offered partner status.",
        // An offer is an invitation: no status (eval/README, Memberships, session 19; re-coded in session 22).
        &[],
    ),
];

#[test]
fn membership_probes_eighth_batch() {
    // Before the rules: 3.
    facts_support::probes_reach("en", PROBES_8, &[("paragraphs", 5)]);
}

/// Session-7 ninth probe batch: a bloc the states are said to be outside of claims nothing.
const PROBES_9: &[facts_support::Probe] = &[
    (
        "traps",
        "Algeria joined the NDB in 2025 as a member from outside BRICS.",
        &["NDB/DZA/member 2025"],
    ),
    (
        "traps",
        "Uruguay is the newest NDB member from outside BRICS.",
        &["NDB/URY/member -"],
    ),
];

#[test]
fn membership_probes_ninth_batch() {
    // Before the rule: 1 (the first gave BRICS/DZA too).
    facts_support::probes_reach("en", PROBES_9, &[("traps", 2)]);
}

/// Session 8 probes (memberships engineer), written for the constructions behind the misses of the
/// retired held-out set `dev/*_h5`: a state counted among a bloc's, an Arabic aside opened by "وهي", a
/// founding named only to date something ("since the founding of"), a bloc's own verb beside other claims,
/// and a list of states inside a relative clause.
const PROBES_S8: &[facts_support::Probe] = &[
    (
        "counted_among",
        "Kazakhstan was the first of the SCO countries to ratify the new pact.",
        &["SCO/KAZ/member -"],
    ),
    (
        "counted_among",
        "Hungary was the only one of the NATO states that opposed the plan.",
        &["NATO/HUN/member -"],
    ),
    (
        "counted_among",
        "Egypt became the first of the BRICS nations to sign the deal.",
        &["BRICS/EGY/member -"],
    ),
    (
        "counted_among",
        "Belarus was the second of the EAEU countries to approve the tariff.",
        &["EAEU/BLR/member -"],
    ),
    (
        "counted_among",
        "Algeria is one of the OPEC countries that cut output.",
        &["OPEC/DZA/member -"],
    ),
    (
        "counted_among",
        "Imports from EU countries to Turkey rose sharply.",
        &[],
    ),
    (
        "pronoun_aside",
        "Egypt, itself a BRICS member since 2024, said it backed the proposal.",
        &["BRICS/EGY/member 2024"],
    ),
    (
        "pronoun_aside",
        "Iran, which is a member of the SCO, said it would join the drills.",
        &["SCO/IRN/member -"],
    ),
    (
        "pronoun_aside",
        "Turkey, a NATO member, said it would not send troops.",
        &["NATO/TUR/member -"],
    ),
    (
        "pronoun_aside",
        "Algeria, a founding member of OPEC, welcomed the decision to cut output.",
        &["OPEC/DZA/founder -"],
    ),
    (
        "pronoun_aside",
        "Mauritania, one of the founding members of ECOWAS, said it would not return.",
        &["ECOWAS/MRT/founder -"],
    ),
    (
        "since_founding",
        "The OIC has kept its temporary seat in the Saudi city of Jeddah since the founding of the organisation.",
        &[],
    ),
    (
        "since_founding",
        "Riyadh has hosted the GCC secretariat since the founding of the council.",
        &[],
    ),
    (
        "since_founding",
        "Indonesia has hosted the ASEAN secretariat in Jakarta since the founding of the bloc.",
        &[],
    ),
    (
        "since_founding",
        "Jordan's borders have not changed since the founding of the Arab League.",
        &[],
    ),
    (
        "since_founding",
        "Egypt has kept an embassy in Moscow since the founding of the SCO.",
        &[],
    ),
    (
        "bloc_verb_beside_claims",
        "Argentina and Brazil founded Mercosur in 1991. The bloc suspended Paraguay in 2012, and Venezuela joined it a month later.",
        &["MERCOSUR/ARG/founder 1991", "MERCOSUR/BRA/founder 1991", "MERCOSUR/PRY/suspended 2012", "MERCOSUR/VEN/member -"],
    ),
    (
        "bloc_verb_beside_claims",
        "ECOWAS met in Abuja on Sunday. It suspended Niger in 2023, and Senegal remained a member.",
        &["ECOWAS/NER/suspended 2023", "ECOWAS/SEN/member -"],
    ),
    (
        "bloc_verb_beside_claims",
        "The African Union held a summit in Addis Ababa. The union suspended Gabon last year, after Morocco rejoined it in 2017.",
        &["AU/GAB/suspended 2024", "AU/MAR/member 2017"],
    ),
    (
        "bloc_verb_beside_claims",
        "ECOWAS leaders gathered in Accra. The bloc suspended Guinea in 2021, and Mali left it in 2024.",
        &["ECOWAS/GIN/suspended 2021", "ECOWAS/MLI/former 2024"],
    ),
    (
        "bloc_verb_beside_claims",
        "NATO ministers met in Brussels. The alliance admitted Finland in 2023, and Sweden joined it a year later.",
        &["NATO/FIN/member 2023", "NATO/SWE/member 2024"],
    ),
    (
        "list_in_relative",
        "Iran, which signed deals with China, Russia and India in 2021, joined the SCO in 2023.",
        &["SCO/IRN/member 2023"],
    ),
    (
        "list_in_relative",
        "Egypt, which buys wheat from Russia, Ukraine and France, joined BRICS last year.",
        &["BRICS/EGY/member 2024"],
    ),
    (
        "list_in_relative",
        "Finland, which shares borders with Russia, Norway and Sweden, joined NATO in 2023.",
        &["NATO/FIN/member 2023"],
    ),
    (
        "list_in_relative",
        "Vietnam, which fought wars with France, the United States and China, joined ASEAN in 1995.",
        &["ASEAN/VNM/member 1995"],
    ),
    (
        "list_in_relative",
        "Qatar, which had quarrels with Saudi Arabia, Bahrain and Egypt, left OPEC in 2019.",
        &["OPEC/QAT/former 2019"],
    ),
    (
        "claim_story_continued",
        "Argentina and Brazil founded Mercosur in 1991. The bloc suspended Paraguay in 2012. Paraguay was readmitted in 2013.",
        &["MERCOSUR/ARG/founder 1991", "MERCOSUR/BRA/founder 1991", "MERCOSUR/PRY/member 2013", "MERCOSUR/PRY/suspended 2012"],
    ),
    (
        "claim_story_continued",
        "ECOWAS held a summit in Abuja. The bloc suspended Niger in 2023. Niger left in January 2025.",
        &["ECOWAS/NER/former 2025-01", "ECOWAS/NER/suspended 2023"],
    ),
    (
        "claim_story_continued",
        "The African Union met in Addis Ababa. It suspended Gabon in 2023. Gabon was readmitted in April 2025.",
        &["AU/GAB/member 2025-04", "AU/GAB/suspended 2023"],
    ),
    (
        "claim_story_continued",
        "The Arab League met in Cairo. It suspended Syria in 2011. Syria was readmitted in May 2023.",
        &["ARAB_LEAGUE/SYR/member 2023-05", "ARAB_LEAGUE/SYR/suspended 2011"],
    ),
    (
        "claim_story_continued",
        "OPEC ministers met in Vienna. It readmitted Gabon in 2016. Gabon had left in 1995.",
        &["OPEC/GAB/former 1995", "OPEC/GAB/member 2016"],
    ),
    (
        "claim_story_continued",
        "ECOWAS held a summit in Abuja. The bloc suspended Mali in 2021. Mali held talks with Russia in 2022.",
        &["ECOWAS/MLI/suspended 2021"],
    ),
];

#[test]
fn membership_probes_session_8() {
    // Before the rules (at 70962bf):
    // counted_among 1/6, pronoun_aside 5/5, since_founding 5/5, bloc_verb_beside_claims 1/5,
    // list_in_relative 0/5, claim_story_continued 1/6.
    facts_support::probes_reach(
        "en",
        PROBES_S8,
        &[
            ("counted_among", 5),
            ("pronoun_aside", 5),
            ("since_founding", 5),
            ("bloc_verb_beside_claims", 5),
            ("list_in_relative", 5),
            ("claim_story_continued", 6),
        ],
    );
}

/// Session 9 probes (memberships engineer), written for the constructions behind the misses and false
/// finds of the retired held-out set `dev/*_h6` and the open causes of issue 3, each construction with
/// sentences of its own (different words, same construction) and traps.
const PROBES_S9: &[facts_support::Probe] = &[
    (
        "capital_apposition",
        "Warsaw, a member of NATO and the EU, closed the consulate.",
        &["NATO/POL/member -", "EU/POL/member -"],
    ),
    (
        "capital_apposition",
        "Ankara, a NATO member, bought Russian missiles.",
        &["NATO/TUR/member -"],
    ),
    (
        "capital_apposition",
        "Budapest, an EU member since 2004, vetoed the package.",
        &["EU/HUN/member 2004"],
    ),
    (
        "capital_apposition",
        "ASTANA, June 9 — Kazakhstan hosted the SCO summit.",
        &["SCO/KAZ/member -"],
    ),
    (
        "examples_such_as",
        "NATO countries such as Poland and Estonia spend heavily on defence.",
        &["NATO/POL/member -", "NATO/EST/member -"],
    ),
    (
        "examples_such_as",
        "Several ASEAN states, such as Vietnam and the Philippines, protested.",
        &["ASEAN/VNM/member -", "ASEAN/PHL/member -"],
    ),
    (
        "examples_such_as",
        "OPEC producers like Iraq and Kuwait cut output.",
        &["OPEC/IRQ/member -", "OPEC/KWT/member -"],
    ),
    (
        "examples_such_as",
        "Trade with EU partners such as China and India grew.",
        &[],
    ),
    (
        "pair_anaphor",
        "Japan and South Korea held talks in Seoul. Both countries are members of the G20.",
        &["G20/JPN/member -", "G20/KOR/member -"],
    ),
    (
        "pair_anaphor",
        "Armenia accused Azerbaijan of shelling, although the two countries are members of the CIS.",
        &["CIS/ARM/member -", "CIS/AZE/member -"],
    ),
    (
        "pair_anaphor",
        "Peru and Chile settled the dispute in The Hague; both nations are members of APEC.",
        &["APEC/PER/member -", "APEC/CHL/member -"],
    ),
    (
        "belongs_to",
        "Peru belongs to APEC, the trade forum of the Pacific rim.",
        &["APEC/PER/member -"],
    ),
    (
        "belongs_to",
        "Chile and Peru, which belong to APEC, cut tariffs.",
        &["APEC/CHL/member -", "APEC/PER/member -"],
    ),
    (
        "belongs_to",
        "The islands belong to Japan, Tokyo says.",
        &[],
    ),
    (
        "compound_body",
        "NATO and Russia set up the NATO-Russia Council in 2002.",
        &[],
    ),
    (
        "compound_body",
        "The EU-China summit was founded in 1998.",
        &[],
    ),
    (
        "compound_body",
        "Leaders created the Russia-ASEAN dialogue in 1996.",
        &[],
    ),
    (
        "contact_relative",
        "Gabon returned to OPEC, the organisation it had left in 1995.",
        &["OPEC/GAB/member -", "OPEC/GAB/former 1995"],
    ),
    (
        "contact_relative",
        "Equatorial Guinea joined OPEC in 2017, and Gabon was back in the group it had quit in 1995.",
        &["OPEC/GNQ/member 2017", "OPEC/GAB/former 1995"],
    ),
    (
        "contact_relative",
        "Kiribati praised Fiji, which went back to the forum it had left in 2009.",
        &[],
    ),
    (
        "counted_graded",
        "Tajikistan is one of the poorest CIS countries.",
        &["CIS/TJK/member -"],
    ),
    (
        "counted_graded",
        "Nigeria is one of the largest OPEC producers.",
        &[],
    ),
    (
        "counted_graded",
        "Kazakhstan is one of the biggest SCO states.",
        &["SCO/KAZ/member -"],
    ),
    (
        "once_future",
        "Brussels warned that Serbia would have to drop the deal once it joined the EU.",
        &[],
    ),
    (
        "once_future",
        "Officials said Ukraine would get the funds once it joins the EU.",
        &[],
    ),
    (
        "fronted_clause",
        "Since joining the EU in 2007, Bulgaria has received billions in farm subsidies.",
        &["EU/BGR/member 2007"],
    ),
    (
        "fronted_clause",
        "Having left OPEC in 2019, Qatar focused on gas.",
        &["OPEC/QAT/former 2019"],
    ),
    (
        "fronted_clause",
        "Since its accession to the WTO in 2012, Russia has filed few trade complaints.",
        &["WTO/RUS/member 2012"],
    ),
    (
        "fronted_clause",
        "After leaving the CSTO in 2012, Uzbekistan turned to Washington.",
        &["CSTO/UZB/former 2012"],
    ),
    (
        "fronted_clause",
        "After the EU summit in 2007, Bulgaria asked for funds.",
        &[],
    ),
];
#[test]
fn membership_probes_session_9() {
    // Before the rules (at b7a5cf7): capital_apposition 1/4, examples_such_as 1/4, pair_anaphor 0/3, belongs_to 1/3, compound_body 0/3, contact_relative 2/3, counted_graded 1/3, once_future 0/2, fronted_clause 1/5.
    facts_support::probes_reach(
        "en",
        PROBES_S9,
        &[
            ("capital_apposition", 4),
            ("examples_such_as", 4),
            ("pair_anaphor", 3),
            ("belongs_to", 3),
            ("compound_body", 2),
            ("contact_relative", 3),
            ("counted_graded", 3),
            ("once_future", 2),
            ("fronted_clause", 5),
        ],
    );
}

/// Session 9 second batch: forms of belonging the first batch's wider probes missed.
const PROBES_S9B: &[facts_support::Probe] = &[
    (
        "part_of",
        "Kazakhstan is part of the CSTO, and Russia leads it.",
        &["CSTO/KAZ/member -"],
    ),
    (
        "part_of",
        "Armenia and Belarus are part of the EAEU.",
        &["EAEU/ARM/member -", "EAEU/BLR/member -"],
    ),
    ("part_of", "Crimea is part of Ukraine, the EU says.", &[]),
    (
        "signed_up",
        "Algeria signed up to the New Development Bank in 2025.",
        &["NDB/DZA/member 2025"],
    ),
    (
        "signed_up",
        "Uruguay signed up to the NDB in 2021.",
        &["NDB/URY/member 2021"],
    ),
    (
        "among_its_members",
        "The bloc now counts Egypt and Ethiopia among its members, BRICS said.",
        &["BRICS/EGY/member -", "BRICS/ETH/member -"],
    ),
    (
        "among_its_members",
        "ASEAN counts Laos and Cambodia among its members.",
        &["ASEAN/LAO/member -", "ASEAN/KHM/member -"],
    ),
    (
        "non_permanent",
        "Brazil, a non-permanent member of the UN Security Council, abstained.",
        &["UNSC/BRA/member -"],
    ),
    (
        "non_permanent",
        "Algeria, a non-permanent UN Security Council member, drafted the text.",
        &["UNSC/DZA/member -"],
    ),
];
#[test]
fn membership_probes_session_9_second_batch() {
    // Before the rules (at b7a5cf7): part_of 1/3, signed_up 0/2, among_its_members 0/2, non_permanent 1/2.
    facts_support::probes_reach(
        "en",
        PROBES_S9B,
        &[
            ("part_of", 3),
            ("signed_up", 2),
            ("among_its_members", 2),
            ("non_permanent", 2),
        ],
    );
}

/// Session 10, from the `dev/*_h7` misses: the other tense forms of listed cues, a request for membership,
/// and a bloc kept alive by a sentence that calls it "the bank" or "the bloc".
const PROBES_S10: &[facts_support::Probe] = &[
    (
        "verb_forms",
        "Nicaragua is pulling out of ALBA.",
        &["ALBA/NIC/former -"],
    ),
    (
        "verb_forms",
        "Qatar pulls out of OPEC, its energy minister says.",
        &["OPEC/QAT/former -"],
    ),
    (
        "verb_forms",
        "Mali had been suspended from ECOWAS after the coup.",
        &["ECOWAS/MLI/suspended -"],
    ),
    (
        "verb_forms",
        "Guinea is suspended from the African Union.",
        &["AU/GIN/suspended -"],
    ),
    (
        "membership_request",
        "Nigeria has sent a formal request for membership of BRICS, its foreign ministry said.",
        &["BRICS/NGA/applicant -"],
    ),
    (
        "membership_request",
        "Palestine handed in a request for full membership of the UN in 2011.",
        &["UN/PSE/applicant 2011"],
    ),
    (
        "pointed_back",
        "The New Development Bank opened in Shanghai in 2015. The bank, headed by a Brazilian, lends in \
         local currencies. Its founding members include Brazil and India.",
        &["NDB/BRA/founder -", "NDB/IND/founder -"],
    ),
    (
        "pointed_back",
        "The Eurasian Economic Union met in Minsk on Friday. The bloc, which has five members, said \
         little. Armenia joined in 2015.",
        &["EAEU/ARM/member 2015"],
    ),
    (
        "pronoun_number",
        "Senegal and Ghana informed Mali on Monday that it was suspended from ECOWAS.",
        &["ECOWAS/MLI/suspended 2025-05-05"],
    ),
    (
        "pronoun_number",
        "Finland said it had joined NATO.",
        &["NATO/FIN/member -"],
    ),
    (
        "meeting",
        "Pakistan pulled out of the SCO summit in protest.",
        &[],
    ),
    (
        "meeting",
        "Brazil withdrew from the BRICS summit at the last minute.",
        &[],
    ),
];
#[test]
fn membership_probes_session_10() {
    // Before the rules (at fe4a9a2): verb_forms 0/4, membership_request 0/2, pointed_back 0/2,
    // pronoun_number 1/2, meeting 0/2.
    facts_support::probes_reach(
        "en",
        PROBES_S10,
        &[
            ("verb_forms", 4),
            ("membership_request", 2),
            ("pointed_back", 2),
            ("pronoun_number", 2),
            ("meeting", 2),
        ],
    );
}
