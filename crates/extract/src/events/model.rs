//! The learned type model: a linear classifier that may re-type (or drop) an event the rules coded.
//!
//! What is learned: for each event the coder is about to emit, a score per PLOVER type and for `NONE` (no
//! event with these parties in the gold), from sparse features of the trigger, its clause and its actors.
//! From what: the events the coder itself outputs on the annotated dev items, labelled with the gold type
//! of the gold event that has the same parties (the scorer's matching), or `NONE`. The weights are trained
//! by `tools/type_model` and kept in a plain file (`data/events/type_model.tsv`).
//!
//! The invariant: without a model the rules decide, unchanged. With one, the model overrules the rules'
//! type only when its best class beats the rules' type by more than a margin chosen by validation.
//! Features are hashed as they are produced (no string is built at inference time).

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::OnceLock;

use blocwatch_text::Lang;

use super::actors::is_bloc;
use super::data::{Cue, Trigger, TYPES};
use super::roles::is_prep;
use super::scan::Hit;
use super::{Coder, Roles};

/// The classes: the sixteen PLOVER types (`data::TYPES`, in its order) and `NONE`.
pub const CLASSES: [&str; 17] = {
    let mut classes = [""; 17];
    let mut i = 0;
    while i < TYPES.len() {
        classes[i] = TYPES[i];
        i += 1;
    }
    classes[NONE] = "NONE";
    classes
};
const NONE: usize = 16;

/// A type model file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TypeModelError {
    #[error("line {line}: {why}")]
    Line { line: usize, why: String },
    #[error("reading {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Weights per (feature, class), and the margins the model must beat the rules by.
#[derive(Debug, Clone, Default)]
pub struct TypeModel {
    /// Feature hashes, sorted; `weights[k * 17 + class]` belongs to `keys[k]`.
    keys: Vec<u64>,
    weights: Vec<f32>,
    /// Margin over the rules' type needed to re-type an event.
    pub retype_margin: f32,
    /// Margin over the rules' type needed to drop an event (class `NONE`).
    pub drop_margin: f32,
}

impl TypeModel {
    /// Reads the TSV written by the trainer: `#` comments, `margin\tretype|drop\t<x>` rows, a
    /// `feature\tclass\tweight` header, then one weight a row.
    pub fn parse(text: &str) -> Result<TypeModel, TypeModelError> {
        let mut rows: Vec<(u64, usize, f32)> = Vec::new();
        let mut m = TypeModel {
            retype_margin: f32::INFINITY,
            drop_margin: f32::INFINITY,
            ..TypeModel::default()
        };
        for (n, line) in text.lines().enumerate() {
            let bad = |why: String| TypeModelError::Line { line: n + 1, why };
            if line.is_empty() || line.starts_with('#') || line == "feature\tclass\tweight" {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(a), Some(b), Some(c), None) = (f.next(), f.next(), f.next(), f.next()) else {
                return Err(bad("not three tab-separated fields".to_string()));
            };
            let x: f32 = c
                .parse()
                .ok()
                .filter(|x: &f32| x.is_finite() || a == "margin")
                .ok_or_else(|| bad(format!("{c:?} is not a number")))?;
            if a == "margin" {
                match b {
                    "retype" => m.retype_margin = x,
                    "drop" => m.drop_margin = x,
                    _ => return Err(bad(format!("unknown margin {b:?}"))),
                }
                continue;
            }
            let class = CLASSES
                .iter()
                .position(|k| *k == b)
                .ok_or_else(|| bad(format!("unknown class {b:?}")))?;
            rows.push((hash(&[a]), class, x));
        }
        rows.sort_by_key(|r| (r.0, r.1));
        for (h, class, x) in rows {
            if m.keys.last() != Some(&h) {
                m.keys.push(h);
                m.weights.extend([0.0; 17]);
            }
            let k = m.keys.len() - 1;
            m.weights[k * 17 + class] += x;
        }
        Ok(m)
    }

