//! An in-memory `KnowledgeBase` for the questions' tests: the real reference data (read from
//! `data/reference/` at run time) plus news rows each test writes itself.

use std::path::Path;

use blocwatch_store::{
    BlocRow, ClaimRow, DocRow, EventFilter, EventRow, Evidence, KnowledgeBase, MembershipRow,
    QuantityRow, SentenceHit, StoreError, TreatyRow,
};

#[derive(Debug, Default)]
pub struct MemKb {
    pub blocs: Vec<BlocRow>,
    pub memberships: Vec<MembershipRow>,
    pub treaties: Vec<TreatyRow>,
    pub claims: Vec<ClaimRow>,
    pub events: Vec<EventRow>,
    pub quantities: Vec<QuantityRow>,
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn rows(file: &str) -> Vec<csv::StringRecord> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/reference")
        .join(file);
    let mut rdr =
        csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    rdr.records().map(|r| r.expect("a CSV row")).collect()
}

impl MemKb {
    /// The reference data and no news.
    pub fn reference() -> MemKb {
        let blocs = rows("blocs.csv")
            .iter()
            .map(|r| BlocRow {
                id: r[0].to_string(),
                name_en: r[1].to_string(),
                name_ar: r[2].to_string(),
                name_ru: r[3].to_string(),
                kind: r[4].to_string(),
                founded: opt(&r[5]),
                dissolved: opt(&r[6]),
                predecessor: opt(&r[7]),
                successor: opt(&r[8]),
                source: r[9].to_string(),
                note: opt(&r[10]),
            })
            .collect();
        let memberships = rows("memberships.csv")
            .iter()
            .map(|r| MembershipRow {
                bloc: r[0].to_string(),
                member: r[1].to_string(),
                status: r[2].to_string(),
                from: opt(&r[3]),
                to: opt(&r[4]),
                source: r[5].to_string(),
                note: opt(&r[6]),
            })
            .collect();
        let treaties = rows("treaties.csv")
            .iter()
            .map(|r| TreatyRow {
                id: r[0].to_string(),
                name: r[1].to_string(),
                parties: r[2].split_whitespace().map(String::from).collect(),
                kind: r[3].to_string(),
                signed: opt(&r[4]),
                in_force: opt(&r[5]),
                ended: opt(&r[6]),
                source: r[7].to_string(),
                note: opt(&r[8]),
            })
            .collect();
        MemKb {
            blocs,
            memberships,
            treaties,
            ..MemKb::default()
        }
    }

    /// Adds an event written by the test: `kind` from `source` to `target` (empty: symmetric).
    #[allow(clippy::too_many_arguments)]
    pub fn event(
        &mut self,
        kind: &str,
        score: f32,
        source: &[&str],
        target: &[&str],
        date: &str,
        negated: bool,
        modality: &str,
        text: &str,
    ) -> &mut MemKb {
        let id = self.events.len() as i64 + 1;
        self.events.push(EventRow {
            id,
            kind: kind.to_string(),
            mode: None,
            context: Vec::new(),
            score,
            source: source.iter().map(|s| s.to_string()).collect(),
            target: target.iter().map(|s| s.to_string()).collect(),
            date: Some(date.to_string()),
            negated,
            modality: modality.to_string(),
            reported_by: None,
            trigger: String::new(),
            evidence: evidence(&format!("doc-{id}"), date, text),
        });
        self
    }

    pub fn claim(
        &mut self,
        bloc: &str,
        member: &str,
        status: &str,
        date: &str,
        negated: bool,
        text: &str,
    ) {
        let n = self.claims.len();
        self.claims.push(ClaimRow {
            bloc: bloc.to_string(),
            member: member.to_string(),
            status: status.to_string(),
            date: Some(date.to_string()),
            negated,
            evidence: evidence(&format!("claim-{n}"), date, text),
        });
    }

    pub fn amount(
        &mut self,
        kind: &str,
        amount: f64,
        currency: &str,
        parties: &[&str],
        date: &str,
        text: &str,
    ) {
        let n = self.quantities.len();
        self.quantities.push(QuantityRow {
            kind: kind.to_string(),
            amount,
            currency: Some(currency.to_string()),
            bound: None,
            parties: parties.iter().map(|s| s.to_string()).collect(),
            date: Some(date.to_string()),
            evidence: evidence(&format!("amount-{n}"), date, text),
        });
    }
}

