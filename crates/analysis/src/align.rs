//! The alignment engine shared by `prospects`, `assess` and `country`: the reference data indexed for
//! date queries, and one pass over a state's events and amounts that scores every partner at once.

use std::collections::{BTreeMap, HashMap};

use blocwatch_lexicon::{Kind, Lexicon};
use blocwatch_store::{
    BlocRow, EventFilter, EventGroup, EventGroupQuery, EventRow, Evidence, KnowledgeBase,
    MembershipRow, QuantityRow, TreatyRow,
};
use serde::{Deserialize, Serialize};

use crate::dates::{covers, days_between, IsoDate};
use crate::error::AnalysisError;
use crate::weights::Weights;

/// The five components of the alignment index (see `data/analysis/README.md`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Components {
    /// 0…1: shared memberships weighted by bloc kind and status.
    pub memberships: f64,
    /// 0…1: treaties in force between the two.
    pub treaties: f64,
    /// −1…1: the cooperation–conflict balance of the news, recent events weighing more.
    pub news: f64,
    /// −1…1: the other state's stated positions (refusals, sanctions, support).
    pub stances: f64,
    /// 0…1: amounts (trade, investment, energy…) naming both.
    pub economy: f64,
}

impl Components {
    pub(crate) fn index(&self, w: &Weights) -> f64 {
        let c = &w.components;
        c.memberships * self.memberships
            + c.treaties * self.treaties
            + c.news * self.news
            + c.stances * self.stances
            + c.economy * self.economy
    }
}

/// A bloc two states both belong to (in some status) on the date asked, with the reference rows' sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedBloc {
    pub bloc: String,
    pub name: String,
    pub kind: String,
    pub status_a: String,
    pub status_b: String,
    pub since_a: Option<String>,
    pub since_b: Option<String>,
    /// What this shared membership adds to the membership sum.
    pub weight: f64,
    pub source_a: String,
    pub source_b: String,
}

/// A treaty in force between two states on the date asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreatyShare {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub parties: Vec<String>,
    pub signed: Option<String>,
    pub in_force: Option<String>,
    pub weight: f64,
    pub source: String,
}

/// The reference data, indexed for "who was what on this date".
#[derive(Debug)]
pub(crate) struct Reference {
    pub blocs: HashMap<String, BlocRow>,
    pub by_bloc: HashMap<String, Vec<MembershipRow>>,
    pub by_member: HashMap<String, Vec<MembershipRow>>,
    pub treaties: Vec<TreatyRow>,
}

impl Reference {
    pub(crate) fn load(kb: &dyn KnowledgeBase) -> Result<Reference, AnalysisError> {
        let blocs = kb.blocs()?.into_iter().map(|b| (b.id.clone(), b)).collect();
        let mut by_bloc: HashMap<String, Vec<MembershipRow>> = HashMap::new();
        let mut by_member: HashMap<String, Vec<MembershipRow>> = HashMap::new();
        for m in kb.memberships(None, None)? {
            by_member
                .entry(m.member.clone())
                .or_default()
                .push(m.clone());
            by_bloc.entry(m.bloc.clone()).or_default().push(m);
        }
        Ok(Reference {
            blocs,
            by_bloc,
            by_member,
            treaties: kb.treaties(None)?,
        })
    }

    /// The rows of `member` that cover `at`, one per bloc (the strongest status when an application runs
    /// alongside another status), `former` rows left out.
    pub(crate) fn statuses_of(&self, member: &str, at: &str, w: &Weights) -> Vec<&MembershipRow> {
        strongest_per_bloc(
            self.by_member.get(member).into_iter().flatten(),
            at,
            w,
            |m| &m.bloc,
        )
    }

    /// The rows of `bloc` that cover `at`, one per member, `former` rows left out.
    pub(crate) fn members_of(&self, bloc: &str, at: &str, w: &Weights) -> Vec<&MembershipRow> {
        strongest_per_bloc(self.by_bloc.get(bloc).into_iter().flatten(), at, w, |m| {
            &m.member
        })
    }