    /// Reads a model file.
    pub fn load(path: &std::path::Path) -> Result<TypeModel, TypeModelError> {
        let text = std::fs::read_to_string(path).map_err(|source| TypeModelError::Io {
            path: path.display().to_string(),
            source,
        })?;
        TypeModel::parse(&text)
    }

    /// What this model does with an event the rules typed `rule_type`, from its features as the trainer
    /// collects them ([`Example::features`]): `None` keeps it, `Some("NONE")` drops it, `Some(t)` re-types
    /// it to `t`. (The coder's own verdict, computed from the same features; the trainer uses it to skip
    /// re-coding the items a model leaves alone.)
    pub fn judge(&self, features: &[String], rule_type: &str) -> Option<&'static str> {
        let mut s = [0.0; 17];
        for f in features {
            self.add(hash(&[f]), &mut s);
        }
        match decide(self, &s, rule_type) {
            Verdict::Keep => None,
            Verdict::Drop => Some(CLASSES[NONE]),
            Verdict::Retype(t) => Some(t),
        }
    }

    fn add(&self, h: u64, scores: &mut [f32; 17]) {
        if let Ok(k) = self.keys.binary_search(&h) {
            for (s, w) in scores.iter_mut().zip(&self.weights[k * 17..k * 17 + 17]) {
                *s += w;
            }
        }
    }
}

/// One event the coder emitted, with its features: a training example once the trainer labels it.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub lang: &'static str,
    pub features: Vec<String>,
    /// The type the rules chose.
    pub rule_type: &'static str,
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub negated: bool,
    pub modality: &'static str,
}

thread_local! {
    /// A model set for this thread (the trainer's folds, tests), over the global one.
    static OVERRIDE: RefCell<Option<Option<Rc<TypeModel>>>> = const { RefCell::new(None) };
    /// When set, every event coded on this thread is recorded here (and the model is not applied).
    static COLLECT: RefCell<Option<Vec<Example>>> = const { RefCell::new(None) };
}

/// Runs `f` with `model` (or none) as the type model of this thread.
pub fn with_type_model<R>(model: Option<Rc<TypeModel>>, f: impl FnOnce() -> R) -> R {
    /// Puts the previous model back also when `f` unwinds.
    struct Restore(Option<Option<Rc<TypeModel>>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let prev = self.0.take();
            OVERRIDE.with(|o| *o.borrow_mut() = prev);
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(model))));
    f()
}

/// Runs `f` without a model and returns, beside its result, every event the coder was about to emit,
/// with its features.
pub fn collect_examples<R>(f: impl FnOnce() -> R) -> (R, Vec<Example>) {
    /// Stops collecting (and puts back an outer collection) also when `f` unwinds.
    struct Restore(Option<Option<Vec<Example>>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            if let Some(prev) = self.0.take() {
                COLLECT.with(|c| *c.borrow_mut() = prev);
            }
        }
    }
    let mut restore = Restore(Some(COLLECT.with(|c| c.replace(Some(Vec::new())))));
    let r = with_type_model(None, f);
    let prev = restore.0.take().unwrap_or_default();
    let got = COLLECT.with(|c| c.replace(prev)).unwrap_or_default();
    (r, got)
}

/// The model set by `BLOCWATCH_TYPE_MODEL` (a path to a model file, or `embedded` for the shipped
/// `data/events/type_model.tsv`); unset or `off`: none, the rules decide.
fn global() -> Option<&'static TypeModel> {
    static G: OnceLock<Option<TypeModel>> = OnceLock::new();
    G.get_or_init(|| {
        let v = std::env::var("BLOCWATCH_TYPE_MODEL").ok()?;
        let r = match v.as_str() {
            "" | "off" | "0" => return None,
            "embedded" | "on" | "1" => TypeModel::parse(EMBEDDED),
            path => TypeModel::load(std::path::Path::new(path)),
        };
        match r {
            Ok(m) => Some(m),
            Err(e) => {
                // (A library cannot fail a whole run for an optional model: say so once, code with rules.)
                eprintln!("BLOCWATCH_TYPE_MODEL={v}: {e}; coding events with the rules only");
                None
            }
        }
    })
    .as_ref()
}

const EMBEDDED: &str = include_str!("../../../../data/events/type_model.tsv");

