//! The documented weights of the questions (`data/analysis/weights.csv`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::AnalysisError;

const EMBEDDED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/analysis/weights.csv"
));

/// The weight of each component in the alignment index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct ComponentWeights {
    pub memberships: f64,
    pub treaties: f64,
    pub news: f64,
    pub stances: f64,
    pub economy: f64,
}

/// Scales, half-lives, priors and thresholds (see `data/analysis/README.md`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Params {
    pub news_half_life_days: f64,
    pub stance_half_life_days: f64,
    pub news_prior: f64,
    pub stance_prior: f64,
    pub score_max: f64,
    pub membership_scale: f64,
    pub treaty_scale: f64,
    pub economy_scale: f64,
    pub economy_window_years: f64,
    pub bloc_actor_share: f64,
    pub negated_cooperation: f64,
    pub evidence_per_item: f64,
    pub relations: f64,
    pub positions_limit: f64,
    pub assess_min_share: f64,
    pub positions_weight: f64,
    pub positions_prior: f64,
    pub verdict_realistic: f64,
    pub verdict_possible: f64,
    pub multilateral_share: f64,
    pub news_window_years: f64,
    pub max_events: f64,
}

/// Every weight the questions use, from one reviewable CSV file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub components: ComponentWeights,
    pub bloc_kind: BTreeMap<String, f64>,
    /// Per-bloc overrides of the kind weight.
    pub bloc: BTreeMap<String, f64>,
    pub status: BTreeMap<String, f64>,
    pub treaty_kind: BTreeMap<String, f64>,
    pub modality: BTreeMap<String, f64>,
    /// PLOVER type → quad class.
    pub quad: BTreeMap<String, String>,
    pub stance: BTreeMap<String, f64>,
    pub usd_rate: BTreeMap<String, f64>,
    pub params: Params,
}

impl Weights {
    /// The weights compiled into blocwatch.
    pub fn embedded() -> Weights {
        // The embedded file is checked by a test, so this cannot fail in a released build; a default value
        // (all zero) is still better than a panic should it ever happen.
        Weights::from_csv(EMBEDDED, "data/analysis/weights.csv").unwrap_or_default()
    }

