//! Session 41 (vocab-en): English event vocabulary checked against the PLOVER types and the CAMEO codebook's
//! sub-codes, one act at a time. Sentences written for these tests: for each family of acts one sentence the
//! lexicon missed before, and a trap where the same words name no such act.

use crate::support::check;

#[test]
fn leaving_an_agreement_is_a_sanction() {
    check(
        "en",
        "Moscow withdrew from the fishing agreement with Norway on Tuesday.",
        &["SANCTION RUS>NOR"],
    );
    check(
        "en",
        "Russia is pulling out of the arms control treaty with the United States, the Kremlin said.",
        &["SANCTION RUS>USA"],
    );
    // (Troops leaving a town under a deal leave no agreement.)
    check(
        "en",
        "Russian troops withdrew from the town under the deal brokered by Turkey.",
        &[],
    );
}

#[test]
fn envoys_thrown_out_sent_home_or_ordered_out_are_expelled() {
    check(
        "en",
        "Belarus threw out two Lithuanian diplomats on Friday.",
        &["SANCTION BLR>LTU"],
    );
    check(
        "en",
        "Nicaragua sent the Spanish ambassador home on Monday.",
        &["SANCTION NIC>ESP"],
    );
    check(
        "en",
        "Venezuela ordered the Peruvian diplomats out of the country on Sunday.",
        &["SANCTION VEN>PER"],
    );
    check(
        "en",
        "Israel called its ambassador home from Turkey for consultations.",
        &["SANCTION ISR>TUR"],
    );
    check(
        "en",
        "The striker threw out his boots after the match.",
        &[],
    );
}

#[test]
fn relations_ended_curtailed_or_energy_shut_off_are_sanctions() {
    check(
        "en",
        "Taiwan ended diplomatic relations with Nauru on Monday.",
        &["SANCTION TWN>NRU"],
    );
    check(
        "en",
        "Lithuania curtailed cooperation with Belarus on Tuesday.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "en",
        "Gazprom shut off gas to Latvia on Saturday.",
        &["SANCTION RUS>LVA"],
    );
    check(
        "en",
        "Japan removed South Korea from its list of trusted trading partners.",
        &["SANCTION JPN>KOR"],
    );
    // (Relations only right after the verb: here the visit ended a spell of them.)
    check(
        "en",
        "The visit ended years of strained relations between Egypt and Qatar.",
        &[],
    );
}

#[test]
fn forces_and_weapons_taken_away_are_a_retreat() {
    check(
        "en",
        "Russia recalled its troops from Kazakhstan on Thursday.",
        &["RETREAT RUS>KAZ"],
    );
    check(
        "en",
        "Russia withdrew its tactical nuclear weapons from Belarus in 1996.",
        &["RETREAT RUS>BLR"],
    );
    check(
        "en",
        "Ukraine lowered the alert level of its air defences on Monday.",
        &["RETREAT {UKR}"],
    );
}

#[test]
fn land_or_seized_property_given_back_is_a_retreat() {
    check(
        "en",
        "Azerbaijan returned the seized tanker to Iran on Friday.",
        &["RETREAT AZE>IRN"],
    );
    check(
        "en",
        "Armenia returned four villages to Azerbaijan on Tuesday.",
        &["RETREAT ARM>AZE"],
    );
    check(
        "en",
        "Britain gave up its base in Libya in 1970.",
        &["RETREAT {GBR}"],
    );
    // (Aircraft and ships return to a base or a port: no land is given back.)
    check("en", "The jets returned to base after the drill.", &[]);
}

#[test]
fn a_ceasefire_declared_or_an_offensive_halted_is_a_retreat() {
    check(
        "en",
        "Russia declared a unilateral ceasefire in Ukraine for Orthodox Christmas.",
        &["RETREAT {RUS}"],
    );
    check(
        "en",
        "Israel halted its offensive against Lebanon on Wednesday.",
        &["RETREAT ISR>LBN"],
    );
    check(
        "en",
        "Iran allowed IAEA inspectors into the Fordow plant on Sunday.",
        &["RETREAT {IRN}"],
    );
    // (The offensive far from the verb of stopping is no act halted: the supplies are.)
    check(
        "en",
        "Russia suspended arms supplies to Iran for the duration of the offensive.",
        &["SANCTION RUS>IRN"],
    );
}

#[test]
fn reinforcements_build_ups_tests_and_conscription_are_a_mobilisation() {
    check(
        "en",
        "Turkey rushed reinforcements to its border with Syria on Sunday.",
        &["MOBILIZE {TUR}"],
    );
    check(
        "en",
        "Russia moved tactical nuclear weapons to Belarus last year.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "en",
        "Russia has increased its military presence near the border with Finland.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "en",
        "Sweden brought back military conscription in 2017.",
        &["MOBILIZE {SWE}"],
    );
    check(
        "en",
        "North Korea detonated a nuclear device on Sunday.",
        &["MOBILIZE {PRK}"],
    );
    check(
        "en",
        "China sailed an aircraft carrier through the Taiwan Strait on Friday.",
        &["MOBILIZE {CHN}"],
    );
    // (The nouns of moving and testing name no act of their own.)
    check(
        "en",
        "The move to send troops to Mali was criticised in Paris.",
        &[],
    );
}

#[test]
fn towns_captured_or_besieged_and_prisoners_executed_are_an_assault() {
    check(
        "en",
        "Russian forces captured the Ukrainian town of Avdiivka in February.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "en",
        "Russia laid siege to the Ukrainian port of Mariupol in March.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "en",
        "Russian troops executed Ukrainian prisoners of war, Kyiv said.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "en",
        "Finland said Russia sabotaged the undersea cable to Estonia.",
        &["ASSAULT RUS>EST"],
    );
    check(
        "en",
        "The recapture of the town took Ukraine three months.",
        &[],
    );
}

#[test]
fn asylum_debt_relief_flights_and_honours() {
    check(
        "en",
        "Russia granted asylum to the former Syrian president on Sunday.",
        &["AID RUS>SYR"],
    );
    check(
        "en",
        "China restructured the debt of Zambia on Tuesday.",
        &["AID CHN>ZMB"],
    );
    check(
        "en",
        "Russia and Georgia resumed flights in 2023.",
        &["COOPERATE {GEO+RUS}"],
    );
    check(
        "en",
        "Putin presented Modi with the Order of St Andrew on Tuesday.",
        &["SUPPORT RUS>IND"],
    );
    // (An adjective "present" is no verb of awarding.)
    check(
        "en",
        "The present order in Europe was discussed in Berlin.",
        &[],
    );
}

#[test]
fn understandings_settled_disputes_alliances_and_concessions() {
    check(
        "en",
        "Armenia and Azerbaijan reached an understanding on the border on Friday.",
        &["AGREE {ARM+AZE}"],
    );
    check(
        "en",
        "Peru and Ecuador settled their border dispute in 1998.",
        &["AGREE {ECU+PER}"],
    );
    check(
        "en",
        "Egypt made peace with Israel in 1979.",
        &["AGREE {EGY+ISR}"],
    );
    check(
        "en",
        "Mali, Niger and Burkina Faso formed an alliance in September.",
        &["AGREE {BFA+MLI+NER}"],
    );
    check(
        "en",
        "Iran complied with the demands of the IAEA on Monday.",
        &["CONCEDE IRN>IAEA"],
    );
    check(
        "en",
        "Bolivia dropped its claim to the Pacific coast of Chile.",
        &["CONCEDE BOL>CHL"],
    );
}