    /// Treaties in force (signed on or before `at`, not ended) with `party` among their parties.
    pub(crate) fn treaties_of<'a>(
        &'a self,
        party: &'a str,
        at: &'a str,
    ) -> impl Iterator<Item = &'a TreatyRow> {
        self.treaties
            .iter()
            .filter(move |t| t.parties.iter().any(|p| p == party))
            .filter(move |t| treaty_in_force(t, at))
    }

    pub(crate) fn is_country(&self, id: &str) -> bool {
        if self.blocs.contains_key(id) {
            return false;
        }
        if self.by_member.contains_key(id) {
            return true;
        }
        let lex = Lexicon::embedded();
        lex.lookup(id)
            .is_some_and(|i| lex.entity(i).kind == Kind::Country)
    }
}

pub(crate) fn treaty_in_force(t: &TreatyRow, at: &str) -> bool {
    let start = t.signed.as_deref().or(t.in_force.as_deref());
    start.is_none_or(|s| s <= at) && t.ended.as_deref().is_none_or(|e| at < e)
}

fn strongest_per_bloc<'a>(
    rows: impl Iterator<Item = &'a MembershipRow>,
    at: &str,
    w: &Weights,
    key: impl Fn(&MembershipRow) -> &String,
) -> Vec<&'a MembershipRow> {
    let mut best: BTreeMap<&String, &MembershipRow> = BTreeMap::new();
    for m in rows {
        if m.status == "former" || !covers(m.from.as_deref(), m.to.as_deref(), at) {
            continue;
        }
        let k = key(m);
        match best.get(k) {
            Some(b) if w.status_weight(&b.status) >= w.status_weight(&m.status) => {}
            _ => {
                best.insert(k, m);
            }
        }
    }
    best.into_values().collect()
}

/// What one state's data says about one partner.
#[derive(Debug, Clone, Default)]
pub(crate) struct PairScore {
    pub components: Components,
    pub blocs: Vec<SharedBloc>,
    pub treaties: Vec<TreatyShare>,
    /// Events between the two that count (not negated), negated ones, and the partner's stances.
    pub news_events: usize,
    pub negated_events: usize,
    pub stance_events: usize,
    pub economy_usd_bn: f64,
    news_num: f64,
    news_den: f64,
    stance_num: f64,
    stance_den: f64,
    membership_sum: f64,
    treaty_sum: f64,
    /// Per kind of amount: the largest figure and the index of its row in the focal's amounts.
    economy: HashMap<String, (f64, usize)>,
    /// Candidate evidence: (strength, reading order, where), resolved against the focal's rows only for
    /// the few shown.
    evidence: Vec<(f64, ReadOrder, EvRef)>,
}

/// The order the row path read events in (year newest first, then date, then id; amounts after events):
/// among candidates of equal strength the first read wins.
type ReadOrder = (i32, String, i64);

/// An evidence sentence of the focal state's data, by position (cloning every sentence of a state with
/// ten thousand events to show four of them would dominate the question's time).
#[derive(Debug, Clone, Copy)]
enum EvRef {
    Event(usize),
    Amount(usize),
    /// An event of one of the focal's groups, by id (its row is fetched only if shown).
    Id(i64),
}

impl PairScore {
    /// The strongest evidence sentences, at most `n`, one per sentence.
    pub(crate) fn top_evidence(&self, focal: &Focal, n: usize) -> Vec<Evidence> {
        let mut out: Vec<Evidence> = Vec::new();
        for r in self.ranked_evidence() {
            let e = match *r {
                EvRef::Event(i) => focal.events.get(i).map(|e| &e.evidence),
                EvRef::Amount(i) => focal.quantities.get(i).map(|q| &q.evidence),
                EvRef::Id(id) => focal.fetched.get(&id).map(|e| &e.evidence),
            };
            let Some(e) = e else {
                continue;
            };
            if out.len() >= n {
                break;
            }
            if !out
                .iter()
                .any(|o| o.doc_id == e.doc_id && o.sentence == e.sentence)
            {
                out.push(e.clone());
            }
        }
        out
    }

