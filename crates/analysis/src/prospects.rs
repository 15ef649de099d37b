//! `prospects`: "what countries could this state join an alliance with?" — every state ranked by an
//! alignment index.

use blocwatch_store::{Evidence, KnowledgeBase};
use serde::{Deserialize, Serialize};

use crate::align::{
    load_both, score_partners, Components, Focal, PairScore, Reference, SharedBloc, TreatyShare,
};
use crate::dates::point;
use crate::error::AnalysisError;
use crate::names::{name_of, resolve_country};
use crate::weights::Weights;

/// Options of `prospects` and `assess`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProspectOptions {
    /// The date asked (default today).
    pub at: Option<String>,
    /// How many partners to list.
    pub top: usize,
    pub weights: Weights,
}

impl Default for ProspectOptions {
    fn default() -> ProspectOptions {
        ProspectOptions {
            at: None,
            top: 20,
            weights: Weights::embedded(),
        }
    }
}

/// The ranking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProspectsReport {
    pub country: String,
    pub name: String,
    pub at: String,
    pub weights: Weights,
    /// How many states were ranked (the list is cut to `top`).
    pub considered: usize,
    pub ranked: Vec<Prospect>,
}

/// One partner and why it ranks where it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prospect {
    pub country: String,
    pub name: String,
    pub index: f64,
    pub components: Components,
    /// Ids of the blocs both belong to (details in `blocs`).
    pub shared_blocs: Vec<String>,
    /// Ids of the treaties in force between them (details in `treaty_details`).
    pub treaties: Vec<String>,
    pub blocs: Vec<SharedBloc>,
    pub treaty_details: Vec<TreatyShare>,
    pub news_events: usize,
    pub stance_events: usize,
    pub negated_events: usize,
    /// Amounts naming both, in billions of dollars (largest per kind).
    pub economy_usd_bn: f64,
    /// The strongest evidence sentences behind the news, stance and economy components.
    pub evidence: Vec<Evidence>,
}

impl Prospect {
    pub(crate) fn from_score(y: &str, s: &PairScore, focal: &Focal, w: &Weights) -> Prospect {
        Prospect {
            country: y.to_string(),
            name: name_of(y),
            index: s.components.index(w),
            components: s.components,
            shared_blocs: s.blocs.iter().map(|b| b.bloc.clone()).collect(),
            treaties: s.treaties.iter().map(|t| t.id.clone()).collect(),
            blocs: s.blocs.clone(),
            treaty_details: s.treaties.clone(),
            news_events: s.news_events,
            stance_events: s.stance_events,
            negated_events: s.negated_events,
            economy_usd_bn: s.economy_usd_bn,
            evidence: s.top_evidence(focal, w.params.evidence_per_item.max(0.0) as usize),
        }
    }
}

/// Every state ranked by its alignment with `id` (an id or a name); see `data/analysis/README.md`.
pub fn prospects(
    kb: &dyn KnowledgeBase,
    id: &str,
    opts: &ProspectOptions,
) -> Result<ProspectsReport, AnalysisError> {
    let at = point(opts.at.as_deref())?;
    let id = resolve_country(kb, id)?;
    let w = &opts.weights;
    let (reference, mut focal) = load_both(kb, &id, &at, w)?;
    let scores = score_partners(&reference, w, &focal);
    let empty = PairScore::default();
    let mut universe: Vec<String> = kb.countries()?;
    universe.extend(scores.keys().cloned());
    universe.sort();
    universe.dedup();
    universe.retain(|c| *c != id && !is_historical(&reference, c, &at));
    let considered = universe.len();
    // Score first, build the full rows only for those shown.
    let mut ranked: Vec<(f64, &String)> = universe
        .iter()
        .map(|y| (scores.get(y).unwrap_or(&empty).components.index(w), y))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    ranked.truncate(opts.top);
    // Evidence sentences are read only for the partners shown.
    focal.fetch_evidence(
        kb,
        ranked.iter().filter_map(|(_, y)| scores.get(*y)),
        w.params.evidence_per_item.max(0.0) as usize,
    )?;
    let ranked = ranked
        .into_iter()
        .map(|(_, y)| Prospect::from_score(y, scores.get(y).unwrap_or(&empty), &focal, w))
        .collect();
    Ok(ProspectsReport {
        name: name_of(&id),
        country: id,
        at,
        weights: w.clone(),
        considered,
        ranked,
    })
}

/// States that no longer existed on the date (every reference row of theirs ended before it), such as the
/// USSR after 1991: they cannot be partners.
fn is_historical(r: &Reference, id: &str, at: &str) -> bool {
    const GONE: [&str; 5] = ["SUN", "CSK", "DDR", "YUG", "YMD"];
    if !GONE.contains(&id) {
        return false;
    }
    r.by_member.get(id).is_none_or(|rows| {
        rows.iter()
            .all(|m| m.to.as_deref().is_some_and(|t| t <= at))
    })
}
