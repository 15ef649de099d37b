//! Events coded from the five seed articles, read from `../shared/seeds/` at run time (their text is never
//! copied here). The expectations are the facts the articles state, written by the team: who did what to
//! whom, with the modality the article gives it.

use std::path::{Path, PathBuf};

use blocwatch_extract::{plover_events, EventRec, Extractor, Input, Record};

fn seeds_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seeds"
    ))
}

fn seed(prefix: &str) -> Option<(String, Record)> {
    let dir = seeds_dir();
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    let text = std::fs::read_to_string(entry.path()).ok()?;
    let rec = Extractor::embedded().extract(&Input {
        source: "seed",
        ..Input::text(&text)
    });
    Some((text, rec))
}

fn has(rec: &Record, kind: &str, source: &[&str], target: &[&str], modality: &str) -> bool {
    let same = |a: &[String], b: &[&str]| {
        let mut a: Vec<&str> = a.iter().map(String::as_str).collect();
        let mut b = b.to_vec();
        a.sort_unstable();
        b.sort_unstable();
        a == b
    };
    rec.events.iter().any(|e: &EventRec| {
        e.kind == kind
            && same(&e.source, source)
            && same(&e.target, target)
            && e.modality == modality
            && !e.negated
    })
}

#[track_caller]
fn expect(rec: &Record, kind: &str, source: &[&str], target: &[&str], modality: &str) {
    assert!(
        has(rec, kind, source, target, modality),
        "expected {kind} {source:?}>{target:?} ({modality}) in {:#?}",
        rec.events
            .iter()
            .map(|e| format!(
                "{} {:?}>{:?} {} neg={} «{}»",
                e.kind, e.source, e.target, e.modality, e.negated, e.trigger
            ))
            .collect::<Vec<_>>()
    );
}

/// Every event cites its sentence exactly, and no actor is its own target.
fn well_formed(text: &str, rec: &Record) {
    for e in &rec.events {
        let [s, t] = e.sentence;
        assert_eq!(text.get(s..t), Some(e.text.as_str()), "{e:?}");
        assert!(e.text.contains(&e.trigger), "{e:?}");
        assert!(!e.source.is_empty(), "{e:?}");
        assert!(e.target.iter().all(|x| !e.source.contains(x)), "{e:?}");
    }
}

#[test]
fn seeds_are_present() {
    // The other tests skip a missing seed; this one says so loudly.
    assert!(
        Path::new(&seeds_dir()).is_dir(),
        "the seed articles are expected in ../shared/seeds"
    );
}

#[test]
fn seed_000_applications_and_the_bric_agreement() {
    let Some((text, rec)) = seed("000_") else {
        return;
    };
    well_formed(&text, &rec);
    // India and Pakistan applied in 2015 to join the SCO (the article calls it the security bloc).
    expect(&rec, "REQUEST", &["IND", "PAK"], &["SCO"], "asserted");
    let req = rec.events.iter().find(|e| e.kind == "REQUEST").unwrap();
    assert_eq!(req.date.as_deref(), Some("2015"));
    // Brazil, Russia, India and China agreed in 2009 to found an economic bloc.
    expect(
        &rec,
        "AGREE",
        &["BRA", "RUS", "IND", "CHN"],
        &[],
        "asserted",
    );
    let agree = rec.events.iter().find(|e| e.kind == "AGREE").unwrap();
    assert_eq!(agree.date.as_deref(), Some("2009"));
}

#[test]
fn seed_001_latin_american_deals() {
    let Some((text, rec)) = seed("001_") else {
        return;
    };
    well_formed(&text, &rec);
    // Joint military exercises of Russian and Venezuelan forces.
    expect(&rec, "COOPERATE", &["RUS", "VEN"], &[], "asserted");
    // Russia wrote off Cuba's debt: economic aid.
    expect(&rec, "AID", &["RUS"], &["CUB"], "asserted");
    let aid = rec.events.iter().find(|e| e.kind == "AID").unwrap();
    assert_eq!(aid.mode.as_deref(), Some("economic"));
    // The Russian president criticised the United Kingdom.
    expect(&rec, "ACCUSE", &["RUS"], &["GBR"], "asserted");
}

#[test]
fn seed_002_western_sanctions() {
    let Some((text, rec)) = seed("002_") else {
        return;
    };
    well_formed(&text, &rec);
    // The former Soviet republics back the sanctions the West imposed on Russia.
    expect(&rec, "SANCTION", &["WST"], &["RUS"], "asserted");
}

#[test]
fn seed_003_russia_china_partnership() {
    let Some((text, rec)) = seed("003_") else {
        return;
    };
    well_formed(&text, &rec);
    expect(&rec, "COOPERATE", &["RUS", "CHN"], &[], "asserted");
}

#[test]
fn seed_004_drones_and_the_expected_treaty() {
    let Some((text, rec)) = seed("004_") else {
        return;
    };
    well_formed(&text, &rec);
    // Iran supplied Moscow with drones after the invasion: military aid.
    expect(&rec, "AID", &["IRN"], &["RUS"], "asserted");
    // The drone deliveries that both governments denied.
    expect(&rec, "AID", &["IRN"], &["RUS"], "denied");
    // Russia is expected to sign the comprehensive strategic partnership treaty with Iran.
    expect(&rec, "AGREE", &["RUS", "IRN"], &[], "expected");
    // China supports enlarging BRICS.
    expect(&rec, "SUPPORT", &["CHN"], &["BRICS"], "asserted");
    // The denied and the expected events are not exported as things that happened.
    let exported = plover_events(&rec, false);
    assert!(exported.iter().all(|e| e.event != "AGREE"));
    assert_eq!(
        exported
            .iter()
            .filter(|e| e.event == "AID" && e.actor == "IRN")
            .count(),
        1
    );
}
