//! The scorer's rules, each on a tiny hand-written gold item and a record built by hand. `check` prints the
//! non-vacuous scores as `dimension=tp/fp/fn` and `attribute=right/scored`, joined by `; `, so a test reads
//! as gold → output → expected score.

use super::*;
use crate::record::MentionRec;

/// Scores `gold` (an item's JSON; `id`, `lang` and `text` may be left out) against `record`.
fn check(gold: &str, record: &Record, expect: &str) {
    let (scores, _) = score(gold, record);
    assert_eq!(summary(&scores), expect, "gold: {gold}");
}

fn score(gold: &str, record: &Record) -> (Scores, Vec<Failure>) {
    score_item(&item(gold), record)
}

fn item(gold: &str) -> GoldItem {
    let mut v: serde_json::Value = serde_json::from_str(gold).expect("test gold is JSON");
    let obj = v.as_object_mut().expect("test gold is an object");
    for (key, default) in [("id", "t-1"), ("lang", "en"), ("text", "")] {
        obj.entry(key).or_insert_with(|| default.into());
    }
    serde_json::from_value(v).expect("test gold is an item")
}

fn summary(s: &Scores) -> String {
    let mut parts = Vec::new();
    for (name, c) in s.dimensions() {
        if !c.is_empty() {
            parts.push(format!("{name}={}/{}/{}", c.tp, c.fp, c.fn_));
        }
    }
    for (name, a) in s.attributes.named() {
        if a.scored > 0 {
            parts.push(format!("{name}={}/{}", a.right, a.scored));
        }
    }
    parts.join("; ")
}

fn ids(s: &str) -> Vec<String> {
    s.split('+')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// An asserted, non-negated event without date or mode.
fn ev(kind: &str, source: &str, target: &str) -> EventRec {
    EventRec {
        kind: kind.into(),
        mode: None,
        context: vec![],
        score: 0.0,
        source: ids(source),
        target: ids(target),
        date: None,
        negated: false,
        modality: "asserted".into(),
        reported_by: None,
        trigger: String::new(),
        actors: vec![],
        sentence: [0, 0],
        text: String::new(),
    }
}

fn membership(bloc: &str, member: &str, status: &str, date: Option<&str>) -> MembershipRec {
    MembershipRec {
        bloc: bloc.into(),
        member: member.into(),
        status: status.into(),
        date: date.map(Into::into),
        negated: false,
        sentence: [0, 0],
        text: String::new(),
    }
}

fn quantity(kind: &str, amount: f64, currency: Option<&str>, bound: Option<&str>) -> QuantityRec {
    QuantityRec {
        kind: kind.into(),
        amount,
        currency: currency.map(Into::into),
        bound: bound.map(Into::into),
        parties: vec![],
        date: None,
        sentence: [0, 0],
        text: String::new(),
    }
}

fn mention(entity: &str, text: &str) -> MentionRec {
    MentionRec {
        entity: entity.into(),
        start: 0,
        end: 0,
        text: text.into(),
        form: "name".into(),
    }
}

fn events(events: Vec<EventRec>) -> Record {
    Record {
        events,
        ..Record::default()
    }
}

#[test]
fn mentions_compare_as_multisets_of_ids() {
    let record = Record {
        mentions: vec![mention("RUS", "Moscow"), mention("IRN", "Tehran")],
        ..Record::default()
    };
    check(
        r#"{"mentions": [{"entity": "RUS", "text": "Russia"}, {"entity": "RUS", "text": "Moscow"},
                         {"entity": "CHN", "text": "China"}]}"#,
        &record,
        "mentions=1/1/2",
    );
}

