// Shared by the tests of the crates above the store (analysis, server), which include it with
// `include!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tools/test/news_store.rs"));`: the store is the
// wrong layer to extract documents, and a test-support crate for one function would be heavier.

/// An in-memory store with the reference data and the sample corpus `examples/news`, extracted with the
/// embedded lexicon.
fn news_store() -> blocwatch_store::SqliteStore {
    use blocwatch_extract::{Extractor, Input};
    use blocwatch_input::{read_inputs, InputOptions};

    let store = blocwatch_store::SqliteStore::open_in_memory().expect("in-memory store");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/news");
    let extractor = Extractor::embedded();
    let mut batch = Vec::new();
    for item in read_inputs(&[root], &InputOptions::default()) {
        let d = item.expect("sample corpus document");
        let record = extractor.extract(&Input::from(&d));
        batch.push((record, d.text));
    }
    assert!(
        batch.len() >= 50,
        "the sample corpus has {} documents",
        batch.len()
    );
    store.ingest(&batch).expect("ingest the sample corpus");
    store
}