pub fn evidence(doc: &str, date: &str, text: &str) -> Evidence {
    Evidence {
        doc_id: doc.to_string(),
        source: format!("test#{doc}"),
        url: None,
        title: None,
        lang: Some("en".into()),
        doc_date: Some(date.to_string()),
        sentence: [0, text.len()],
        text: text.to_string(),
    }
}

fn in_range(date: Option<&str>, from: Option<&str>, to: Option<&str>) -> bool {
    match date {
        None => from.is_none() && to.is_none(),
        Some(d) => from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t),
    }
}

impl KnowledgeBase for MemKb {
    fn blocs(&self) -> Result<Vec<BlocRow>, StoreError> {
        Ok(self.blocs.clone())
    }
    fn memberships(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<MembershipRow>, StoreError> {
        Ok(self
            .memberships
            .iter()
            .filter(|m| bloc.is_none_or(|b| m.bloc == b) && member.is_none_or(|x| m.member == x))
            .cloned()
            .collect())
    }
    fn treaties(&self, party: Option<&str>) -> Result<Vec<TreatyRow>, StoreError> {
        Ok(self
            .treaties
            .iter()
            .filter(|t| party.is_none_or(|p| t.parties.iter().any(|x| x == p)))
            .cloned()
            .collect())
    }
    fn claims(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<ClaimRow>, StoreError> {
        Ok(self
            .claims
            .iter()
            .filter(|c| bloc.is_none_or(|b| c.bloc == b) && member.is_none_or(|x| c.member == x))
            .cloned()
            .collect())
    }
    fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let has = |e: &EventRow, id: &str| e.source.iter().chain(&e.target).any(|x| x == id);
        let mut out: Vec<EventRow> = self
            .events
            .iter()
            .filter(|e| f.include_negated || !e.negated)
            .filter(|e| f.actor.as_deref().is_none_or(|a| has(e, a)))
            .filter(|e| f.dyad.as_ref().is_none_or(|(a, b)| has(e, a) && has(e, b)))
            .filter(|e| f.types.is_empty() || f.types.contains(&e.kind))
            .filter(|e| in_range(e.date.as_deref(), f.from.as_deref(), f.to.as_deref()))
            .cloned()
            .collect();
        out = out.into_iter().skip(f.offset).collect();
        if let Some(l) = f.limit {
            out.truncate(l);
        }
        Ok(out)
    }
    fn quantities(
        &self,
        party: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<QuantityRow>, StoreError> {
        Ok(self
            .quantities
            .iter()
            .filter(|q| party.is_none_or(|p| q.parties.iter().any(|x| x == p)))
            .filter(|q| in_range(q.date.as_deref(), from, to))
            .cloned()
            .collect())
    }
    fn search(
        &self,
        query: &str,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SentenceHit>, StoreError> {
        let q = query.to_lowercase();
        Ok(self
            .events
            .iter()
            .map(|e| &e.evidence)
            .filter(|e| lang.is_none_or(|l| e.lang.as_deref() == Some(l)))
            .filter(|e| {
                q.split_whitespace()
                    .all(|w| e.text.to_lowercase().contains(w))
            })
            .skip(offset)
            .take(limit)
            .map(|e| SentenceHit {
                evidence: e.clone(),
                rank: 1.0,
                entities: Vec::new(),
            })
            .collect())
    }
    fn document(&self, _id: &str) -> Result<Option<DocRow>, StoreError> {
        Ok(None)
    }
    fn documents(
        &self,
        _lang: Option<&str>,
        _limit: usize,
        _offset: usize,
    ) -> Result<Vec<DocRow>, StoreError> {
        Ok(Vec::new())
    }
    fn countries(&self) -> Result<Vec<String>, StoreError> {
        let mut out: Vec<String> = self.memberships.iter().map(|m| m.member.clone()).collect();
        out.extend(self.treaties.iter().flat_map(|t| t.parties.clone()));
        out.sort();
        out.dedup();
        Ok(out)
    }
}