/// The shipped model (`data/events/type_model.tsv`).
pub fn embedded_type_model() -> Result<TypeModel, TypeModelError> {
    TypeModel::parse(EMBEDDED)
}

/// What the model says about one event.
pub(super) enum Verdict {
    Keep,
    Drop,
    Retype(&'static str),
}

/// FNV-1a over the concatenated parts (the same hash for a feature built in pieces or read whole).
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Where features go: hashed into scores, or written out for training.
enum Sink<'m> {
    Score(&'m TypeModel, [f32; 17]),
    Collect(Vec<String>),
}

impl Sink<'_> {
    fn feat(&mut self, parts: &[&str]) {
        match self {
            Sink::Score(m, s) => m.add(hash(parts), s),
            Sink::Collect(v) => v.push(parts.concat()),
        }
    }
}

fn lang_code(l: Lang) -> &'static str {
    match l {
        Lang::Ar => "ar",
        Lang::Ru => "ru",
        _ => "en",
    }
}

fn cue_name(c: Cue, topics: &[String]) -> Option<&str> {
    Some(match c {
        Cue::Neg => "neg",
        Cue::NegVerb => "negverb",
        Cue::Expected => "expected",
        Cue::Proposed => "proposed",
        Cue::Hypothetical => "hypothetical",
        Cue::Denied => "denied",
        Cue::Report => "report",
        Cue::With => "with",
        Cue::To => "to",
        Cue::Against => "against",
        Cue::On => "on",
        Cue::From => "from",
        Cue::Between => "between",
        Cue::By => "by",
        Cue::About => "about",
        Cue::Future => "future",
        Cue::Passive => "passive",
        Cue::Topic(t) => return topics.get(t as usize).map(String::as_str),
        _ => return None,
    })
}

fn count_class(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        _ => "2+",
    }
}

