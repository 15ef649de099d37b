//! `assess`: how realistic a proposed alliance is.

use std::collections::HashMap;

use blocwatch_store::{EventRow, KnowledgeBase, TreatyRow};
use serde::{Deserialize, Serialize};

use crate::align::event_date;
use crate::align::{
    score_partners, treaty_in_force, Components, Focal, PairScore, Reference, SharedBloc,
    TreatyShare,
};
use crate::dates::{days_between, point};
use crate::error::AnalysisError;
use crate::names::{name_of, resolve_country};
use crate::prospects::ProspectOptions;

/// The assessment of a proposed grouping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessReport {
    pub members: Vec<String>,
    pub names: Vec<String>,
    pub at: String,
    pub pairs: Vec<PairAlignment>,
    /// Blocs every member belongs to (in some status) on the date.
    pub shared_blocs: Vec<GroupBloc>,
    /// Treaties in force between at least two of the members.
    pub treaties: Vec<TreatyRow>,
    /// Stated positions within the group for closer ties (agreements, proposals, support: the PLOVER types
    /// with a positive `stance` weight), newest first, cut to the configured limit.
    pub positions_for: Vec<EventRow>,
    /// Stated positions against (refusals, negated cooperation, sanctions, threats), newest first.
    pub positions_against: Vec<EventRow>,
    pub positions_for_count: usize,
    pub positions_against_count: usize,
    /// `realistic`, `possible` or `unlikely`.
    pub verdict: String,
    pub score: f64,
    pub reasons: Vec<String>,
}

/// One pair of the grouping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairAlignment {
    pub a: String,
    pub b: String,
    pub index: f64,
    /// Stances are the mean of both directions.
    pub components: Components,
    pub blocs: Vec<SharedBloc>,
    pub treaties: Vec<TreatyShare>,
    pub evidence: Vec<blocwatch_store::Evidence>,
}

/// A bloc all members share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupBloc {
    pub bloc: String,
    pub name: String,
    pub kind: String,
    /// (member, status, source) for each member.
    pub statuses: Vec<(String, String, String)>,
}