    fn ranked_evidence(&self) -> impl Iterator<Item = &EvRef> {
        let mut all: Vec<&(f64, ReadOrder, EvRef)> = self.evidence.iter().collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        all.into_iter().map(|(_, _, r)| r)
    }
}

/// Everything needed to score one focal state against every partner.
#[derive(Debug)]
pub(crate) struct Focal {
    pub id: String,
    pub at: String,
    /// Event rows (`assess`, which reads the few events between members)…
    pub events: Vec<EventRow>,
    /// …or the state's events folded by the store (`prospects`, `country`).
    pub groups: Vec<EventGroup>,
    pub quantities: Vec<QuantityRow>,
    /// Event rows of groups fetched for the evidence shown (see [`Focal::fetch_evidence`]).
    pub fetched: HashMap<i64, EventRow>,
}

impl Focal {
    /// Fetches the event rows the evidence of `shown` partners may need: for each, its strongest
    /// candidates (twice what is shown, as sentences repeated among them are skipped).
    pub(crate) fn fetch_evidence<'a>(
        &mut self,
        kb: &dyn KnowledgeBase,
        shown: impl IntoIterator<Item = &'a PairScore>,
        n: usize,
    ) -> Result<(), AnalysisError> {
        let mut ids: Vec<i64> = Vec::new();
        for s in shown {
            ids.extend(
                s.ranked_evidence()
                    .filter_map(|r| match r {
                        EvRef::Id(id) => Some(*id),
                        _ => None,
                    })
                    .take(2 * n + 2),
            );
        }
        ids.sort_unstable();
        ids.dedup();
        ids.retain(|i| !self.fetched.contains_key(i));
        for chunk in ids.chunks(500) {
            for e in kb.events_by_id(chunk)? {
                self.fetched.insert(e.id, e);
            }
        }
        Ok(())
    }
}

impl Focal {
    /// Reads the focal state's events (negated ones too: they are stances) and amounts up to `at`.
    pub(crate) fn load(
        kb: &dyn KnowledgeBase,
        id: &str,
        at: &str,
        w: &Weights,
    ) -> Result<Focal, AnalysisError> {
        // Events older than the news window weigh little after the recency decay; not reading them keeps
        // a question fast however long the store's history is. The two reads run side by side (the store
        // is shared between threads and has a pool of read connections).
        let (groups, quantities) = std::thread::scope(|s| {
            let q = s.spawn(|| recent_amounts(kb, id, at, w));
            let e = recent_event_groups(kb, id, at, w);
            (e, q.join())
        });
        let quantities = quantities.map_err(|_| {
            AnalysisError::InvalidArgument("reading amounts failed (thread panicked)".into())
        })??;
        Ok(Focal {
            id: id.to_string(),
            at: at.to_string(),
            events: Vec::new(),
            groups: groups?,
            quantities,
            fetched: HashMap::new(),
        })
    }

    /// Like [`Focal::load`], reading only the events between the focal state and `others`.
    pub(crate) fn load_among(
        kb: &dyn KnowledgeBase,
        id: &str,
        at: &str,
        others: &[String],
        w: &Weights,
    ) -> Result<Focal, AnalysisError> {
        let mut events = Vec::new();
        for o in others {
            let filter = EventFilter {
                dyad: Some((id.to_string(), o.clone())),
                include_negated: true,
                ..EventFilter::default()
            };
            events.extend(recent_events(kb, &filter, at, w)?);
        }
        events.sort_by_key(|e| e.id);
        events.dedup_by_key(|e| e.id);
        let quantities = recent_amounts(kb, id, at, w)?
            .into_iter()
            .filter(|q| q.parties.iter().any(|p| others.contains(p)))
            .collect();
        Ok(Focal {
            id: id.to_string(),
            at: at.to_string(),
            events,
            groups: Vec::new(),
            quantities,
            fetched: HashMap::new(),
        })
    }
}