impl<'a> Coder<'_, 'a> {
    /// The model's verdict on the event the rules are about to emit (`Keep` when no model is set); when
    /// the trainer collects, records the event and its features instead.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn model_verdict(
        &self,
        i: usize,
        hit: &Hit,
        trig: &Trigger,
        ci: usize,
        type_name: &'static str,
        mode: Option<&str>,
        roles: &Roles<'a>,
        modality: &'static str,
    ) -> Verdict {
        let collecting = COLLECT.with(|c| c.borrow().is_some());
        if collecting {
            let mut sink = Sink::Collect(Vec::new());
            self.features(
                i, hit, trig, ci, type_name, mode, roles, modality, &mut sink,
            );
            let Sink::Collect(features) = sink else {
                return Verdict::Keep;
            };
            let ex = Example {
                lang: lang_code(self.ctx.lang),
                features,
                rule_type: type_name,
                source: roles.source.iter().map(|s| s.to_string()).collect(),
                target: roles.target.iter().map(|s| s.to_string()).collect(),
                negated: self.negated(i),
                modality,
            };
            COLLECT.with(|c| {
                if let Some(v) = c.borrow_mut().as_mut() {
                    v.push(ex);
                }
            });
            return Verdict::Keep;
        }
        let local = OVERRIDE.with(|o| o.borrow().clone());
        let verdict = |m: &TypeModel| {
            let mut sink = Sink::Score(m, [0.0; 17]);
            self.features(
                i, hit, trig, ci, type_name, mode, roles, modality, &mut sink,
            );
            let Sink::Score(_, s) = sink else {
                return Verdict::Keep;
            };
            decide(m, &s, type_name)
        };
        match local {
            Some(Some(m)) => verdict(&m),
            Some(None) => Verdict::Keep,
            None => global().map_or(Verdict::Keep, verdict),
        }
    }

    /// The features of one event. (Every part is a borrowed slice: the scoring sink hashes them in place.)
    #[allow(clippy::too_many_arguments)]
    fn features(
        &self,
        i: usize,
        hit: &Hit,
        trig: &Trigger,
        ci: usize,
        type_name: &str,
        mode: Option<&str>,
        roles: &Roles<'a>,
        modality: &str,
        sink: &mut Sink<'_>,
    ) {
        let lang = lang_code(self.ctx.lang);
        let scan = self.scan;
        let n = scan.toks.len();
        let csv_type = TYPES[trig.kind as usize];
        sink.feat(&["bias"]);
        sink.feat(&["lang=", lang]);
        sink.feat(&["rt=", type_name]);
        sink.feat(&["rt=", type_name, "|", lang]);
        sink.feat(&["rm=", type_name, "/", mode.unwrap_or("-")]);
        sink.feat(&["ct=", csv_type, "/", trig.mode.as_deref().unwrap_or("-")]);
        if csv_type != type_name {
            sink.feat(&["refined=", csv_type, ">", type_name]);
        }
        if trig.noun {
            sink.feat(&["noun|", type_name]);
        }
        // The trigger row, by its words as matched (stable while rows are added and reordered).
        let first = scan.text(hit.t0);
        let last = scan.text(hit.t1 - 1);
        sink.feat(&["tw=", lang, ":", first, "_", last]);
        sink.feat(&["tw0=", lang, ":", first]);
        for t in hit.t0.saturating_sub(4)..hit.t0 {
            if scan.toks[t].word {
                sink.feat(&["wl=", lang, ":", scan.text(t)]);
            }
        }
        for t in hit.t1..(hit.t1 + 4).min(n) {
            if scan.toks[t].word {
                sink.feat(&["wr=", lang, ":", scan.text(t)]);
            }
        }
        let cr = self.clauses[ci].range.clone();
        for t in cr.clone() {
            if scan.toks[t].word && !(hit.t0..hit.t1).contains(&t) {
                sink.feat(&["cw=", lang, ":", scan.text(t)]);
            }
        }
        let topics = &self.tables.lang(self.ctx.lang).topics;
        for &(a, b, c) in &scan.cues {
            if a >= cr.start && b <= cr.end {
                if let Some(name) = cue_name(c, topics) {
                    sink.feat(&["cue=", name]);
                    sink.feat(&["cue=", name, "|", type_name]);
                }
            }
        }
        sink.feat(&["mod=", modality]);
        if self.negated(i) {
            sink.feat(&["neg|", type_name]);
        }
        sink.feat(&["src#", count_class(roles.source.len()), "|", type_name]);
        sink.feat(&["tgt#", count_class(roles.target.len()), "|", type_name]);
        if roles.source.iter().any(|s| is_bloc(self.ctx, s)) {
            sink.feat(&["srcbloc|", type_name]);
        }
        if roles.target.iter().any(|s| is_bloc(self.ctx, s)) {
            sink.feat(&["tgtbloc|", type_name]);
        }
        if !roles.who.is_empty() {
            sink.feat(&["who|", type_name]);
        }
        if roles.named_parties {
            sink.feat(&["named_parties|", type_name]);
        }
        if roles.target.is_empty() && roles.source.len() >= 2 {
            sink.feat(&["sym|", type_name]);
        }
        // An amount in the sentence (a digit anywhere).
        if (0..n).any(|t| scan.text(t).bytes().any(|b| b.is_ascii_digit()))
            || self
                .ctx
                .text
                .chars()
                .any(|c| ('\u{660}'..='\u{669}').contains(&c))
        {
            sink.feat(&["amount|", type_name]);
        }
        // The preposition before the first target actor of the clause.
        if let Some(tid) = roles.target.first() {
            if let Some(a) = self
                .actors
                .iter()
                .find(|a| a.t0 >= cr.start && a.t0 < cr.end && a.ids.contains(tid))
            {
                let prep = scan
                    .cues
                    .iter()
                    .filter(|&&(_, b, _)| b <= a.t0 && b + 2 >= a.t0)
                    .find_map(|&(_, _, c)| {
                        (is_prep(c) && !matches!(c, Cue::About))
                            .then(|| cue_name(c, topics).unwrap_or("in"))
                    })
                    .or_else(|| a.clitic.and_then(|c| cue_name(c, topics)))
                    .unwrap_or("none");
                sink.feat(&["tprep=", prep, "|", type_name]);
                sink.feat(&["tpos=", if a.t0 > hit.t0 { "after" } else { "before" }]);
            }
        }
    }
}

