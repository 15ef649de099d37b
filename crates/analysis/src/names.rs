//! Turning what an analyst types (`kaz`, `Kazakhstan`, `Казахстан`, `brics`, `ШОС`) into ids, and ids
//! into names.

use blocwatch_lexicon::{Kind, Lexicon};
use blocwatch_store::{BlocRow, KnowledgeBase};
use blocwatch_text::{normalize, Lang};

use crate::error::AnalysisError;

/// The English name of an entity id, else the id itself.
pub(crate) fn name_of(id: &str) -> String {
    let lex = Lexicon::embedded();
    lex.lookup(id)
        .map(|i| lex.entity(i).name(Lang::En).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// Resolves a bloc id, name or alias in any of the three languages, case-insensitively.
pub fn resolve_bloc(kb: &dyn KnowledgeBase, input: &str) -> Result<BlocRow, AnalysisError> {
    let blocs = kb.blocs()?;
    find_bloc(&blocs, input)
        .cloned()
        .ok_or_else(|| AnalysisError::unknown("bloc", input, &suggest_blocs(&blocs, input)))
}

pub(crate) fn find_bloc<'a>(blocs: &'a [BlocRow], input: &str) -> Option<&'a BlocRow> {
    let q = input.trim();
    if q.is_empty() {
        return None;
    }
    let nq = normalize(q);
    let by_id = |id: &str| blocs.iter().find(|b| b.id == id);
    blocs
        .iter()
        .find(|b| b.id.eq_ignore_ascii_case(q))
        .or_else(|| {
            blocs.iter().find(|b| {
                [&b.name_en, &b.name_ar, &b.name_ru]
                    .iter()
                    .any(|n| !n.is_empty() && normalize(n) == nq)
            })
        })
        .or_else(|| whole_mention(q, Kind::Bloc).and_then(|id| by_id(&id)))
}

/// Resolves a country id (ISO alpha-3, any case), name or alias in any of the three languages.
pub fn resolve_country(kb: &dyn KnowledgeBase, input: &str) -> Result<String, AnalysisError> {
    let q = input.trim();
    let lex = Lexicon::embedded();
    let upper = q.to_ascii_uppercase();
    if q.len() == 3 && q.is_ascii() {
        if lex
            .lookup(&upper)
            .is_some_and(|i| lex.entity(i).kind == Kind::Country)
        {
            return Ok(upper);
        }
        // States the reference knows but the lexicon does not (historical codes such as YMD).
        if kb.countries()?.contains(&upper) {
            return Ok(upper);
        }
    }
    if !q.is_empty() {
        let nq = normalize(q);
        let by_name = lex.entities().find(|(_, e)| {
            e.kind == Kind::Country
                && [&e.name_en, &e.name_ar, &e.name_ru]
                    .iter()
                    .any(|n| !n.is_empty() && normalize(n) == nq)
        });
        if let Some((_, e)) = by_name {
            return Ok(e.id.clone());
        }
        if let Some(id) = whole_mention(q, Kind::Country) {
            return Ok(id);
        }
    }
    let suggestions: Vec<String> = if q.is_empty() {
        Vec::new()
    } else {
        let nq = normalize(q);
        lex.entities()
            .filter(|(_, e)| e.kind == Kind::Country)
            .filter(|(_, e)| {
                normalize(&e.name_en).starts_with(&nq) || e.id.starts_with(&prefix2(&upper))
            })
            .take(5)
            .map(|(_, e)| format!("{} ({})", e.id, e.name_en))
            .collect()
    };
    Err(AnalysisError::unknown("country", input, &suggestions))
}

/// The entity the lexicon finds when the whole input is one mention of `kind` (`ШОС`, `the Kremlin`).
fn whole_mention(q: &str, kind: Kind) -> Option<String> {
    let lex = Lexicon::embedded();
    let lang = if q.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        Lang::Ar
    } else if q.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        Lang::Ru
    } else {
        Lang::En
    };
    let found = lex.find(q, lang);
    let [m] = found.as_slice() else {
        return None;
    };
    // The mention must cover the input but for punctuation and spaces around it.
    let rest: String = format!("{}{}", &q[..m.start], &q[m.end..]);
    if rest.chars().any(char::is_alphanumeric) {
        return None;
    }
    let e = lex.entity(m.entity);
    (e.kind == kind).then(|| e.id.clone())
}

fn suggest_blocs(blocs: &[BlocRow], input: &str) -> Vec<String> {
    let q = input.trim().to_ascii_uppercase();
    let mut out: Vec<String> = blocs
        .iter()
        .filter(|b| {
            !q.is_empty()
                && (b.id.starts_with(&prefix2(&q)) || b.name_en.to_ascii_uppercase().contains(&q))
        })
        .map(|b| b.id.clone())
        .take(5)
        .collect();
    if out.is_empty() {
        out = blocs.iter().take(8).map(|b| b.id.clone()).collect();
        out.push("…".into());
    }
    out
}

/// The first two characters (never a byte slice: the input may be Arabic or Cyrillic).
fn prefix2(s: &str) -> String {
    s.chars().take(2).collect()
}