#[test]
fn unannotated_dimensions_are_not_scored_but_empty_ones_are() {
    let record = Record {
        mentions: vec![mention("RUS", "Russia")],
        events: vec![ev("AGREE", "RUS+CHN", "")],
        memberships: vec![membership("SCO", "IND", "member", None)],
        quantities: vec![quantity("trade", 5e9, Some("USD"), None)],
        ..Record::default()
    };
    check(r#"{"tags": ["x"]}"#, &record, "");
    check(
        r#"{"mentions": [], "events": [], "memberships": [], "quantities": []}"#,
        &record,
        "mentions=0/1/0; events=0/1/0; events (all modalities)=0/1/0; memberships=0/1/0; quantities=0/1/0",
    );
}

#[test]
fn symmetric_gold_event_matches_the_union_of_parties() {
    let gold = r#"{"events": [{"type": "CONSULT", "source": ["RUS", "CHN"], "target": [], "symmetric": true}]}"#;
    let both = "events=1/0/0; events (all modalities)=1/0/0";
    check(gold, &events(vec![ev("CONSULT", "CHN+RUS", "")]), both);
    // A coder that splits the parties into two sides still found the meeting.
    check(gold, &events(vec![ev("CONSULT", "RUS", "CHN")]), both);
    check(gold, &events(vec![ev("CONSULT", "CHN", "RUS")]), both);
    let wrong = "events=0/1/1; events (all modalities)=0/1/1";
    check(gold, &events(vec![ev("CONSULT", "RUS+CHN+IND", "")]), wrong);
    check(gold, &events(vec![ev("AGREE", "RUS+CHN", "")]), wrong);
}

#[test]
fn a_symmetric_gold_event_does_not_take_the_find_a_directed_one_needs() {
    // Gold order puts the symmetric event first; a greedy pairing gave it the directed find and left the
    // directed gold with nothing it accepts (a symmetric find does not fill a directed gold).
    let gold = r#"{"events": [
        {"type": "AGREE", "source": ["RUS", "CHN"], "target": [], "symmetric": true},
        {"type": "AGREE", "source": ["RUS"], "target": ["CHN"]}]}"#;
    let found = events(vec![ev("AGREE", "RUS", "CHN"), ev("AGREE", "CHN+RUS", "")]);
    check(gold, &found, "events=2/0/0; events (all modalities)=2/0/0");
    // With the finds in the other order the greedy pass was already right.
    let found = events(vec![ev("AGREE", "CHN+RUS", ""), ev("AGREE", "RUS", "CHN")]);
    check(gold, &found, "events=2/0/0; events (all modalities)=2/0/0");
}

#[test]
fn directed_gold_event_needs_both_sides_right() {
    let gold = r#"{"events": [{"type": "AID", "source": ["IRN"], "target": ["RUS"]}]}"#;
    check(
        gold,
        &events(vec![ev("AID", "IRN", "RUS")]),
        "events=1/0/0; events (all modalities)=1/0/0",
    );
    let wrong = "events=0/1/1; events (all modalities)=0/1/1";
    check(gold, &events(vec![ev("AID", "RUS", "IRN")]), wrong);
    // Direction lost: both states written as one symmetric party set.
    check(gold, &events(vec![ev("AID", "IRN+RUS", "")]), wrong);
}

#[test]
fn negated_agreement_coded_as_asserted_is_an_error_on_the_all_modalities_line() {
    let gold = r#"{"events": [{"type": "AGREE", "source": ["RUS", "CHN"], "target": [], "symmetric": true,
                               "negated": true, "modality": "asserted"}]}"#;
    check(
        gold,
        &events(vec![ev("AGREE", "RUS+CHN", "")]),
        "events=0/1/0; events (all modalities)=0/1/1; event negated=0/1; event modality=1/1",
    );
    let negated = EventRec {
        negated: true,
        ..ev("AGREE", "RUS+CHN", "")
    };
    // Right: absent from the headline on both sides, found on the all-modalities line.
    check(
        gold,
        &events(vec![negated]),
        "events (all modalities)=1/0/0; event negated=1/1; event modality=1/1",
    );
}

#[test]
fn modality_is_part_of_the_all_modalities_key_and_scored_as_an_attribute() {
    let gold = r#"{"events": [{"type": "AGREE", "source": ["RUS"], "target": ["IND"], "negated": false,
                               "modality": "expected"}]}"#;
    let expected = EventRec {
        modality: "expected".into(),
        ..ev("AGREE", "RUS", "IND")
    };
    check(
        gold,
        &events(vec![expected]),
        "events (all modalities)=1/0/0; event negated=1/1; event modality=1/1",
    );
    let proposed = EventRec {
        modality: "proposed".into(),
        ..ev("AGREE", "RUS", "IND")
    };
    check(
        gold,
        &events(vec![proposed]),
        "events (all modalities)=0/1/1; event negated=1/1; event modality=0/1",
    );
}