/// The model's class when it beats the rules' type by the margin, else `Keep`.
fn decide(m: &TypeModel, s: &[f32; 17], type_name: &str) -> Verdict {
    let Some(rule) = CLASSES.iter().position(|k| *k == type_name) else {
        return Verdict::Keep;
    };
    let mut best = rule;
    for (k, &x) in s.iter().enumerate() {
        if x > s[best] {
            best = k;
        }
    }
    if best == rule {
        return Verdict::Keep;
    }
    let margin = s[best] - s[rule];
    if best == NONE {
        if margin > m.drop_margin {
            return Verdict::Drop;
        }
        // (Second best, when dropping is not sure enough: a re-type may still be.)
        let mut alt = rule;
        for (k, &x) in s.iter().enumerate().take(NONE) {
            if x > s[alt] {
                alt = k;
            }
        }
        if alt != rule && s[alt] - s[rule] > m.retype_margin {
            return Verdict::Retype(CLASSES[alt]);
        }
        return Verdict::Keep;
    }
    if margin > m.retype_margin {
        Verdict::Retype(CLASSES[best])
    } else {
        Verdict::Keep
    }
}

/// Writes a model file body: margins, header, then rows (the trainer adds its own comment lines first).
pub fn write_rows(out: &mut String, retype: f32, drop: f32, rows: &[(String, usize, f32)]) {
    let _ = writeln!(out, "margin\tretype\t{retype}");
    let _ = writeln!(out, "margin\tdrop\t{drop}");
    out.push_str("feature\tclass\tweight\n");
    for (f, c, w) in rows {
        let _ = writeln!(out, "{f}\t{}\t{w}", CLASSES[*c]);
    }
}

#[cfg(test)]
mod model_tests {
    use super::*;

    #[test]
    fn a_model_file_is_read_and_bad_rows_are_named() {
        let m = TypeModel::parse(
            "# header\nmargin\tretype\t1.5\nmargin\tdrop\tinf\nfeature\tclass\tweight\n\
             rt=AID\tNONE\t2\nrt=AID\tNONE\t0.5\nbias\tAGREE\t-1\n",
        )
        .expect("a model");
        assert_eq!(m.retype_margin, 1.5);
        assert!(m.drop_margin.is_infinite());
        let mut s = [0.0; 17];
        m.add(hash(&["rt=", "AID"]), &mut s);
        assert_eq!(s[NONE], 2.5, "rows of one feature and class add up");
        assert!(
            matches!(decide(&m, &s, "AID"), Verdict::Keep),
            "drop margin infinite"
        );
        let bad = [
            "bias\tAGREE\n",
            "bias\tWAR\t1\n",
            "bias\tAGREE\tmuch\n",
            "bias\tAGREE\tNaN\n",
            "margin\tsome\t1\n",
        ];
        for b in bad {
            let e = TypeModel::parse(b).expect_err(b);
            assert!(e.to_string().starts_with("line 1:"), "{e}");
        }
    }

    #[test]
    fn the_model_overrules_only_beyond_its_margin() {
        let m = TypeModel {
            retype_margin: 1.0,
            drop_margin: 2.0,
            ..TypeModel::default()
        };
        let mut s = [0.0; 17];
        s[0] = 1.0; // AGREE, the rules' type
        s[4] = 1.9; // COOPERATE: 0.9 better, under the margin
        assert!(matches!(decide(&m, &s, "AGREE"), Verdict::Keep));
        s[4] = 2.1;
        assert!(matches!(
            decide(&m, &s, "AGREE"),
            Verdict::Retype("COOPERATE")
        ));
        s[NONE] = 2.5; // NONE best, 1.5 over the rules: not a drop, but the re-type still stands
        assert!(matches!(
            decide(&m, &s, "AGREE"),
            Verdict::Retype("COOPERATE")
        ));
        s[NONE] = 3.5;
        assert!(matches!(decide(&m, &s, "AGREE"), Verdict::Drop));
    }
}