/// The reference data and the focal state's rows, read side by side.
pub(crate) fn load_both(
    kb: &dyn KnowledgeBase,
    id: &str,
    at: &str,
    w: &Weights,
) -> Result<(Reference, Focal), AnalysisError> {
    let (reference, focal) = std::thread::scope(|s| {
        let r = s.spawn(|| Reference::load(kb));
        let f = Focal::load(kb, id, at, w);
        (r.join(), f)
    });
    let reference = reference.map_err(|_| {
        AnalysisError::InvalidArgument("reading the reference data failed (thread panicked)".into())
    })??;
    Ok((reference, focal?))
}

/// Scores every partner of the focal state. Partners with no tie at all are absent.
pub(crate) fn score_partners(
    r: &Reference,
    w: &Weights,
    focal: &Focal,
) -> HashMap<String, PairScore> {
    let mut out: HashMap<String, PairScore> = HashMap::new();
    let x = focal.id.as_str();
    let at = focal.at.as_str();
    let p = &w.params;

    // Memberships.
    for mx in r.statuses_of(x, at, w) {
        let Some(bloc) = r.blocs.get(&mx.bloc) else {
            continue;
        };
        let bw = w.bloc_weight(&bloc.id, &bloc.kind);
        if bw <= 0.0 {
            continue;
        }
        for my in r.members_of(&bloc.id, at, w) {
            if my.member == x {
                continue;
            }
            let weight = bw * w.status_weight(&mx.status).min(w.status_weight(&my.status));
            if weight <= 0.0 {
                continue;
            }
            let s = out.entry(my.member.clone()).or_default();
            s.membership_sum += weight;
            s.blocs.push(SharedBloc {
                bloc: bloc.id.clone(),
                name: bloc.name_en.clone(),
                kind: bloc.kind.clone(),
                status_a: mx.status.clone(),
                status_b: my.status.clone(),
                since_a: mx.from.clone(),
                since_b: my.from.clone(),
                weight,
                source_a: mx.source.clone(),
                source_b: my.source.clone(),
            });
        }
    }

    // Treaties.
    for t in r.treaties_of(x, at) {
        let mut weight = w.treaty_kind.get(&t.kind).copied().unwrap_or(0.0);
        // Two members of a bloc that signs a trade or cooperation agreement with a third state are not
        // tied to each other by it (their bloc membership already counts); a multilateral defence pact
        // or union treaty does bind every party to every other.
        let distinct = {
            let mut p: Vec<&String> = t.parties.iter().collect();
            p.sort();
            p.dedup();
            p.len()
        };
        if distinct > 2 && !matches!(t.kind.as_str(), "defence_pact" | "union_treaty") {
            weight *= p.multilateral_share;
        }
        let mut seen: Vec<&str> = Vec::new();
        for y in &t.parties {
            if y == x || seen.contains(&y.as_str()) {
                continue;
            }
            seen.push(y);
            let s = out.entry(y.clone()).or_default();
            s.treaty_sum += weight;
            s.treaties.push(TreatyShare {
                id: t.id.clone(),
                name: t.name.clone(),
                kind: t.kind.clone(),
                parties: t.parties.clone(),
                signed: t.signed.clone(),
                in_force: t.in_force.clone(),
                weight,
                source: t.source.clone(),
            });
        }
    }

    // News and stances, one pass over the events (rows or groups: a row is a group of one).
    let mut kinds: HashMap<String, bool> = HashMap::new();
    let age_of = |day: Option<&str>| -> Option<f64> {
        day.and_then(|d| days_between(d, at))
            .map(|d| d.max(0) as f64)
    };
    // Undated events count as if one half-life old.
    let decay = |age: Option<f64>, h: f64| 0.5f64.powf(age.unwrap_or(h) / h);
    let mut units: Vec<Unit> = Vec::with_capacity(focal.events.len() + focal.groups.len());
    for (ei, e) in focal.events.iter().enumerate() {
        let day = event_date(e);
        if day.is_some_and(|d| d > at) {
            continue;
        }
        let age = age_of(day);
        let (nd, sd) = (
            decay(age, p.news_half_life_days),
            decay(age, p.stance_half_life_days),
        );
        units.push(Unit {
            source: &e.source,
            target: &e.target,
            kind: &e.kind,
            modality: &e.modality,
            negated: e.negated,
            score: e.score,
            day: day.unwrap_or(at),
            count: 1,
            news: nd,
            stance: sd,
            cands: vec![(nd, sd, (0, String::new(), ei as i64), EvRef::Event(ei))],
        });
    }
    for g in &focal.groups {
        let cands = g
            .latest
            .iter()
            .map(|r| {
                let age = age_of(r.day.as_deref());
                let date = r.date.clone().unwrap_or_default();
                let year: i32 = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
                (
                    decay(age, p.news_half_life_days),
                    decay(age, p.stance_half_life_days),
                    (-year, date, r.id),
                    EvRef::Id(r.id),
                )
            })
            .collect();
        units.push(Unit {
            source: &g.source,
            target: &g.target,
            kind: &g.kind,
            modality: &g.modality,
            negated: g.negated,
            score: g.score,
            day: g.day.as_deref().unwrap_or(at),
            count: g.events,
            news: g.decayed.first().copied().unwrap_or(0.0),
            stance: g.decayed.get(1).copied().unwrap_or(0.0),
            cands,
        });
    }
    for e in &units {
        let src = expand(r, w, &mut kinds, e.source, e.day);
        let tgt = expand(r, w, &mut kinds, e.target, e.day);
        let modality = w.event_weight(e.modality, false);
        let value = (f64::from(e.score) / p.score_max).clamp(-1.0, 1.0);
        let symmetric = tgt.is_empty();
        let x_src = src.get(x).copied();
        let x_tgt = tgt.get(x).copied();
        // The partners on the other side of the focal state, with the focal side's factor.
        let mut others: Vec<(&str, f64, bool /* partner is the source */)> = Vec::new();
        if let Some(fx) = x_src {
            if symmetric {
                others.extend(
                    src.iter()
                        .filter(|(k, _)| *k != x)
                        .map(|(k, f)| (k.as_str(), f * fx, true)),
                );
            } else {
                others.extend(
                    tgt.iter()
                        .filter(|(k, _)| *k != x)
                        .map(|(k, f)| (k.as_str(), f * fx, false)),
                );
            }
        } else if let Some(fx) = x_tgt {
            others.extend(
                src.iter()
                    .filter(|(k, _)| *k != x)
                    .map(|(k, f)| (k.as_str(), f * fx, true)),
            );
        }
        for (y, f, y_is_source) in others {
            let s = out.entry(y.to_string()).or_default();
            if e.negated {
                s.negated_events += e.count;
            } else {
                let wt = modality * e.news * f;
                if modality * f > 0.0 && wt > 0.0 {
                    s.news_num += wt * value;
                    s.news_den += wt;
                    s.news_events += e.count;
                    for (nd, _, order, at_) in &e.cands {
                        let wt = modality * nd * f;
                        s.evidence
                            .push(((wt * value).abs() + 1e-6 * wt, order.clone(), *at_));
                    }
                }
            }
            // Stances: what the partner itself said or did towards the focal state.
            if !y_is_source {
                continue;
            }
            let stance = if e.negated {
                w.is_cooperative(e.kind).then_some(p.negated_cooperation)
            } else if symmetric {
                None
            } else {
                w.stance.get(e.kind).copied()
            };
            if let Some(v) = stance {
                // A negated event has no modality weight of its own: the negation is the stance.
                let m = if e.negated { 1.0 } else { modality };
                let wt = m * e.stance * f;
                if m * f > 0.0 && wt > 0.0 {
                    s.stance_num += wt * v;
                    s.stance_den += wt;
                    s.stance_events += e.count;
                    for (_, sd, order, at_) in &e.cands {
                        let wt = m * sd * f;
                        s.evidence
                            .push(((wt * v).abs() * 1.5 + 1e-6, order.clone(), *at_));
                    }
                }
            }
        }
    }

    // Amounts: per partner and kind the largest figure in the window.
    let window_start = IsoDate::parse(at)
        .map(|d| format!("{:04}", d.year() - p.economy_window_years as i32))
        .unwrap_or_default();
    for (qi, q) in focal.quantities.iter().enumerate() {
        if q.date
            .as_deref()
            .is_some_and(|d| d > at || d < window_start.as_str())
        {
            continue;
        }
        if !q.parties.iter().any(|p| p == x) {
            continue;
        }
        let Some(bn) = w.usd_bn(q.amount, q.currency.as_deref()) else {
            continue;
        };
        let mut seen: Vec<&str> = Vec::new();
        for y in &q.parties {
            if y == x || seen.contains(&y.as_str()) || !is_country(r, &mut kinds, y) {
                continue;
            }
            seen.push(y);
            let s = out.entry(y.clone()).or_default();
            let slot = s.economy.entry(q.kind.clone()).or_insert((0.0, qi));
            if bn > slot.0 {
                *slot = (bn, qi);
            }
        }
    }

    for s in out.values_mut() {
        let c = &mut s.components;
        c.memberships = 1.0 - (-s.membership_sum / p.membership_scale).exp();
        c.treaties = 1.0 - (-s.treaty_sum / p.treaty_scale).exp();
        c.news = s.news_num / (s.news_den + p.news_prior);
        c.stances = s.stance_num / (s.stance_den + p.stance_prior);
        let usd: f64 = s.economy.values().map(|(v, _)| v).sum();
        s.economy_usd_bn = usd;
        c.economy = ((1.0 + usd).log10() / p.economy_scale).tanh();
        let econ: Vec<(f64, ReadOrder, EvRef)> = s
            .economy
            .values()
            .map(|(v, i)| {
                (
                    (1.0 + v).log10() / p.economy_scale * 0.5,
                    (i32::MAX, String::new(), *i as i64),
                    EvRef::Amount(*i),
                )
            })
            .collect();
        s.evidence.extend(econ);
        s.blocs
            .sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.bloc.cmp(&b.bloc)));
        s.treaties
            .sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.id.cmp(&b.id)));
    }
    out
}