#[test]
fn event_date_and_mode_are_scored_only_when_the_gold_gives_them() {
    let found = EventRec {
        date: Some("2024-10-22".into()),
        mode: Some("visit".into()),
        ..ev("CONSULT", "IND", "RUS")
    };
    let record = events(vec![found]);
    let base = "events=1/0/0; events (all modalities)=1/0/0";
    check(
        r#"{"events": [{"type": "CONSULT", "source": ["IND"], "target": ["RUS"], "mode": "visit",
                        "date": "2024-10-22"}]}"#,
        &record,
        &format!("{base}; event date=1/1; event mode=1/1"),
    );
    check(
        r#"{"events": [{"type": "CONSULT", "source": ["IND"], "target": ["RUS"], "mode": "phone",
                        "date": "2024-10-21"}]}"#,
        &record,
        &format!("{base}; event date=0/1; event mode=0/1"),
    );
    // Null mode means "not clear" and null or absent date means none given: nothing to score.
    check(
        r#"{"events": [{"type": "CONSULT", "source": ["IND"], "target": ["RUS"], "mode": null,
                        "date": null}]}"#,
        &record,
        base,
    );
}

#[test]
fn events_of_the_same_actors_pair_by_their_attributes() {
    // The same agreement twice, once signed and once only expected; the output lists them the other way
    // round. Pairing on actors alone would score both modalities wrong.
    let gold = r#"{"events": [
        {"type": "AGREE", "source": ["RUS"], "target": ["CHN"], "negated": false, "modality": "asserted"},
        {"type": "AGREE", "source": ["RUS"], "target": ["CHN"], "negated": false, "modality": "expected"}]}"#;
    let expected = EventRec {
        modality: "expected".into(),
        ..ev("AGREE", "RUS", "CHN")
    };
    check(
        gold,
        &events(vec![expected, ev("AGREE", "RUS", "CHN")]),
        "events=1/0/0; events (all modalities)=2/0/0; event negated=2/2; event modality=2/2",
    );
}

#[test]
fn quantities_match_on_kind_and_amount_within_one_percent() {
    let gold = r#"{"quantities": [{"kind": "energy", "amount": 400000000000}]}"#;
    check(
        gold,
        &Record {
            quantities: vec![quantity("energy", 403e9, None, None)],
            ..Record::default()
        },
        "quantities=1/0/0",
    );
    check(
        gold,
        &Record {
            quantities: vec![quantity("energy", 410e9, None, None)],
            ..Record::default()
        },
        "quantities=0/1/1",
    );
    // The right amount under the wrong kind is not the same quantity.
    check(
        gold,
        &Record {
            quantities: vec![quantity("trade", 400e9, None, None)],
            ..Record::default()
        },
        "quantities=0/1/1",
    );
}

#[test]
fn quantity_currency_and_bound_are_reported_beside_the_match() {
    let gold = r#"{"quantities": [{"kind": "loan", "amount": 2000000000, "currency": "USD", "bound": "about"}]}"#;
    let record = |currency, bound| Record {
        quantities: vec![quantity("loan", 2e9, currency, bound)],
        ..Record::default()
    };
    check(
        gold,
        &record(Some("USD"), Some("about")),
        "quantities=1/0/0; quantity currency=1/1; quantity bound=1/1; quantity currency+bound=1/1",
    );
    check(
        gold,
        &record(Some("USD"), None),
        "quantities=1/0/0; quantity currency=1/1; quantity bound=0/1; quantity currency+bound=0/1",
    );
    // A null bound is annotated (an exact amount); an absent currency is not.
    check(
        r#"{"quantities": [{"kind": "loan", "amount": 2000000000, "bound": null}]}"#,
        &record(Some("EUR"), Some("up_to")),
        "quantities=1/0/0; quantity bound=0/1; quantity currency+bound=0/1",
    );
    check(
        r#"{"quantities": [{"kind": "loan", "amount": 2000000000, "date": "2023-05"}]}"#,
        &record(None, None),
        "quantities=1/0/0; quantity date=0/1",
    );
}

