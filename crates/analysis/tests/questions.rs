//! The questions on the real reference data and news rows written here (in our own words).

mod support;

use blocwatch_analysis::{
    assess, bloc_at, country, dyad, prospects, search, AnalysisError, DyadOptions, Period,
    ProspectOptions, Weights,
};
use support::MemKb;

fn ids<T>(items: &[T], f: impl Fn(&T) -> &str) -> Vec<String> {
    let mut v: Vec<String> = items.iter().map(|x| f(x).to_string()).collect();
    v.sort();
    v
}

fn check_members(bloc: &str, at: &str, expect: &[&str]) {
    let kb = MemKb::reference();
    let r = bloc_at(&kb, bloc, Some(at)).unwrap();
    let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(ids(&r.members, |m| &m.member), want, "{bloc} at {at}");
    for m in r.members.iter().chain(&r.associates) {
        assert!(!m.source.trim().is_empty(), "{} has no source", m.member);
        assert!(m.since.is_some(), "{} has no since-date", m.member);
    }
}

#[test]
fn sco_on_2016_01_01_is_the_six_founders() {
    check_members(
        "SCO",
        "2016-01-01",
        &["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"],
    );
}

#[test]
fn sco_at_the_end_of_2024_adds_india_pakistan_iran_belarus() {
    check_members(
        "SCO",
        "2024-12-31",
        &[
            "CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB", "IND", "PAK", "IRN", "BLR",
        ],
    );
}

#[test]
fn brics_in_june_2025_includes_indonesia() {
    let kb = MemKb::reference();
    let r = bloc_at(&kb, "BRICS", Some("2025-06-01")).unwrap();
    let m = ids(&r.members, |m| &m.member);
    for id in [
        "BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN",
    ] {
        assert!(m.contains(&id.to_string()), "{id} missing from {m:?}");
    }
    // Partners are listed apart from members, with their status.
    assert!(r
        .associates
        .iter()
        .any(|a| a.member == "BLR" && a.status == "partner"));
}

#[test]
fn a_year_means_its_last_day() {
    let kb = MemKb::reference();
    assert_eq!(bloc_at(&kb, "SCO", Some("2017")).unwrap().at, "2017-12-31");
    check_members(
        "SCO",
        "2017",
        &["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB", "IND", "PAK"],
    );
}

#[test]
fn blocs_are_found_by_id_name_and_alias_in_any_case() {
    let kb = MemKb::reference();
    for q in [
        "sco",
        "Sco",
        "ШОС",
        "Shanghai Cooperation Organisation",
        "منظمة شنغهاي للتعاون",
    ] {
        assert_eq!(
            bloc_at(&kb, q, Some("2020-01-01")).unwrap().bloc.id,
            "SCO",
            "{q}"
        );
    }
    assert_eq!(bloc_at(&kb, "brics", None).unwrap().bloc.id, "BRICS");
}

#[test]
fn unknown_ids_and_bad_dates_are_clear_errors() {
    let kb = MemKb::reference();
    let e = bloc_at(&kb, "NOPE", None).unwrap_err();
    assert!(matches!(e, AnalysisError::UnknownEntity { .. }), "{e}");
    assert!(e.to_string().contains("unknown bloc \"NOPE\""), "{e}");
    let e = bloc_at(&kb, "SCO", Some("2016-02-30")).unwrap_err();
    assert!(matches!(e, AnalysisError::InvalidDate(_)), "{e}");
    let e = country(&kb, "Atlantis", None).unwrap_err();
    assert!(e.to_string().contains("unknown country"), "{e}");
    let e = dyad(&kb, "RUS", "rus", &DyadOptions::default()).unwrap_err();
    assert!(matches!(e, AnalysisError::InvalidArgument(_)), "{e}");
    let opts = DyadOptions {
        from: Some("2025".into()),
        to: Some("2020".into()),
        ..DyadOptions::default()
    };
    assert!(dyad(&kb, "RUS", "CHN", &opts).is_err());
    // Arbitrary junk never panics.
    for junk in ["", " ", "\u{0}", "ش", "Ж", "🙂🙂🙂", "a-b-c-d"] {
        let _ = bloc_at(&kb, junk, Some(junk));
        let _ = country(&kb, junk, None);
        let _ = search(&kb, junk, Some(junk), 5, 0);
    }
}

