//! `dyad`: how the relationship between two states moved over time.

use std::collections::BTreeMap;

use blocwatch_store::{EventFilter, EventRow, KnowledgeBase, QuantityRow};
use serde::{Deserialize, Serialize};

use crate::dates::{lower, upper, IsoDate};
use crate::error::AnalysisError;
use crate::names::{name_of, resolve_country};
use crate::weights::Weights;

/// The length of a period of a dyad report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Month,
    Quarter,
    #[default]
    Year,
}

impl std::str::FromStr for Period {
    type Err = AnalysisError;
    fn from_str(s: &str) -> Result<Period, AnalysisError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "month" => Ok(Period::Month),
            "quarter" => Ok(Period::Quarter),
            "year" => Ok(Period::Year),
            other => Err(AnalysisError::InvalidArgument(format!(
                "unknown period {other:?} (expected month, quarter or year)"
            ))),
        }
    }
}

/// What to read and how to group it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadOptions {
    pub from: Option<String>,
    pub to: Option<String>,
    pub by: Period,
    /// Evidence sentences kept per period (the strongest events).
    pub evidence_per_period: usize,
}

impl Default for DyadOptions {
    fn default() -> DyadOptions {
        DyadOptions {
            from: None,
            to: None,
            by: Period::Year,
            evidence_per_period: 3,
        }
    }
}

/// The relationship between two states, period by period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadReport {
    pub a: String,
    pub b: String,
    pub name_a: String,
    pub name_b: String,
    pub by: Period,
    /// Periods with at least one event or amount, oldest first; events without any date are in a last
    /// period named `undated`.
    pub periods: Vec<DyadPeriod>,
    pub totals: DyadTotals,
    /// Amounts naming both states, oldest first.
    pub quantities: Vec<QuantityRow>,
}

/// One period of a dyad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadPeriod {
    /// `2024`, `2024-Q3` or `2024-07` (an event dated only by year is in its year's period; an event is
    /// dated no later than the article reporting it).
    pub period: String,
    /// Events per PLOVER type (negated and denied events left out).
    pub counts: BTreeMap<String, usize>,
    /// Events per quad class: `verbal_coop material_coop verbal_conflict material_conflict`.
    pub quad: BTreeMap<String, usize>,
    /// Mean PLOVER score of the events, weighted by modality; cooperation positive.
    pub score: f64,
    /// Events that count.
    pub events: usize,
    /// Negated or denied events: reported, not counted as the event.
    pub negated: usize,
    /// Events from a to b, from b to a, and symmetric ones.
    pub a_to_b: usize,
    pub b_to_a: usize,
    pub mutual: usize,
    /// The largest amount reported per kind, in dollars (other currencies at the configured rates; the
    /// largest rather than the sum because many articles repeat the same yearly figure).
    pub amounts_usd: BTreeMap<String, f64>,
    /// The strongest events of the period, with their sentences.
    pub evidence: Vec<EventRow>,
}

/// The whole range at once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DyadTotals {
    pub events: usize,
    pub negated: usize,
    pub counts: BTreeMap<String, usize>,
    pub quad: BTreeMap<String, usize>,
    pub score: f64,
}

/// The relationship between `a` and `b` (ids or names) over time.
///
/// The score of a period is `Σ mᵢ·sᵢ / Σ mᵢ`, `sᵢ` each event's PLOVER score and `mᵢ` its modality weight
/// from the weights file (asserted 1, expected 0.6, proposed 0.5, hypothetical 0.25, denied 0). Negated
/// events are not the event they negate: they are counted under `negated` and not scored.
pub fn dyad(
    kb: &dyn KnowledgeBase,
    a: &str,
    b: &str,
    opts: &DyadOptions,
) -> Result<DyadReport, AnalysisError> {
    dyad_with(kb, a, b, opts, &Weights::embedded())
}