    /// Reads a weights file of the same shape as `data/analysis/weights.csv`.
    pub fn from_path(path: &Path) -> Result<Weights, AnalysisError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| AnalysisError::Config(format!("{}: {e}", path.display())))?;
        Weights::from_csv(&text, &path.display().to_string())
    }

    /// Parses the CSV text; `name` is used in error messages.
    pub fn from_csv(text: &str, name: &str) -> Result<Weights, AnalysisError> {
        let mut w = Weights::default();
        let mut seen_params: Vec<String> = Vec::new();
        let mut seen_components: Vec<String> = Vec::new();
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(text.as_bytes());
        let header = rdr
            .headers()
            .map_err(|e| AnalysisError::Config(format!("{name}: {e}")))?
            .clone();
        if header.iter().collect::<Vec<_>>() != ["group", "key", "value", "source"] {
            return Err(AnalysisError::Config(format!(
                "{name}: the header must be group,key,value,source"
            )));
        }
        for (i, rec) in rdr.records().enumerate() {
            let line = i + 2;
            let err = |m: String| AnalysisError::Config(format!("{name}:{line}: {m}"));
            let rec = rec.map_err(|e| err(e.to_string()))?;
            let (group, key, value, source) = (
                rec.get(0).unwrap_or("").trim(),
                rec.get(1).unwrap_or("").trim(),
                rec.get(2).unwrap_or("").trim(),
                rec.get(3).unwrap_or("").trim(),
            );
            if key.is_empty() {
                return Err(err("empty key".into()));
            }
            if source.is_empty() {
                return Err(err(format!("{group}.{key} has no source")));
            }
            if group == "quad" {
                if !matches!(
                    value,
                    "verbal_coop" | "material_coop" | "verbal_conflict" | "material_conflict"
                ) {
                    return Err(err(format!("unknown quad class {value:?}")));
                }
                w.quad.insert(key.to_string(), value.to_string());
                continue;
            }
            let v: f64 = value
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite())
                .ok_or_else(|| err(format!("{group}.{key}: {value:?} is not a number")))?;
            match group {
                "component" => {
                    let c = &mut w.components;
                    let slot = match key {
                        "memberships" => &mut c.memberships,
                        "treaties" => &mut c.treaties,
                        "news" => &mut c.news,
                        "stances" => &mut c.stances,
                        "economy" => &mut c.economy,
                        _ => return Err(err(format!("unknown component {key:?}"))),
                    };
                    *slot = v;
                    seen_components.push(key.to_string());
                }
                "bloc_kind" => insert(&mut w.bloc_kind, key, v),
                "bloc" => insert(&mut w.bloc, key, v),
                "status" => insert(&mut w.status, key, v),
                "treaty_kind" => insert(&mut w.treaty_kind, key, v),
                "modality" => insert(&mut w.modality, key, v),
                "stance" => insert(&mut w.stance, key, v),
                "usd_rate" => insert(&mut w.usd_rate, key, v),
                "param" => {
                    let slot = param_slot(&mut w.params, key)
                        .ok_or_else(|| err(format!("unknown param {key:?}")))?;
                    *slot = v;
                    seen_params.push(key.to_string());
                }
                _ => return Err(err(format!("unknown group {group:?}"))),
            }
        }
        for key in ["memberships", "treaties", "news", "stances", "economy"] {
            if !seen_components.iter().any(|k| k == key) {
                return Err(AnalysisError::Config(format!(
                    "{name}: component {key} is missing"
                )));
            }
        }
        let mut probe = Params::default();
        for key in PARAMS {
            if param_slot(&mut probe, key).is_some() && !seen_params.iter().any(|k| k == key) {
                return Err(AnalysisError::Config(format!(
                    "{name}: param {key} is missing"
                )));
            }
        }
        let p = &w.params;
        for (key, v) in [
            ("news_half_life_days", p.news_half_life_days),
            ("stance_half_life_days", p.stance_half_life_days),
            ("score_max", p.score_max),
            ("membership_scale", p.membership_scale),
            ("treaty_scale", p.treaty_scale),
            ("economy_scale", p.economy_scale),
        ] {
            if v <= 0.0 {
                return Err(AnalysisError::Config(format!(
                    "{name}: param {key} must be positive"
                )));
            }
        }
        Ok(w)
    }

    /// The weight of a shared membership in `bloc` of `kind`.
    pub(crate) fn bloc_weight(&self, bloc: &str, kind: &str) -> f64 {
        self.bloc
            .get(bloc)
            .or_else(|| self.bloc_kind.get(kind))
            .copied()
            .unwrap_or(0.0)
    }

    pub(crate) fn status_weight(&self, status: &str) -> f64 {
        self.status.get(status).copied().unwrap_or(0.0)
    }

    /// How much an event counts: 0 when negated (it did not happen as told), else its modality's weight.
    pub(crate) fn event_weight(&self, modality: &str, negated: bool) -> f64 {
        if negated {
            return 0.0;
        }
        self.modality.get(modality).copied().unwrap_or(1.0)
    }

    pub(crate) fn quad_of(&self, kind: &str) -> Option<&str> {
        self.quad.get(kind).map(String::as_str)
    }

    pub(crate) fn is_cooperative(&self, kind: &str) -> bool {
        matches!(self.quad_of(kind), Some("verbal_coop" | "material_coop"))
    }

    /// `amount` in billions of dollars, when its currency has a rate (no currency: dollars).
    pub(crate) fn usd_bn(&self, amount: f64, currency: Option<&str>) -> Option<f64> {
        let rate = self.usd_rate.get(currency.unwrap_or("USD")).copied()?;
        let v = amount * rate / 1e9;
        v.is_finite().then_some(v.max(0.0))
    }
}

