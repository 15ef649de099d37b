//! The trainer is deterministic, inference is wired into the coder, and without a model (or with one
//! that says nothing) the coder's output is the rules'.

use std::path::Path;
use std::rc::Rc;

use blocwatch_extract::eval::GoldItem;
use blocwatch_extract::{with_type_model, Extractor, Record, TypeModel};
use blocwatch_type_model::{examples, load, model, train, Item, Settings};

fn dev(file: &str) -> Vec<Item> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../eval/dev")
        .join(file);
    load(&p).expect("a dev file")
}

fn extract(x: &Extractor, g: &GoldItem) -> Record {
    x.extract(&g.input())
}

fn fixture(id: &str, text: &str, events: &str) -> Item {
    let line = format!(r#"{{"id": "{id}", "lang": "en", "text": "{text}", "events": {events}}}"#);
    Item {
        file: "fixture".to_string(),
        gold: serde_json::from_str(&line).expect("fixture json"),
    }
}

#[test]
fn training_twice_gives_the_same_weights() {
    let x = Extractor::embedded();
    let items = dev("ru_3.jsonl");
    let refs: Vec<&Item> = items.iter().collect();
    let ex = examples(&x, &refs);
    assert!(ex.len() > 10, "only {} events", ex.len());
    let a = train(&ex, &Settings::default());
    let b = train(&examples(&x, &refs), &Settings::default());
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn a_model_fit_to_a_fixture_retypes_and_drops() {
    let x = Extractor::embedded();
    // Written for this test: the gold deliberately disagrees with the rules (talks called cooperation;
    // a purchase the gold holds no event for), so only a wired-in model can change the output.
    let talks = "Russia and China held talks in Moscow on Monday.";
    let bought = "Turkey bought Russian air defence systems last year.";
    let items = [
        fixture(
            "f1",
            talks,
            r#"[{"type": "COOPERATE", "source": ["RUS", "CHN"], "target": [], "symmetric": true}]"#,
        ),
        fixture("f2", bought, "[]"),
    ];
    let refs: Vec<&Item> = items.iter().collect();
    let ex = examples(&x, &refs);
    assert_eq!(ex.len(), 2, "one event per fixture sentence");
    let mut many = Vec::new();
    for _ in 0..20 {
        many.extend(ex.iter().cloned());
    }
    let rows = train(&many, &Settings::default());
    let m = Rc::new(model(&rows, 0.0, 0.0).expect("model"));
    let kinds = |g: &GoldItem, m: Option<Rc<TypeModel>>| -> Vec<String> {
        with_type_model(m, || extract(&x, g))
            .events
            .into_iter()
            .map(|e| e.kind)
            .collect()
    };
    assert_eq!(kinds(&items[0].gold, None), ["CONSULT"]);
    assert_eq!(kinds(&items[0].gold, Some(m.clone())), ["COOPERATE"]);
    assert_eq!(kinds(&items[1].gold, None), ["AID"]);
    assert!(kinds(&items[1].gold, Some(m.clone())).is_empty());
    // The margins gate it: with an infinite margin the rules decide again.
    let off = Rc::new(model(&rows, f32::INFINITY, f32::INFINITY).expect("model"));
    assert_eq!(kinds(&items[0].gold, Some(off.clone())), ["CONSULT"]);
    assert_eq!(kinds(&items[1].gold, Some(off)), ["AID"]);
}

#[test]
fn without_a_model_the_rules_decide() {
    let x = Extractor::embedded();
    // A model with no weights scores every class 0: a tie never overrules the rules, even at margin 0.
    let empty = Rc::new(model(&[], 0.0, 0.0).expect("model"));
    for file in ["ar_3.jsonl", "en_3.jsonl", "ru_3.jsonl"] {
        for it in dev(file) {
            let none = with_type_model(None, || extract(&x, &it.gold));
            let zero = with_type_model(Some(empty.clone()), || extract(&x, &it.gold));
            assert_eq!(none, zero, "{}", it.gold.id);
        }
    }
    // The shipped model file is well formed.
    blocwatch_extract::embedded_type_model().expect("data/events/type_model.tsv");
}

#[test]
fn each_retired_held_out_set_is_a_group_and_the_rest_one_more() {
    use blocwatch_type_model::{group, groups};
    assert_eq!(group("en_h1"), "h1");
    assert_eq!(group("ar_h10"), "h10", "not h1");
    assert_eq!(group("ru_h19"), "h19");
    for rest in ["en", "ar_11", "ru_m11", "en_h", "en_hx"] {
        assert_eq!(group(rest), "rest", "{rest}");
    }
    let names = ["ru_h10", "en", "ar_h2", "en_h1", "ru_m11"];
    let items: Vec<Item> = names
        .iter()
        .map(|n| Item {
            file: n.to_string(),
            ..fixture("g", "Russia and China held talks.", "[]")
        })
        .collect();
    assert_eq!(groups(&items), ["h1", "h2", "h10", "rest"]);
}

#[test]
fn the_trainers_verdict_is_the_coders() {
    use blocwatch_type_model::{prepare, score_with};
    let x = Extractor::embedded();
    // Written for this test (as above): talks the gold calls cooperation, a purchase it holds no event for.
    let items = [
        fixture(
            "v1",
            "Egypt and Greece held talks in Athens on Tuesday.",
            r#"[{"type": "COOPERATE", "source": ["EGY", "GRC"], "target": [], "symmetric": true}]"#,
        ),
        fixture("v2", "India bought French fighter jets last spring.", "[]"),
    ];
    let prepared: Vec<_> = items.iter().map(|i| prepare(&x, i)).collect();
    let mut many = Vec::new();
    for _ in 0..20 {
        for p in &prepared {
            many.extend(p.examples.iter().cloned());
        }
    }
    let rows = train(&many, &Settings::default());
    for (r, d) in [(0.0, 0.0), (f32::INFINITY, f32::INFINITY)] {
        let m = Rc::new(model(&rows, r, d).expect("model"));
        let mut acted = 0;
        for (it, p) in items.iter().zip(&prepared) {
            // Re-coding only the items the model acts on scores what coding everything does.
            let full = with_type_model(Some(m.clone()), || {
                blocwatch_extract::eval::evaluate(&x, std::slice::from_ref(&it.gold))
            });
            assert_eq!(
                score_with(&x, it, p, &m),
                full.total.events,
                "{}",
                it.gold.id
            );
            let acts = p.examples.iter().any(|e| {
                m.judge(&e.features, blocwatch_extract::CLASSES[e.rule])
                    .is_some()
            });
            acted += usize::from(acts);
        }
        // The fitted model overrules the rules at margin 0, never at an infinite one.
        assert_eq!(acted > 0, r == 0.0, "margin {r}");
    }
}