/// [`dyad`] with other weights.
pub fn dyad_with(
    kb: &dyn KnowledgeBase,
    a: &str,
    b: &str,
    opts: &DyadOptions,
    w: &Weights,
) -> Result<DyadReport, AnalysisError> {
    let from = lower(opts.from.as_deref())?;
    let to = upper(opts.to.as_deref())?;
    if let (Some(f), Some(t)) = (&from, &to) {
        if f > t {
            return Err(AnalysisError::InvalidArgument(format!(
                "the range starts ({f}) after it ends ({t})"
            )));
        }
    }
    let a = resolve_country(kb, a)?;
    let b = resolve_country(kb, b)?;
    if a == b {
        return Err(AnalysisError::InvalidArgument(format!(
            "a dyad needs two different states, got {a} twice"
        )));
    }
    let filter = EventFilter {
        dyad: Some((a.clone(), b.clone())),
        from: from.clone(),
        to: to.clone(),
        include_negated: true,
        ..EventFilter::default()
    };
    // The store has no index of amounts by pair: the amounts of `a` are read and filtered, side by side
    // with the events.
    let (events, quantities) = std::thread::scope(|s| {
        let q = s.spawn(|| kb.quantities(Some(&a), from.as_deref(), to.as_deref()));
        (kb.events(&filter), q.join())
    });
    let events = events?;
    let mut quantities: Vec<QuantityRow> = quantities
        .map_err(|_| {
            AnalysisError::InvalidArgument("reading amounts failed (thread panicked)".into())
        })??
        .into_iter()
        .filter(|q| q.parties.contains(&b))
        .collect();
    quantities.sort_by(|x, y| x.date.cmp(&y.date));

    #[derive(Default)]
    struct Acc {
        p: Option<DyadPeriod>,
        num: f64,
        den: f64,
        scored: Vec<(f64, EventRow)>,
    }
    let mut periods: BTreeMap<String, Acc> = BTreeMap::new();
    let mut totals = DyadTotals::default();
    let (mut tnum, mut tden) = (0.0, 0.0);
    let blank = |period: &str| DyadPeriod {
        period: period.to_string(),
        counts: BTreeMap::new(),
        quad: BTreeMap::new(),
        score: 0.0,
        events: 0,
        negated: 0,
        a_to_b: 0,
        b_to_a: 0,
        mutual: 0,
        amounts_usd: BTreeMap::new(),
        evidence: Vec::new(),
    };
    for e in events {
        let key = period_of(crate::align::event_date(&e), opts.by);
        let acc = periods.entry(key.clone()).or_default();
        let p = acc.p.get_or_insert_with(|| blank(&key));
        let weight = w.event_weight(&e.modality, e.negated);
        if weight <= 0.0 {
            p.negated += 1;
            totals.negated += 1;
            continue;
        }
        p.events += 1;
        totals.events += 1;
        *p.counts.entry(e.kind.clone()).or_default() += 1;
        *totals.counts.entry(e.kind.clone()).or_default() += 1;
        if let Some(q) = w.quad_of(&e.kind) {
            *p.quad.entry(q.to_string()).or_default() += 1;
            *totals.quad.entry(q.to_string()).or_default() += 1;
        }
        let has = |side: &[String], id: &str| side.iter().any(|s| s == id);
        if e.target.is_empty() {
            p.mutual += 1;
        } else if has(&e.source, &a) && has(&e.target, &b) {
            p.a_to_b += 1;
        } else if has(&e.source, &b) && has(&e.target, &a) {
            p.b_to_a += 1;
        } else {
            p.mutual += 1;
        }
        let s = f64::from(e.score);
        acc.num += weight * s;
        acc.den += weight;
        tnum += weight * s;
        tden += weight;
        acc.scored.push((weight * s.abs() + 1e-6 * weight, e));
    }
    for q in &quantities {
        let key = period_of(q.date.as_deref(), opts.by);
        let acc = periods.entry(key.clone()).or_default();
        let p = acc.p.get_or_insert_with(|| blank(&key));
        if let Some(bn) = w.usd_bn(q.amount, q.currency.as_deref()) {
            // The largest figure, not the sum: articles repeat the same yearly total.
            let slot = p.amounts_usd.entry(q.kind.clone()).or_default();
            *slot = slot.max(bn * 1e9);
        }
    }
    totals.score = if tden > 0.0 { tnum / tden } else { 0.0 };
    let mut out: Vec<DyadPeriod> = Vec::new();
    let mut undated: Option<DyadPeriod> = None;
    for (_, mut acc) in periods {
        let Some(mut p) = acc.p.take() else {
            continue;
        };
        p.score = if acc.den > 0.0 {
            acc.num / acc.den
        } else {
            0.0
        };
        acc.scored.sort_by(|x, y| y.0.total_cmp(&x.0));
        p.evidence = acc
            .scored
            .into_iter()
            .take(opts.evidence_per_period)
            .map(|(_, e)| e)
            .collect();
        if p.period == UNDATED {
            undated = Some(p);
        } else {
            out.push(p);
        }
    }
    out.extend(undated);
    Ok(DyadReport {
        name_a: name_of(&a),
        name_b: name_of(&b),
        a,
        b,
        by: opts.by,
        periods: out,
        totals,
        quantities,
    })
}

const UNDATED: &str = "undated";

fn period_of(date: Option<&str>, by: Period) -> String {
    let Some(d) = date.and_then(|d| IsoDate::parse(d).ok()) else {
        return UNDATED.to_string();
    };
    match (by, d.month()) {
        (Period::Year, _) | (_, None) => format!("{:04}", d.year()),
        (Period::Quarter, Some(m)) => format!("{:04}-Q{}", d.year(), (m - 1) / 3 + 1),
        (Period::Month, Some(m)) => format!("{:04}-{:02}", d.year(), m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(period_of(Some("2024-08-15"), Period::Quarter), "2024-Q3");
        assert_eq!(period_of(Some("2024-08-15"), Period::Month), "2024-08");
        assert_eq!(period_of(Some("2024-08"), Period::Year), "2024");
        assert_eq!(period_of(Some("2024"), Period::Month), "2024");
        assert_eq!(period_of(None, Period::Month), "undated");
        assert_eq!(period_of(Some("soon"), Period::Month), "undated");
    }
}
