//! `Stages::Entities` (issue 2's record, `blocwatch extract --stages entities`) gives exactly the mentions
//! and entities the whole pipeline gives, and nothing from the sentence stages.

use std::path::PathBuf;

use blocwatch_extract::{Extractor, Input, Record, Stages};

fn both(text: &str) -> (Record, Record) {
    let input = Input {
        source: "t",
        date: Some("2025-06-01"),
        ..Input::text(text)
    };
    let all = Extractor::embedded().extract(&input);
    let entities = Extractor::embedded()
        .with_stages(Stages::Entities)
        .extract(&input);
    (all, entities)
}

fn assert_same_entities(all: &Record, entities: &Record, what: &str) {
    assert_eq!(all.doc, entities.doc, "{what}: doc");
    assert_eq!(all.mentions, entities.mentions, "{what}: mentions");
    assert_eq!(all.entities, entities.entities, "{what}: entities");
    assert!(entities.events.is_empty(), "{what}: events");
    assert!(entities.memberships.is_empty(), "{what}: memberships");
    assert!(entities.quantities.is_empty(), "{what}: quantities");
}

#[test]
fn own_sentences_in_three_languages() {
    // Written for this test; each states an event, an amount and a membership, so the full pipeline fills
    // every array and the comparison means something.
    let texts = [
        "Egypt joined BRICS in 2024. Russia and Iran signed a $4 billion gas deal in Tehran on Monday.",
        "انضمت مصر إلى مجموعة بريكس عام 2024. ووقعت روسيا وإيران في طهران اتفاقا للغاز بقيمة 4 مليارات دولار.",
        "Египет вступил в БРИКС в 2024 году. Россия и Иран подписали в Тегеране газовое соглашение на 4 млрд долларов.",
    ];
    for text in texts {
        let (all, entities) = both(text);
        assert!(
            !all.events.is_empty(),
            "{text}: no events in the full record"
        );
        assert!(
            !all.memberships.is_empty(),
            "{text}: no memberships in the full record"
        );
        assert!(
            !all.quantities.is_empty(),
            "{text}: no amounts in the full record"
        );
        assert!(
            entities.mentions.len() >= 4,
            "{text}: {:?}",
            entities.mentions
        );
        assert_same_entities(&all, &entities, text);
    }
}

#[test]
fn seed_articles_keep_their_mentions() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seeds"
    ));
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("../shared/seeds") {
        let path = entry.expect("a seed").path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let (all, entities) = both(&text);
        assert_same_entities(&all, &entities, &path.display().to_string());
        seen += 1;
    }
    assert!(seen >= 5, "only {seen} seeds read from {}", dir.display());
}

#[test]
fn the_default_runs_every_stage() {
    assert_eq!(Extractor::embedded().stages(), Stages::All);
    let e = Extractor::embedded().with_stages(Stages::Entities);
    assert_eq!(e.stages(), Stages::Entities);
}