#[test]
fn news_claims_are_checked_against_the_reference() {
    let mut kb = MemKb::reference();
    kb.claim(
        "EACU",
        "TJK",
        "member",
        "2023-05-10",
        false,
        "Tajikistan, a member of the Eurasian customs union, raised tariffs on imports.",
    );
    kb.claim(
        "SCO",
        "BLR",
        "member",
        "2024-07-04",
        false,
        "Belarus became the tenth full member of the SCO at the Astana summit.",
    );
    kb.claim(
        "BRICS",
        "KAZ",
        "member",
        "2024-10-17",
        true,
        "Kazakhstan will not seek BRICS membership for now, its spokesman said.",
    );
    let eacu = bloc_at(&kb, "EACU", Some("2024-01-01")).unwrap();
    let c = &eacu.claims[0];
    assert_eq!(c.verdict, "conflicts", "{}", c.reason);
    assert!(c.claim.evidence.text.contains("Tajikistan"));
    let sco = bloc_at(&kb, "SCO", Some("2024-12-31")).unwrap();
    assert_eq!(sco.claims[0].verdict, "agrees", "{}", sco.claims[0].reason);
    assert!(sco.claims[0].reference.is_some());
    let brics = bloc_at(&kb, "BRICS", None).unwrap();
    assert_eq!(
        brics.claims[0].verdict, "agrees",
        "{}",
        brics.claims[0].reason
    );
}

/// The regional blocs added to the reference in session 15: a suspension is not membership, and an
/// accession counts from the day it took effect.
#[test]
fn sadc_in_may_2010_leaves_out_suspended_madagascar() {
    check_members(
        "SADC",
        "2010-05-01",
        &[
            "AGO", "BWA", "COD", "LSO", "MOZ", "MUS", "MWI", "NAM", "SWZ", "SYC", "TZA", "ZAF",
            "ZMB", "ZWE",
        ],
    );
    let kb = MemKb::reference();
    let r = bloc_at(&kb, "SADC", Some("2010-05-01")).unwrap();
    assert!(r
        .associates
        .iter()
        .any(|a| a.member == "MDG" && a.status == "suspended"));
}

