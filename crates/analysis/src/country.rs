//! `country`: a state's memberships, treaties and strongest relations on a date.

use blocwatch_store::{Evidence, KnowledgeBase, MembershipRow, TreatyRow};
use serde::{Deserialize, Serialize};

use crate::align::{load_both, score_partners};
use crate::dates::{covers, point};
use crate::error::AnalysisError;
use crate::names::{name_of, resolve_country};
use crate::weights::Weights;

/// A state's profile on a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryReport {
    pub id: String,
    pub name: String,
    pub at: String,
    /// Reference membership rows covering the date (`former` ones included: leaving is part of the
    /// profile), each with its source.
    pub memberships: Vec<MembershipRow>,
    /// Treaties signed on or before the date and not ended.
    pub treaties: Vec<TreatyRow>,
    /// The strongest relations by news balance: the most cooperative and the most conflictual partners.
    pub relations: Vec<Relation>,
}

/// The news balance between the state and one partner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub country: String,
    pub name: String,
    /// −1…1: the cooperation–conflict balance of the news (recent events weigh more).
    pub balance: f64,
    /// −1…1: the partner's stated positions towards the state.
    pub stances: f64,
    /// Events that count, and negated ones (which do not count as the event).
    pub events: usize,
    pub negated: usize,
    pub evidence: Vec<Evidence>,
}

/// The profile of `id` (an id or a name) on `at` (default today).
pub fn country(
    kb: &dyn KnowledgeBase,
    id: &str,
    at: Option<&str>,
) -> Result<CountryReport, AnalysisError> {
    country_with(kb, id, at, &Weights::embedded())
}

/// [`country`] with other weights.
pub fn country_with(
    kb: &dyn KnowledgeBase,
    id: &str,
    at: Option<&str>,
    w: &Weights,
) -> Result<CountryReport, AnalysisError> {
    let at = point(at)?;
    let id = resolve_country(kb, id)?;
    let mut memberships: Vec<MembershipRow> = kb
        .memberships(None, Some(&id))?
        .into_iter()
        .filter(|m| covers(m.from.as_deref(), m.to.as_deref(), &at))
        .collect();
    memberships.sort_by(|a, b| {
        let full = |s: &str| !matches!(s, "founder" | "member");
        full(&a.status)
            .cmp(&full(&b.status))
            .then(a.from.cmp(&b.from))
            .then(a.bloc.cmp(&b.bloc))
    });
    let mut treaties: Vec<TreatyRow> = kb
        .treaties(Some(&id))?
        .into_iter()
        .filter(|t| crate::align::treaty_in_force(t, &at))
        .collect();
    treaties.sort_by(|a, b| b.signed.cmp(&a.signed).then(a.id.cmp(&b.id)));

    let (reference, mut focal) = load_both(kb, &id, &at, w)?;
    let scores = score_partners(&reference, w, &focal);
    let n_evidence = w.params.evidence_per_item.max(0.0) as usize;
    let mut relations: Vec<Relation> = scores
        .iter()
        // A partner named only in negated events has no balance to show.
        .filter(|(_, s)| s.news_events + s.stance_events > 0)
        .map(|(y, s)| Relation {
            country: y.clone(),
            name: name_of(y),
            balance: s.components.news,
            stances: s.components.stances,
            events: s.news_events,
            negated: s.negated_events,
            evidence: Vec::new(),
        })
        .collect();
    // Strongest first (either sign), then shown from most cooperative to most conflictual.
    relations.sort_by(|a, b| {
        strength(b)
            .total_cmp(&strength(a))
            .then(a.country.cmp(&b.country))
    });
    relations.truncate(w.params.relations.max(0.0) as usize);
    // Evidence sentences are read only for the relations shown.
    focal.fetch_evidence(
        kb,
        relations.iter().filter_map(|r| scores.get(&r.country)),
        n_evidence,
    )?;
    for r in &mut relations {
        if let Some(s) = scores.get(&r.country) {
            r.evidence = s.top_evidence(&focal, n_evidence);
        }
    }
    relations.sort_by(|a, b| {
        b.balance
            .total_cmp(&a.balance)
            .then(a.country.cmp(&b.country))
    });
    Ok(CountryReport {
        name: name_of(&id),
        id,
        at,
        memberships,
        treaties,
        relations,
    })
}

fn strength(r: &Relation) -> f64 {
    r.balance.abs() + 0.5 * r.stances.abs()
}
