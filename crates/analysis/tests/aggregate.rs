//! The store's aggregate reads (`event_groups`, `event_years`, `events_by_id` of `SqliteStore`) against
//! the trait's default implementations, which compute them from the event rows: every question that uses
//! them must answer the same on the sample corpus `examples/news`.

use blocwatch_analysis::{country, prospects, ProspectOptions};
use blocwatch_store::{
    BlocRow, ClaimRow, DocRow, EventFilter, EventGroupQuery, EventRow, KnowledgeBase,
    MembershipRow, QuantityRow, SentenceHit, SqliteStore, StoreError, TreatyRow,
};

/// The same store seen only through the trait's required methods: the aggregate methods fall back to
/// their defaults, computed from rows.
struct RowPath<'a>(&'a SqliteStore);

impl KnowledgeBase for RowPath<'_> {
    fn blocs(&self) -> Result<Vec<BlocRow>, StoreError> {
        self.0.blocs()
    }
    fn memberships(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<MembershipRow>, StoreError> {
        self.0.memberships(bloc, member)
    }
    fn treaties(&self, party: Option<&str>) -> Result<Vec<TreatyRow>, StoreError> {
        self.0.treaties(party)
    }
    fn claims(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<ClaimRow>, StoreError> {
        self.0.claims(bloc, member)
    }
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        self.0.events(filter)
    }
    fn quantities(
        &self,
        party: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<QuantityRow>, StoreError> {
        self.0.quantities(party, from, to)
    }
    fn search(
        &self,
        query: &str,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SentenceHit>, StoreError> {
        self.0.search(query, lang, limit, offset)
    }
    fn document(&self, id: &str) -> Result<Option<DocRow>, StoreError> {
        self.0.document(id)
    }
    fn documents(
        &self,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<DocRow>, StoreError> {
        self.0.documents(lang, limit, offset)
    }
    fn countries(&self) -> Result<Vec<String>, StoreError> {
        self.0.countries()
    }
}

include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tools/test/news_store.rs"
));

#[test]
fn aggregate_reads_answer_like_the_row_path() {
    let store = news_store();
    let rows = RowPath(&store);
    let mut groups_seen = 0;
    for id in [
        "RUS", "CHN", "IND", "IRN", "USA", "TUR", "KAZ", "EGY", "SAU", "BLR",
    ] {
        for at in ["2024-12-31", "2021-06-30", "2030-01-01"] {
            let q = EventGroupQuery {
                actor: id.to_string(),
                from: "2015".to_string(),
                to: at.to_string(),
                at: at.to_string(),
                half_lives: vec![730.0, 1825.0],
                latest: 3,
            };
            let (a, b) = (
                store.event_groups(&q).unwrap(),
                rows.event_groups(&q).unwrap(),
            );
            assert_eq!(a, b, "{id} {at}: groups");
            groups_seen += a.len();
            assert_eq!(
                store.event_years(id, "2015", at).unwrap(),
                rows.event_years(id, "2015", at).unwrap(),
                "{id} {at}: years"
            );
            let opts = ProspectOptions {
                at: Some(at.to_string()),
                ..ProspectOptions::default()
            };
            let (pa, pb) = (
                prospects(&store, id, &opts).unwrap(),
                prospects(&rows, id, &opts).unwrap(),
            );
            assert_eq!(pa, pb, "prospects {id} {at}");
            let (ca, cb) = (
                country(&store, id, Some(at)).unwrap(),
                country(&rows, id, Some(at)).unwrap(),
            );
            assert_eq!(ca, cb, "country {id} {at}");
            assert!(
                pa.ranked
                    .iter()
                    .all(|p| p.news_events == 0 || !p.evidence.is_empty()),
                "prospects {id} {at}: a partner with news has no evidence"
            );
        }
    }
    assert!(
        groups_seen > 100,
        "only {groups_seen} groups: the corpus exercises nothing"
    );
    // Ids unknown to the store are left out; known ones come back with their sentence.
    let mut some: Vec<i64> = store
        .events(&EventFilter {
            limit: Some(5),
            include_negated: true,
            ..EventFilter::default()
        })
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    some.sort_unstable();
    let mut ask = some.clone();
    ask.push(i64::MAX);
    let by_id = |kb: &dyn KnowledgeBase| {
        let mut v = kb.events_by_id(&ask).unwrap();
        v.sort_by_key(|e| e.id);
        v
    };
    let got = by_id(&store);
    assert_eq!(got.iter().map(|e| e.id).collect::<Vec<_>>(), some);
    assert_eq!(got, by_id(&rows));
}