#[test]
fn eac_at_the_start_of_2023_has_dr_congo_but_not_somalia() {
    check_members(
        "EAC",
        "2023-01-01",
        &["BDI", "COD", "KEN", "RWA", "SSD", "TZA", "UGA"],
    );
    check_members(
        "EAC",
        "2024-06-30",
        &["BDI", "COD", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"],
    );
}

#[test]
fn the_united_kingdom_counts_in_the_cptpp_from_its_accession_day() {
    let kb = MemKb::reference();
    let before = bloc_at(&kb, "CPTPP", Some("2024-12-14")).unwrap();
    assert!(!before.members.iter().any(|m| m.member == "GBR"));
    assert!(before
        .associates
        .iter()
        .any(|a| a.member == "GBR" && a.status == "applicant"));
    let after = bloc_at(&kb, "CPTPP", Some("2024-12-15")).unwrap();
    assert_eq!(after.members.len(), 12);
    assert!(after.members.iter().any(|m| m.member == "GBR"));
}

#[test]
fn commonwealth_suspensions_and_exits_are_not_membership() {
    let kb = MemKb::reference();
    // Zimbabwe suspended (2002) and gone (2003); the Gambia out 2013-2018; Fiji suspended 2006-2014.
    let r = bloc_at(&kb, "COMMONWEALTH", Some("2010-01-01")).unwrap();
    let members = ids(&r.members, |m| &m.member);
    for gone in ["ZWE", "FJI", "GAB"] {
        assert!(
            !members.contains(&gone.to_string()),
            "{gone} in {members:?}"
        );
    }
    assert!(members.contains(&"GMB".to_string()));
    assert!(r
        .associates
        .iter()
        .any(|a| a.member == "FJI" && a.status == "suspended"));
    let r = bloc_at(&kb, "COMMONWEALTH", Some("2015-06-01")).unwrap();
    assert!(!r.members.iter().any(|m| m.member == "GMB"));
}

#[test]
fn unasur_lost_most_members_by_2020_and_regained_two_in_2023() {
    check_members("UNASUR", "2020-01-01", &["BOL", "GUY", "SUR", "URY", "VEN"]);
    check_members(
        "UNASUR",
        "2024-01-01",
        &["ARG", "BOL", "BRA", "GUY", "SUR", "VEN"],
    );
    let kb = MemKb::reference();
    let r = bloc_at(&kb, "UNASUR", Some("2024-01-01")).unwrap();
    // Peru suspended its participation in 2018 and never resumed it.
    assert!(r
        .associates
        .iter()
        .any(|a| a.member == "PER" && a.status == "suspended"));
}

#[test]
fn news_claims_about_regional_blocs_are_checked_against_the_reference() {
    let mut kb = MemKb::reference();
    kb.claim(
        "OAS",
        "VEN",
        "member",
        "2021-03-02",
        false,
        "Venezuela, an OAS member, sent its envoy to the council in Washington.",
    );
    kb.claim(
        "EAC",
        "SOM",
        "member",
        "2024-03-04",
        false,
        "Somalia formally became the eighth partner state of the East African Community.",
    );
    let oas = bloc_at(&kb, "OAS", Some("2021-06-01")).unwrap();
    assert_eq!(
        oas.claims[0].verdict, "conflicts",
        "{}",
        oas.claims[0].reason
    );
    let eac = bloc_at(&kb, "EAC", Some("2024-12-31")).unwrap();
    assert_eq!(eac.claims[0].verdict, "agrees", "{}", eac.claims[0].reason);
}

#[test]
fn partial_bloc_lists_leave_unlisted_members_new_and_associates_are_not_members() {
    let mut kb = MemKb::reference();
    // The Pacific Islands Forum list is marked partial: Papua New Guinea's joining year was not verified.
    kb.claim(
        "PIF",
        "PNG",
        "member",
        "2019-08-15",
        false,
        "Papua New Guinea, a Forum member, backed the climate declaration.",
    );
    // Chile is an associate of the Andean Community since 2006, not a member.
    kb.claim(
        "ANDEAN_COMMUNITY",
        "CHL",
        "member",
        "2020-03-01",
        false,
        "Chile, a member of the Andean Community, hosted the trade talks.",
    );
    let pif = bloc_at(&kb, "PIF", Some("2019-12-31")).unwrap();
    assert_eq!(pif.claims[0].verdict, "new", "{}", pif.claims[0].reason);
    let can = bloc_at(&kb, "ANDEAN_COMMUNITY", Some("2020-12-31")).unwrap();
    assert_eq!(
        can.claims[0].verdict, "conflicts",
        "{}",
        can.claims[0].reason
    );
    assert!(can
        .associates
        .iter()
        .any(|a| a.member == "CHL" && a.status == "partner"));
}

#[test]
fn claims_dated_after_the_question_are_not_shown_and_merged_statuses_agree() {
    let mut kb = MemKb::reference();
    kb.claim(
        "SCO",
        "BLR",
        "member",
        "2024-07-04",
        false,
        "Minsk joined the Shanghai grouping as a full member.",
    );
    kb.claim(
        "SCO",
        "LAO",
        "dialogue_partner",
        "2025-09-01",
        false,
        "Laos was admitted as a dialogue partner of the Shanghai grouping.",
    );
    assert!(bloc_at(&kb, "SCO", Some("2016-01-01"))
        .unwrap()
        .claims
        .is_empty());
    let now = bloc_at(&kb, "SCO", Some("2026-01-01")).unwrap();
    assert_eq!(now.claims.len(), 2);
    let lao = now.claims.iter().find(|c| c.claim.member == "LAO").unwrap();
    assert_eq!(lao.verdict, "agrees", "{}", lao.reason);
}

fn news() -> MemKb {
    let mut kb = MemKb::reference();
    kb.event(
        "AGREE",
        6.0,
        &["RUS", "CHN"],
        &[],
        "2023-03-21",
        false,
        "asserted",
        "Moscow and Beijing pledged to deepen their partnership during the state visit.",
    )
    .event(
        "COOPERATE",
        7.0,
        &["RUS"],
        &["CHN"],
        "2019-12-02",
        false,
        "asserted",
        "Russian gas began to flow to China through the new Siberian pipeline.",
    )
    .event(
        "COOPERATE",
        7.0,
        &["RUS"],
        &["CHN"],
        "2024-05-16",
        false,
        "expected",
        "The two sides expect to sign more energy contracts next year.",
    )
    .event(
        "AGREE",
        6.0,
        &["RUS"],
        &["CHN"],
        "2024-06-01",
        true,
        "asserted",
        "Russia and China did not agree on the price of gas for the second pipeline.",
    )
    .event(
        "SANCTION",
        -8.0,
        &["USA"],
        &["RUS"],
        "2024-11-21",
        false,
        "asserted",
        "Washington blacklisted a large Russian bank over energy payments.",
    )
    .event(
        "SANCTION",
        -8.0,
        &["EU"],
        &["RUS"],
        "2025-10-23",
        false,
        "asserted",
        "The European Union adopted a new package of restrictive measures on Russia.",
    )
    .event(
        "REJECT",
        -4.0,
        &["UZB"],
        &["RUS"],
        "2022-12-08",
        false,
        "asserted",
        "Tashkent said it would buy Russian gas on commercial terms and rejected any union.",
    )
    .event(
        "AGREE",
        5.0,
        &["RUS"],
        &["KAZ", "UZB"],
        "2022-11-29",
        false,
        "proposed",
        "The Kremlin suggested a three-way gas alliance with Astana and Tashkent.",
    )
    .event(
        "AGREE",
        5.0,
        &["KAZ"],
        &["RUS"],
        "2022-12-21",
        true,
        "asserted",
        "Astana said it would not join a gas union with Moscow for now.",
    )
    .event(
        "COOPERATE",
        6.0,
        &["RUS"],
        &["BLR"],
        "2024-12-06",
        false,
        "asserted",
        "Putin and Lukashenko signed a treaty on security guarantees within the Union State.",
    )
    .event(
        "ASSAULT",
        -10.0,
        &["RUS"],
        &["UKR"],
        "2024-08-01",
        false,
        "asserted",
        "Russian missiles struck Ukrainian power stations overnight.",
    );
    kb.amount(
        "trade",
        240e9,
        "USD",
        &["RUS", "CHN"],
        "2024-01-12",
        "Trade between the two countries reached a record of about 240 billion dollars.",
    );
    kb.amount(
        "energy",
        30e9,
        "USD",
        &["RUS", "KAZ"],
        "2023-10-07",
        "The transit deal is worth billions to the Kazakh budget.",
    );
    kb
}

#[test]
fn dyad_counts_types_and_quads_and_leaves_negated_events_out() {
    let kb = news();
    let r = dyad(&kb, "Russia", "Китай", &DyadOptions::default()).unwrap();
    assert_eq!((r.a.as_str(), r.b.as_str()), ("RUS", "CHN"));
    let periods: Vec<&str> = r.periods.iter().map(|p| p.period.as_str()).collect();
    assert_eq!(periods, ["2019", "2023", "2024"]);
    let p2024 = &r.periods[2];
    assert_eq!(p2024.events, 1, "the negated AGREE does not count");
    assert_eq!(p2024.negated, 1);
    assert_eq!(p2024.counts.get("COOPERATE"), Some(&1));
    assert_eq!(p2024.quad.get("material_coop"), Some(&1));
    assert_eq!(p2024.amounts_usd.get("trade").copied(), Some(240e9));
    assert_eq!(p2024.evidence.len(), 1);
    assert!(p2024.evidence[0].evidence.text.contains("energy contracts"));
    assert_eq!(r.quantities.len(), 1);
    // Modality: the expected event (score 7, weight 0.6) and the asserted ones (6 and 7, weight 1).
    let want = (6.0 + 7.0 + 0.6 * 7.0) / 2.6;
    assert!((r.totals.score - want).abs() < 1e-9, "{}", r.totals.score);
    let by_q = dyad(
        &kb,
        "RUS",
        "CHN",
        &DyadOptions {
            by: Period::Quarter,
            from: Some("2020".into()),
            ..DyadOptions::default()
        },
    )
    .unwrap();
    let periods: Vec<&str> = by_q.periods.iter().map(|p| p.period.as_str()).collect();
    assert_eq!(periods, ["2023-Q1", "2024-Q1", "2024-Q2"]);
    assert_eq!(by_q.periods[0].mutual, 1);
}

#[test]
fn prospects_rank_allies_first_and_show_their_evidence() {
    let kb = news();
    let opts = ProspectOptions {
        at: Some("2025-12-31".into()),
        top: 300,
        ..ProspectOptions::default()
    };
    let r = prospects(&kb, "RUS", &opts).unwrap();
    assert!(r.considered > 150, "{}", r.considered);
    let pos = |id: &str| r.ranked.iter().position(|p| p.country == id).unwrap();
    assert_eq!(
        r.ranked[0].country,
        "BLR",
        "{:?}",
        &r.ranked[..5].iter().map(|p| &p.country).collect::<Vec<_>>()
    );
    for ally in ["KAZ", "KGZ", "TJK", "CHN"] {
        assert!(pos(ally) < 15, "{ally} at {}", pos(ally));
    }
    assert!(pos("USA") > 100);
    assert!(pos("UKR") > pos("CHN"));
    let blr = &r.ranked[0];
    assert!(blr.shared_blocs.contains(&"CSTO".to_string()));
    assert!(blr.shared_blocs.contains(&"UNION_STATE".to_string()));
    assert!(blr
        .blocs
        .iter()
        .all(|b| !b.source_a.is_empty() && !b.source_b.is_empty()));
    assert!(blr.treaty_details.iter().all(|t| !t.source.is_empty()));
    // Explicit stances: Uzbekistan's refusal and the EU's sanctions (for each EU member) are negative.
    let uzb = &r.ranked[pos("UZB")];
    assert!(uzb.components.stances < 0.0, "{:?}", uzb.components);
    assert!(uzb
        .evidence
        .iter()
        .any(|e| e.text.contains("rejected any union")));
    let deu = &r.ranked[pos("DEU")];
    assert!(
        deu.components.stances < 0.0 && deu.components.news < 0.0,
        "{:?}",
        deu.components
    );
    let chn = &r.ranked[pos("CHN")];
    assert!(chn.components.economy > 0.5, "{:?}", chn.components);
    assert!(chn.components.news > 0.0);
    assert!(!chn.evidence.is_empty());
    // Every component is shown and the index is their weighted sum.
    let w = &r.weights.components;
    let c = &chn.components;
    let sum = w.memberships * c.memberships
        + w.treaties * c.treaties
        + w.news * c.news
        + w.stances * c.stances
        + w.economy * c.economy;
    assert!((sum - chn.index).abs() < 1e-9);
    // The USSR is not a partner in 2025.
    assert!(r.ranked.iter().all(|p| p.country != "SUN"));
}

#[test]
fn prospects_before_a_treaty_do_not_see_it() {
    let kb = news();
    let opts = |at: &str| ProspectOptions {
        at: Some(at.into()),
        top: 300,
        ..ProspectOptions::default()
    };
    let find = |at: &str| {
        prospects(&kb, "RUS", &opts(at))
            .unwrap()
            .ranked
            .into_iter()
            .find(|p| p.country == "PRK")
            .unwrap()
    };
    assert!(find("2023-01-01")
        .treaty_details
        .iter()
        .all(|t| t.kind != "defence_pact"));
    assert!(find("2025-01-01")
        .treaty_details
        .iter()
        .any(|t| t.kind == "defence_pact"));
}

#[test]
fn assess_finds_positions_against_and_gives_a_verdict_with_reasons() {
    let kb = news();
    let opts = ProspectOptions {
        at: Some("2025-12-31".into()),
        ..ProspectOptions::default()
    };
    let members: Vec<String> = ["RUS", "Kazakhstan", "UZB"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let r = assess(&kb, &members, &opts).unwrap();
    assert_eq!(r.members, ["RUS", "KAZ", "UZB"]);
    assert_eq!(r.pairs.len(), 3);
    assert!(["realistic", "possible", "unlikely"].contains(&r.verdict.as_str()));
    assert_eq!(r.positions_against_count, 2, "{:#?}", r.positions_against);
    assert!(r
        .positions_against
        .iter()
        .any(|e| e.evidence.text.contains("would not join")));
    assert!(r.positions_for.iter().any(|e| e.modality == "proposed"));
    assert!(r.shared_blocs.iter().any(|b| b.bloc == "SCO"));
    assert!(r.reasons.len() >= 3, "{:?}", r.reasons);
    assert!(r.reasons.iter().any(|s| s.contains("against")));
    // Without the refusals the same grouping scores higher.
    let mut calm = MemKb::reference();
    calm.events = kb
        .events
        .iter()
        .filter(|e| !e.negated && e.kind != "REJECT")
        .cloned()
        .collect();
    let r2 = assess(&calm, &members, &opts).unwrap();
    assert!(r2.score > r.score, "{} vs {}", r2.score, r.score);
    let one = assess(&kb, &["RUS".to_string(), "rus".to_string()], &opts).unwrap_err();
    assert!(matches!(one, AnalysisError::InvalidArgument(_)));
}

#[test]
fn country_profile_has_memberships_treaties_and_relations() {
    let kb = news();
    let r = country(&kb, "kaz", Some("2024-12-31")).unwrap();
    assert_eq!(r.id, "KAZ");
    let blocs: Vec<&str> = r.memberships.iter().map(|m| m.bloc.as_str()).collect();
    for b in ["CSTO", "EAEU", "SCO", "CIS"] {
        assert!(blocs.contains(&b), "{b} missing from {blocs:?}");
    }
    assert!(r.memberships.iter().all(|m| !m.source.is_empty()));
    let rel = r.relations.iter().find(|x| x.country == "RUS").unwrap();
    assert_eq!(rel.negated, 1);
    assert!(!rel.evidence.is_empty());
}

#[test]
fn search_checks_its_arguments() {
    let kb = news();
    assert!(search(&kb, "  ", None, 10, 0).is_err());
    assert!(search(&kb, "gas", Some("fr"), 10, 0).is_err());
    let hits = search(&kb, "commercial terms", Some("EN"), 10, 0).unwrap();
    assert_eq!(hits.len(), 1);
}

#[test]
fn other_weights_change_the_ranking() {
    let kb = news();
    let mut w = Weights::embedded();
    w.components.memberships = 0.0;
    w.components.treaties = 0.0;
    w.components.stances = 0.0;
    w.components.news = 0.0;
    w.components.economy = 1.0;
    let r = prospects(
        &kb,
        "RUS",
        &ProspectOptions {
            at: Some("2025-12-31".into()),
            top: 1,
            weights: w,
        },
    )
    .unwrap();
    assert_eq!(r.ranked[0].country, "CHN");
}