/// The most recent events of `filter` up to `at`: one calendar year at a time, newest first (each an index
/// range of the store), until `max_events` are read or the news window is exhausted. The recency decay
/// makes the older events weigh little; not reading them keeps a question's time bounded however much
/// news a state has.
fn recent_events(
    kb: &dyn KnowledgeBase,
    filter: &EventFilter,
    at: &str,
    w: &Weights,
) -> Result<Vec<EventRow>, AnalysisError> {
    let Ok(d) = IsoDate::parse(at) else {
        return Ok(Vec::new());
    };
    let year = d.year();
    let oldest = year - w.params.news_window_years.max(0.0) as i32;
    let cap = w.params.max_events.max(0.0) as usize;
    let mut out = Vec::new();
    let mut y = year;
    while y >= oldest && out.len() < cap {
        let f = EventFilter {
            // The bare year sorts before every date of that year (and includes events dated only by the
            // year); the upper bound is a full date, which every implementation compares the same way.
            from: Some(format!("{y:04}")),
            to: Some(if y == year {
                at.to_string()
            } else {
                format!("{y:04}-12-31")
            }),
            ..filter.clone()
        };
        out.extend(kb.events(&f)?);
        y -= 1;
    }
    Ok(out)
}

/// The same events as [`recent_events`] with an actor filter (whole calendar years, newest first, within
/// the news window, until `max_events`), folded by the store into groups: the years are chosen from the
/// store's per-year counts, then the window is read once.
fn recent_event_groups(
    kb: &dyn KnowledgeBase,
    actor: &str,
    at: &str,
    w: &Weights,
) -> Result<Vec<EventGroup>, AnalysisError> {
    let Ok(d) = IsoDate::parse(at) else {
        return Ok(Vec::new());
    };
    let year = d.year();
    let oldest = year - w.params.news_window_years.max(0.0) as i32;
    let cap = w.params.max_events.max(0.0) as usize;
    if cap == 0 || oldest > year {
        return Ok(Vec::new());
    }
    let years = kb.event_years(actor, &format!("{oldest:04}"), at)?;
    let mut from = oldest;
    let mut read = 0;
    for y in (oldest..=year).rev() {
        read += years
            .iter()
            .filter(|(k, _)| k.parse::<i32>().ok() == Some(y))
            .map(|(_, n)| n)
            .sum::<usize>();
        if read >= cap {
            from = y;
            break;
        }
    }
    let q = EventGroupQuery {
        actor: actor.to_string(),
        from: format!("{from:04}"),
        to: at.to_string(),
        at: at.to_string(),
        half_lives: vec![w.params.news_half_life_days, w.params.stance_half_life_days],
        latest: 2 * w.params.evidence_per_item.max(0.0) as usize + 2,
    };
    Ok(kb.event_groups(&q)?)
}