/// How realistic an alliance of `members` (ids or names, at least two) is.
pub fn assess(
    kb: &dyn KnowledgeBase,
    members: &[String],
    opts: &ProspectOptions,
) -> Result<AssessReport, AnalysisError> {
    let at = point(opts.at.as_deref())?;
    let w = &opts.weights;
    let mut ids: Vec<String> = Vec::new();
    for m in members {
        let id = resolve_country(kb, m)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.len() < 2 {
        return Err(AnalysisError::InvalidArgument(format!(
            "an alliance needs at least two different states, got {}",
            ids.join(", ")
        )));
    }
    let reference = Reference::load(kb)?;
    let mut scores: HashMap<String, HashMap<String, PairScore>> = HashMap::new();
    let mut focals: HashMap<String, Focal> = HashMap::new();
    // Only the events between members matter here: read them pair by pair (a small index range each)
    // rather than every event of every member, for all members side by side.
    let loaded: Vec<Result<Focal, AnalysisError>> = std::thread::scope(|s| {
        let handles: Vec<_> = ids
            .iter()
            .map(|id| {
                let others: Vec<String> = ids.iter().filter(|o| *o != id).cloned().collect();
                let at = &at;
                s.spawn(move || Focal::load_among(kb, id, at, &others, w))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(AnalysisError::InvalidArgument(
                        "reading a member's events failed (thread panicked)".into(),
                    ))
                })
            })
            .collect()
    });
    for (id, focal) in ids.iter().zip(loaded) {
        let focal = focal?;
        scores.insert(id.clone(), score_partners(&reference, w, &focal));
        focals.insert(id.clone(), focal);
    }
    let mut events: Vec<EventRow> = focals
        .values()
        .flat_map(|f| f.events.iter().cloned())
        .collect();
    let empty = PairScore::default();
    let n_evidence = w.params.evidence_per_item.max(0.0) as usize;
    let mut pairs = Vec::new();
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            let ab = scores.get(a).and_then(|s| s.get(b)).unwrap_or(&empty);
            let ba = scores.get(b).and_then(|s| s.get(a)).unwrap_or(&empty);
            let mut c = ab.components;
            // a's view holds b's stances towards a, and the other way round.
            c.stances = (ab.components.stances + ba.components.stances) / 2.0;
            let mut evidence = match focals.get(a) {
                Some(f) => ab.top_evidence(f, n_evidence),
                None => Vec::new(),
            };
            let from_b = match focals.get(b) {
                Some(f) => ba.top_evidence(f, n_evidence),
                None => Vec::new(),
            };
            for e in from_b {
                if evidence.len() < n_evidence
                    && !evidence
                        .iter()
                        .any(|o| o.doc_id == e.doc_id && o.sentence == e.sentence)
                {
                    evidence.push(e);
                }
            }
            pairs.push(PairAlignment {
                a: a.clone(),
                b: b.clone(),
                index: c.index(w),
                components: c,
                blocs: ab.blocs.clone(),
                treaties: ab.treaties.clone(),
                evidence,
            });
        }
    }

    // Blocs all members share.
    let mut shared_blocs = Vec::new();
    let first = &ids[0];
    for m0 in reference.statuses_of(first, &at, w) {
        let Some(bloc) = reference.blocs.get(&m0.bloc) else {
            continue;
        };
        if w.bloc_weight(&bloc.id, &bloc.kind) <= 0.0 {
            continue;
        }
        let rows = reference.members_of(&bloc.id, &at, w);
        let statuses: Vec<(String, String, String)> = ids
            .iter()
            .filter_map(|id| {
                rows.iter()
                    .find(|r| r.member == *id)
                    .map(|r| (id.clone(), r.status.clone(), r.source.clone()))
            })
            .collect();
        if statuses.len() == ids.len() {
            shared_blocs.push(GroupBloc {
                bloc: bloc.id.clone(),
                name: bloc.name_en.clone(),
                kind: bloc.kind.clone(),
                statuses,
            });
        }
    }
    shared_blocs.sort_by(|a, b| {
        w.bloc_weight(&b.bloc, &b.kind)
            .total_cmp(&w.bloc_weight(&a.bloc, &a.kind))
            .then(a.bloc.cmp(&b.bloc))
    });

    let mut treaties: Vec<TreatyRow> = reference
        .treaties
        .iter()
        .filter(|t| treaty_in_force(t, &at))
        .filter(|t| ids.iter().filter(|id| t.parties.contains(id)).count() >= 2)
        .cloned()
        .collect();
    treaties.sort_by(|a, b| {
        let n = |t: &TreatyRow| ids.iter().filter(|id| t.parties.contains(id)).count();
        n(b).cmp(&n(a)).then(b.signed.cmp(&a.signed))
    });

    // Positions within the group: events between at least two members and no state outside the group (a
    // summit of six is not a position on an alliance of three). Older positions weigh less.
    events.sort_by_key(|e| std::cmp::Reverse(e.id));
    events.dedup_by(|a, b| a.id == b.id);
    let (mut pos_for, mut pos_against) = (Vec::new(), Vec::new());
    let (mut w_for, mut w_against) = (0.0, 0.0);
    for e in events {
        let mut parties: Vec<&String> = e.source.iter().chain(&e.target).collect();
        parties.sort();
        parties.dedup();
        let inside = parties.iter().filter(|p| ids.contains(p)).count();
        let outsider = parties
            .iter()
            .any(|p| !ids.contains(p) && reference.is_country(p));
        let day = event_date(&e);
        if inside < 2 || outsider || day.is_some_and(|d| d > at.as_str()) {
            continue;
        }
        let age = day
            .and_then(|d| days_between(d, &at))
            .map_or(w.params.stance_half_life_days, |d| d.max(0) as f64);
        let decay = 0.5f64.powf(age / w.params.stance_half_life_days);
        let modality = w.event_weight(&e.modality, false);
        let against = (e.negated && w.is_cooperative(&e.kind))
            || (e.modality == "denied" && w.is_cooperative(&e.kind))
            || (!e.negated && w.stance.get(&e.kind).is_some_and(|v| *v < 0.0));
        // Stated positions for are the verbal ones with a positive stance value (agreeing, supporting,
        // asking); routine consultations and deliveries are not positions on an alliance.
        let for_ = !e.negated && modality > 0.0 && w.stance.get(&e.kind).is_some_and(|v| *v > 0.0);
        if against {
            w_against += decay * if e.negated { 1.0 } else { modality.max(0.5) };
            pos_against.push(e);
        } else if for_ {
            w_for += decay * modality;
            pos_for.push(e);
        }
    }
    let newest = |a: &EventRow, b: &EventRow| b.date.cmp(&a.date).then(b.id.cmp(&a.id));
    pos_for.sort_by(newest);
    pos_against.sort_by(newest);
    let (n_for, n_against) = (pos_for.len(), pos_against.len());
    let limit = w.params.positions_limit.max(0.0) as usize;
    pos_for.truncate(limit);
    pos_against.truncate(limit);

    // The score: the weakest pair mixed with the mean, moved by the net balance of positions.
    let p = &w.params;
    let mean = pairs.iter().map(|p| p.index).sum::<f64>() / pairs.len() as f64;
    let weakest = pairs
        .iter()
        .min_by(|a, b| a.index.total_cmp(&b.index))
        .cloned();
    let min = weakest.as_ref().map_or(0.0, |p| p.index);
    let net = (w_for - w_against) / (w_for + w_against + p.positions_prior);
    let score =
        p.assess_min_share * min + (1.0 - p.assess_min_share) * mean + p.positions_weight * net;
    let verdict = if score >= p.verdict_realistic {
        "realistic"
    } else if score >= p.verdict_possible {
        "possible"
    } else {
        "unlikely"
    };

    let mut reasons = Vec::new();
    reasons.push(format!(
        "score {score:.2} (realistic ≥ {:.2}, possible ≥ {:.2}): mean pair index {mean:.2}, weakest pair {min:.2}, positions balance {net:+.2}",
        p.verdict_realistic, p.verdict_possible
    ));
    if let Some(wp) = &weakest {
        reasons.push(format!(
            "weakest pair {}–{}: index {:.2} (memberships {:.2}, treaties {:.2}, news {:+.2}, stances {:+.2}, economy {:.2})",
            wp.a, wp.b, wp.index, wp.components.memberships, wp.components.treaties,
            wp.components.news, wp.components.stances, wp.components.economy
        ));
    }
    if shared_blocs.is_empty() {
        reasons.push("no bloc has all of them as members".to_string());
    } else {
        let list: Vec<String> = shared_blocs
            .iter()
            .map(|b| {
                let weak: Vec<String> = b
                    .statuses
                    .iter()
                    .filter(|(_, s, _)| !matches!(s.as_str(), "founder" | "member"))
                    .map(|(m, s, _)| format!("{m} {s}"))
                    .collect();
                if weak.is_empty() {
                    b.bloc.clone()
                } else {
                    format!("{} ({})", b.bloc, weak.join(", "))
                }
            })
            .collect();
        reasons.push(format!("all of them belong to {}", list.join(", ")));
    }
    for pa in &pairs {
        if let Some(t) = pa
            .treaties
            .iter()
            .find(|t| t.kind == "defence_pact" || t.kind == "union_treaty")
        {
            reasons.push(format!(
                "{}–{} are bound by {} ({})",
                pa.a, pa.b, t.name, t.kind
            ));
        }
    }
    if n_against > 0 {
        let e = &pos_against[0];
        reasons.push(format!(
            "{n_against} stated position(s) against, latest {} {}: «{}»",
            e.date.as_deref().unwrap_or("undated"),
            e.source.join("+"),
            e.evidence.text
        ));
    }
    if n_for > 0 {
        reasons.push(format!(
            "{n_for} stated position(s) for closer ties within the group"
        ));
    }
    if n_for + n_against == 0 {
        reasons.push("the news stored holds no positions within the group".to_string());
    }
    Ok(AssessReport {
        names: ids.iter().map(|i| name_of(i)).collect(),
        members: ids,
        at,
        pairs,
        shared_blocs,
        treaties,
        positions_for: pos_for,
        positions_against: pos_against,
        positions_for_count: n_for,
        positions_against_count: n_against,
        verdict: verdict.to_string(),
        score,
        reasons,
    })
}