#[test]
fn membership_dates_are_scored_when_the_gold_writes_the_field() {
    let record = Record {
        memberships: vec![membership("BRICS", "EGY", "member", Some("2024-01-01"))],
        ..Record::default()
    };
    let with = |date: &str| {
        format!(
            r#"{{"memberships": [{{"bloc": "BRICS", "member": "EGY", "status": "member"{date}}}]}}"#
        )
    };
    check(
        &with(r#", "date": "2024-01-01""#),
        &record,
        "memberships=1/0/0; membership date=1/1",
    );
    check(
        &with(r#", "date": "2024-01""#),
        &record,
        "memberships=1/0/0; membership date=0/1",
    );
    // Null: the text gives no date, so the output should not invent one.
    check(
        &with(r#", "date": null"#),
        &record,
        "memberships=1/0/0; membership date=0/1",
    );
    check(&with(""), &record, "memberships=1/0/0");
    let observer = Record {
        memberships: vec![membership("BRICS", "EGY", "observer", None)],
        ..Record::default()
    };
    check(&with(""), &observer, "memberships=0/1/1");
}

#[test]
fn negated_membership_claims_are_left_out() {
    let negated = MembershipRec {
        negated: true,
        ..membership("EAEU", "UZB", "member", None)
    };
    let record = Record {
        memberships: vec![negated],
        ..Record::default()
    };
    check(r#"{"memberships": []}"#, &record, "");
}

#[test]
fn failures_say_what_was_expected_and_what_was_found() {
    let found = EventRec {
        date: Some("2024-03-02".into()),
        ..ev("CONSULT", "RUS", "CHN")
    };
    let record = Record {
        events: vec![
            found,
            ev("AGREE", "IND", "BRA"),
            ev("ASSAULT", "ISR", "IRN"),
        ],
        quantities: vec![quantity("trade", 7e9, Some("USD"), None)],
        ..Record::default()
    };
    let gold = r#"{"events": [
        {"type": "CONSULT", "source": ["RUS", "CHN"], "target": [], "symmetric": true, "date": "2024-03-01"},
        {"type": "AGREE", "source": ["IND"], "target": ["ZAF"], "negated": true}],
      "quantities": [{"kind": "trade", "amount": 7000000000, "currency": "CNY"}]}"#;
    let (_, failures) = score(gold, &record);
    let shown: Vec<String> = failures
        .iter()
        .map(|f| {
            format!(
                "{} {}: {} / {}",
                f.dimension,
                f.of.as_deref().unwrap_or("-"),
                f.expected.as_deref().unwrap_or("-"),
                f.got.as_deref().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "event date CONSULT {CHN+RUS}: 2024-03-01 / 2024-03-02",
            "event -: AGREE IND>ZAF negated / AGREE IND>BRA",
            "event -: - / ASSAULT ISR>IRN",
            "quantity currency trade 7000000000: CNY / USD",
        ]
    );
}

#[test]
fn gold_values_outside_the_vocabularies_are_problems() {
    let gold = item(
        r#"{"events": [{"type": "AGRE", "source": ["RUS"], "target": ["CHN"], "symmetric": true,
                        "modality": "asserterd"}],
            "memberships": [{"bloc": "SCO", "member": "IND", "status": "members"}],
            "quantities": [{"kind": "oil", "amount": -1, "bound": "around"}]}"#,
    );
    assert_eq!(gold.problems().len(), 7, "{:?}", gold.problems());
    let fine = item(
        r#"{"events": [{"type": "AGREE", "source": ["RUS", "CHN"], "target": [], "symmetric": true,
                        "modality": "denied"}]}"#,
    );
    assert!(fine.problems().is_empty());
}

#[test]
fn empty_counts_score_perfect_and_serialise_with_ratios() {
    let c = Counts::default();
    assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
    let c = Counts {
        tp: 3,
        fp: 1,
        fn_: 3,
    };
    let json = serde_json::to_value(c).unwrap();
    assert_eq!(json["fn"], 3);
    assert_eq!(json["precision"], 0.75);
    assert_eq!(json["recall"], 0.5);
}