/// The amounts naming `party` up to `at`, read like [`recent_events`]: a year at a time, newest first,
/// within the economy window and up to `max_events` rows (the economy component keeps the largest figure
/// per kind, which recent years give).
fn recent_amounts(
    kb: &dyn KnowledgeBase,
    party: &str,
    at: &str,
    w: &Weights,
) -> Result<Vec<QuantityRow>, AnalysisError> {
    let Ok(d) = IsoDate::parse(at) else {
        return Ok(Vec::new());
    };
    let year = d.year();
    let oldest = year - w.params.economy_window_years.max(0.0) as i32;
    let cap = w.params.max_events.max(0.0) as usize;
    let mut out = Vec::new();
    let mut y = year;
    while y >= oldest && out.len() < cap {
        let from = format!("{y:04}");
        let to = if y == year {
            at.to_string()
        } else {
            format!("{y:04}-12-31")
        };
        out.extend(kb.quantities(Some(party), Some(&from), Some(&to))?);
        y -= 1;
    }
    Ok(out)
}

/// An event, or a group of events that score alike, as the scoring loop reads it.
struct Unit<'a> {
    source: &'a [String],
    target: &'a [String],
    kind: &'a str,
    modality: &'a str,
    negated: bool,
    score: f32,
    /// The day bloc actors are expanded on.
    day: &'a str,
    count: usize,
    /// Summed recency decays (news, stances).
    news: f64,
    stance: f64,
    /// Evidence candidates: their own decays (news, stances), reading order and where.
    cands: Vec<(f64, f64, ReadOrder, EvRef)>,
}