fn insert(map: &mut BTreeMap<String, f64>, key: &str, v: f64) {
    map.insert(key.to_string(), v);
}

const PARAMS: [&str; 22] = [
    "news_half_life_days",
    "stance_half_life_days",
    "news_prior",
    "stance_prior",
    "score_max",
    "membership_scale",
    "treaty_scale",
    "economy_scale",
    "economy_window_years",
    "bloc_actor_share",
    "negated_cooperation",
    "evidence_per_item",
    "relations",
    "positions_limit",
    "assess_min_share",
    "positions_weight",
    "positions_prior",
    "verdict_realistic",
    "verdict_possible",
    "multilateral_share",
    "news_window_years",
    "max_events",
];

fn param_slot<'a>(p: &'a mut Params, key: &str) -> Option<&'a mut f64> {
    Some(match key {
        "news_half_life_days" => &mut p.news_half_life_days,
        "stance_half_life_days" => &mut p.stance_half_life_days,
        "news_prior" => &mut p.news_prior,
        "stance_prior" => &mut p.stance_prior,
        "score_max" => &mut p.score_max,
        "membership_scale" => &mut p.membership_scale,
        "treaty_scale" => &mut p.treaty_scale,
        "economy_scale" => &mut p.economy_scale,
        "economy_window_years" => &mut p.economy_window_years,
        "bloc_actor_share" => &mut p.bloc_actor_share,
        "negated_cooperation" => &mut p.negated_cooperation,
        "evidence_per_item" => &mut p.evidence_per_item,
        "relations" => &mut p.relations,
        "positions_limit" => &mut p.positions_limit,
        "assess_min_share" => &mut p.assess_min_share,
        "positions_weight" => &mut p.positions_weight,
        "positions_prior" => &mut p.positions_prior,
        "verdict_realistic" => &mut p.verdict_realistic,
        "verdict_possible" => &mut p.verdict_possible,
        "multilateral_share" => &mut p.multilateral_share,
        "news_window_years" => &mut p.news_window_years,
        "max_events" => &mut p.max_events,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_is_complete() {
        let w = Weights::from_csv(EMBEDDED, "embedded").unwrap();
        assert_eq!(w, Weights::embedded());
        // The order the issue asks for: military alliance > security organisation > economic union > forum.
        let k = |s: &str| w.bloc_kind[s];
        assert!(k("military_alliance") > k("security_organisation"));
        assert!(k("security_organisation") > k("economic_union"));
        assert!(k("economic_union") > k("forum"));
        assert!(w.treaty_kind["defence_pact"] > w.treaty_kind["strategic_partnership"]);
        assert!(w.stance["REJECT"] < 0.0 && w.stance["SANCTION"] < 0.0);
        assert_eq!(w.quad.len(), 16);
        let sum = w.components.memberships
            + w.components.treaties
            + w.components.news
            + w.components.stances
            + w.components.economy;
        assert!((sum - 1.0).abs() < 1e-9, "component weights sum to {sum}");
    }

    #[test]
    fn bad_files_say_where() {
        let head = "group,key,value,source\n";
        let e = Weights::from_csv(&format!("{head}component,news,abc,x\n"), "w.csv").unwrap_err();
        assert!(e.to_string().contains("w.csv:2"), "{e}");
        let e = Weights::from_csv(&format!("{head}colour,news,1,x\n"), "w.csv").unwrap_err();
        assert!(e.to_string().contains("unknown group"), "{e}");
        let e = Weights::from_csv(&format!("{head}component,news,1,\n"), "w.csv").unwrap_err();
        assert!(e.to_string().contains("no source"), "{e}");
        let e = Weights::from_csv(head, "w.csv").unwrap_err();
        assert!(e.to_string().contains("missing"), "{e}");
        let e = Weights::from_csv("a,b\n", "w.csv").unwrap_err();
        assert!(e.to_string().contains("header"), "{e}");
    }
}