#[test]
fn evaluation_pools_by_language_and_by_tag() {
    let extractor = Extractor::embedded();
    let items: Vec<GoldItem> = [
        r#"{"id": "t-1", "lang": "en", "tags": ["capital", "capital", "amount"],
            "text": "Moscow and Beijing signed a gas deal.",
            "mentions": [{"entity": "RUS", "text": "Moscow"}, {"entity": "CHN", "text": "Beijing"}]}"#,
        r#"{"id": "t-2", "lang": "en", "tags": ["capital"], "text": "Tehran welcomed the vote.",
            "mentions": [{"entity": "IRN", "text": "Tehran"}, {"entity": "TUR", "text": "Ankara"}]}"#,
    ]
    .iter()
    .map(|g| item(g))
    .collect();
    let eval = evaluate(&extractor, &items);
    assert_eq!(eval.total.items, 2);
    assert_eq!(eval.by_lang["en"].items, 2);
    // A tag written twice on one item counts the item once.
    assert_eq!(eval.by_tag["capital"].items, 2);
    assert_eq!(eval.by_tag["amount"].items, 1);
    assert_eq!(
        eval.by_tag["amount"].mentions,
        Counts {
            tp: 2,
            fp: 0,
            fn_: 0
        }
    );
    assert_eq!(eval.by_tag["capital"].mentions.fn_, 1);
    let t2: Vec<&Failure> = eval
        .items
        .iter()
        .filter(|i| i.id == "t-2")
        .flat_map(|i| &i.failures)
        .collect();
    assert_eq!(t2.len(), 1);
    assert_eq!(t2[0].expected.as_deref(), Some("TUR (Ankara)"));
}

fn errors(gold: &str, record: &Record) -> String {
    let (s, _) = score(gold, record);
    s.event_errors
        .named()
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!("{name}={n}"))
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn event_errors_say_whether_the_trigger_or_the_actors_were_wrong() {
    let gold = |events: &str, text: &str| format!(r#"{{"text": "{text}", "events": [{events}]}}"#);
    let sanction = r#"{"type": "SANCTION", "source": ["USA"], "target": ["RUS"]}"#;
    // Nothing found, and the scanner saw no trigger of the type: a lexicon gap.
    assert_eq!(
        errors(
            &gold(sanction, "The United States and Russia."),
            &events(vec![])
        ),
        "missed: no trigger=1"
    );
    // Nothing found although the scanner saw "sanctions": the rules dropped it.
    assert_eq!(
        errors(
            &gold(sanction, "The United States imposed sanctions on Russia."),
            &events(vec![])
        ),
        "missed: trigger dropped=1"
    );
    // The same parties under another type; no trigger of the gold type in the text.
    assert_eq!(
        errors(
            &gold(sanction, ""),
            &events(vec![ev("ACCUSE", "USA", "RUS")])
        ),
        "missed: other type=1;   of which no trigger=1; false: type not in gold=1"
    );
    // … and with one: the rules coded the parties' other act and dropped this one.
    assert_eq!(
        errors(
            &gold(sanction, "The United States imposed sanctions on Russia."),
            &events(vec![ev("ACCUSE", "USA", "RUS")])
        ),
        "missed: other type=1; false: type not in gold=1"
    );
    // The right type with a wrong side.
    assert_eq!(
        errors(
            &gold(sanction, ""),
            &events(vec![ev("SANCTION", "USA", "CHN")])
        ),
        "missed: target wrong=1; false: other actors=1"
    );
    assert_eq!(
        errors(
            &gold(sanction, ""),
            &events(vec![ev("SANCTION", "GBR", "RUS")])
        ),
        "missed: source wrong=1; false: other actors=1"
    );
    assert_eq!(
        errors(
            &gold(sanction, ""),
            &events(vec![ev("SANCTION", "GBR", "CHN")])
        ),
        "missed: both/parties=1; false: other actors=1"
    );
    // Found, but not as having happened.
    let mut negated = ev("SANCTION", "USA", "RUS");
    negated.negated = true;
    assert_eq!(
        errors(&gold(sanction, ""), &events(vec![negated])),
        "missed: negated/modality=1"
    );
    // A false find of an event the gold holds as negated.
    let negated_gold =
        r#"{"type": "SANCTION", "source": ["USA"], "target": ["RUS"], "negated": true}"#;
    assert_eq!(
        errors(
            &gold(negated_gold, ""),
            &events(vec![ev("SANCTION", "USA", "RUS")])
        ),
        "false: negated/modality=1"
    );
    // Right is right.
    assert_eq!(
        errors(
            &gold(sanction, ""),
            &events(vec![ev("SANCTION", "USA", "RUS")])
        ),
        ""
    );
}