/// The day an event counts from: its own date, but never later than the article that reports it (an
/// "asserted" event dated after its article is a plan — "until 2030" — and is counted when it was stated).
pub(crate) fn event_date(e: &EventRow) -> Option<&str> {
    match (e.date.as_deref(), e.evidence.doc_date.as_deref()) {
        (Some(d), Some(doc)) if d > doc && IsoDate::parse(doc).is_ok() => Some(doc),
        (Some(d), _) => Some(d),
        (None, doc) => doc,
    }
}

fn is_country(r: &Reference, cache: &mut HashMap<String, bool>, id: &str) -> bool {
    if let Some(v) = cache.get(id) {
        return *v;
    }
    let v = r.is_country(id);
    cache.insert(id.to_string(), v);
    v
}

/// The states on one side of an event: states named directly (factor 1) and the members of a bloc named
/// as an actor on the event's day (factor `bloc_actor_share`). Collective actors (`WST`) name no state.
fn expand(
    r: &Reference,
    w: &Weights,
    cache: &mut HashMap<String, bool>,
    ids: &[String],
    day: &str,
) -> BTreeMap<String, f64> {
    let mut out: BTreeMap<String, f64> = BTreeMap::new();
    for id in ids {
        if r.blocs.contains_key(id) {
            let share = w.params.bloc_actor_share;
            for m in r.members_of(id, day, w) {
                if matches!(m.status.as_str(), "founder" | "member") {
                    let f = out.entry(m.member.clone()).or_insert(0.0);
                    *f = f.max(share);
                }
            }
        } else if is_country(r, cache, id) {
            out.insert(id.clone(), 1.0);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    include!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tools/test/news_store.rs"
    ));

    /// The store's folded groups score every partner exactly as the event rows they fold do: same
    /// partners, components, counts, shared blocs, treaties and evidence sentences.
    #[test]
    fn groups_score_like_the_rows_they_fold() {
        let kb = news_store();
        let mut w = Weights::embedded();
        let r = Reference::load(&kb).unwrap();
        let n = w.params.evidence_per_item.max(0.0) as usize;
        let mut compared = 0;
        // The embedded cap, and a cap of one event (whole years are still read) to exercise the windows.
        for cap in [w.params.max_events, 1.0] {
            w.params.max_events = cap;
            for id in kb.countries().unwrap() {
                if !r.is_country(&id) {
                    continue;
                }
                for at in ["2024-12-31", "2022-03-01", "2019-06-30", "2030-01-01"] {
                    let filter = EventFilter {
                        actor: Some(id.clone()),
                        include_negated: true,
                        ..EventFilter::default()
                    };
                    let rows = Focal {
                        id: id.clone(),
                        at: at.to_string(),
                        events: recent_events(&kb, &filter, at, &w).unwrap(),
                        groups: Vec::new(),
                        quantities: recent_amounts(&kb, &id, at, &w).unwrap(),
                        fetched: HashMap::new(),
                    };
                    let mut groups = Focal::load(&kb, &id, at, &w).unwrap();
                    assert!(groups.events.is_empty());
                    let grouped: usize = groups.groups.iter().map(|g| g.events).sum();
                    assert_eq!(grouped, rows.events.len(), "{id} {at}: events folded");
                    let a = score_partners(&r, &w, &rows);
                    let b = score_partners(&r, &w, &groups);
                    groups.fetch_evidence(&kb, b.values(), n).unwrap();
                    let mut keys: Vec<&String> = a.keys().collect();
                    keys.sort();
                    let mut keys_b: Vec<&String> = b.keys().collect();
                    keys_b.sort();
                    assert_eq!(keys, keys_b, "{id} {at}: partners");
                    for y in keys {
                        let (sa, sb) = (&a[y], &b[y]);
                        let what = format!("{id}–{y} at {at}");
                        for (ca, cb) in [
                            (sa.components.news, sb.components.news),
                            (sa.components.stances, sb.components.stances),
                            (sa.components.memberships, sb.components.memberships),
                            (sa.components.treaties, sb.components.treaties),
                            (sa.components.economy, sb.components.economy),
                        ] {
                            assert!((ca - cb).abs() < 1e-9, "{what}: {ca} vs {cb}");
                        }
                        assert_eq!(sa.news_events, sb.news_events, "{what}");
                        assert_eq!(sa.stance_events, sb.stance_events, "{what}");
                        assert_eq!(sa.negated_events, sb.negated_events, "{what}");
                        assert_eq!(sa.blocs, sb.blocs, "{what}");
                        assert_eq!(sa.treaties, sb.treaties, "{what}");
                        assert_eq!(
                            sa.top_evidence(&rows, n),
                            sb.top_evidence(&groups, n),
                            "{what}: evidence"
                        );
                        if sa.news_events + sa.stance_events + sa.negated_events > 0 {
                            compared += 1;
                        }
                    }
                }
            }
        }
        // The sample corpus must give the comparison something to compare.
        assert!(compared > 50, "only {compared} partners with news");
    }
}
