//! The reference data: `data/reference/{blocs,memberships,treaties}.csv`, compiled into the binary and loaded
//! into the store's `ref_*` tables whenever the store holds none or an older copy (compared by hash).

use rusqlite::{params, Transaction};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::model::{BlocRow, MembershipRow, StoreError, TreatyRow};

const BLOCS: &str = include_str!("../../../data/reference/blocs.csv");
const MEMBERSHIPS: &str = include_str!("../../../data/reference/memberships.csv");
const TREATIES: &str = include_str!("../../../data/reference/treaties.csv");

const STATUSES: &[&str] = &[
    "founder",
    "member",
    "applicant",
    "observer",
    "partner",
    "dialogue_partner",
    "suspended",
    "former",
];

/// The parsed reference data, each row with the CSV line it came from.
#[derive(Debug, Clone)]
pub(crate) struct Reference {
    pub blocs: Vec<BlocRow>,
    pub memberships: Vec<(usize, MembershipRow)>,
    pub treaties: Vec<(usize, TreatyRow)>,
}

/// The hash that tells whether a store's copy of the reference is the compiled-in one.
pub(crate) fn embedded_hash() -> String {
    let mut h = Sha256::new();
    for part in [BLOCS, MEMBERSHIPS, TREATIES] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

#[derive(Debug, Deserialize)]
struct BlocCsv {
    id: String,
    name_en: String,
    name_ar: String,
    name_ru: String,
    kind: String,
    founded: Option<String>,
    dissolved: Option<String>,
    predecessor: Option<String>,
    successor: Option<String>,
    source: String,
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
struct MembershipCsv {
    bloc: String,
    member: String,
    status: String,
    from: Option<String>,
    to: Option<String>,
    source: String,
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
struct TreatyCsv {
    id: String,
    name: String,
    parties: String,
    kind: String,
    signed: Option<String>,
    in_force: Option<String>,
    ended: Option<String>,
    source: String,
    note: Option<String>,
}

impl Reference {
    /// Parses the compiled-in CSVs.
    pub(crate) fn embedded() -> Result<Reference, StoreError> {
        Reference::parse(BLOCS, MEMBERSHIPS, TREATIES)
    }

    pub(crate) fn parse(
        blocs: &str,
        memberships: &str,
        treaties: &str,
    ) -> Result<Reference, StoreError> {
        let blocs = rows::<BlocCsv>("blocs.csv", blocs)?
            .into_iter()
            .map(|(line, b)| {
                require(&b.source, "blocs.csv", line, "source")?;
                Ok(BlocRow {
                    id: b.id,
                    name_en: b.name_en,
                    name_ar: b.name_ar,
                    name_ru: b.name_ru,
                    kind: b.kind,
                    founded: b.founded,
                    dissolved: b.dissolved,
                    predecessor: b.predecessor,
                    successor: b.successor,
                    source: b.source,
                    note: b.note,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let memberships = rows::<MembershipCsv>("memberships.csv", memberships)?
            .into_iter()
            .map(|(line, m)| {
                require(&m.source, "memberships.csv", line, "source")?;
                require(&m.bloc, "memberships.csv", line, "bloc")?;
                require(&m.member, "memberships.csv", line, "member")?;
                if !STATUSES.contains(&m.status.as_str()) {
                    return Err(StoreError::Reference {
                        file: "memberships.csv".into(),
                        line,
                        message: format!("unknown status {:?}", m.status),
                    });
                }
                Ok((
                    line,
                    MembershipRow {
                        bloc: m.bloc,
                        member: m.member,
                        status: m.status,
                        from: m.from,
                        to: m.to,
                        source: m.source,
                        note: m.note,
                    },
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let treaties = rows::<TreatyCsv>("treaties.csv", treaties)?
            .into_iter()
            .map(|(line, t)| {
                require(&t.source, "treaties.csv", line, "source")?;
                let parties: Vec<String> =
                    t.parties.split_whitespace().map(str::to_string).collect();
                if parties.is_empty() {
                    return Err(StoreError::Reference {
                        file: "treaties.csv".into(),
                        line,
                        message: "no parties".into(),
                    });
                }
                Ok((
                    line,
                    TreatyRow {
                        id: t.id,
                        name: t.name,
                        parties,
                        kind: t.kind,
                        signed: t.signed,
                        in_force: t.in_force,
                        ended: t.ended,
                        source: t.source,
                        note: t.note,
                    },
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Reference {
            blocs,
            memberships,
            treaties,
        })
    }

    /// Replaces the reference tables with this data, inside the caller's transaction.
    pub(crate) fn write(&self, tx: &Transaction<'_>, hash: &str) -> Result<(), StoreError> {
        tx.execute_batch(
            "DELETE FROM ref_treaty_parties; DELETE FROM ref_treaties; \
             DELETE FROM ref_memberships; DELETE FROM ref_blocs;",
        )?;
        let mut ins = tx.prepare(
            "INSERT OR REPLACE INTO ref_blocs (id, name_en, name_ar, name_ru, kind, founded, dissolved, \
             predecessor, successor, source, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for b in &self.blocs {
            ins.execute(params![
                b.id,
                b.name_en,
                b.name_ar,
                b.name_ru,
                b.kind,
                b.founded,
                b.dissolved,
                b.predecessor,
                b.successor,
                b.source,
                b.note
            ])?;
        }
        let mut ins = tx.prepare(
            "INSERT INTO ref_memberships (line, bloc, member, status, \"from\", \"to\", source, note) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (line, m) in &self.memberships {
            ins.execute(params![
                *line as i64,
                m.bloc,
                m.member,
                m.status,
                m.from,
                m.to,
                m.source,
                m.note
            ])?;
        }
        let mut ins = tx.prepare(
            "INSERT INTO ref_treaties (line, id, name, parties, kind, signed, in_force, ended, source, note) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let mut party =
            tx.prepare("INSERT OR IGNORE INTO ref_treaty_parties (party, treaty) VALUES (?1, ?2)")?;
        for (line, t) in &self.treaties {
            ins.execute(params![
                *line as i64,
                t.id,
                t.name,
                t.parties.join(" "),
                t.kind,
                t.signed,
                t.in_force,
                t.ended,
                t.source,
                t.note
            ])?;
            for p in &t.parties {
                party.execute(params![p, *line as i64])?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('reference_hash', ?1)",
            [hash],
        )?;
        Ok(())
    }
}

fn require(value: &str, file: &str, line: usize, column: &str) -> Result<(), StoreError> {
    if value.trim().is_empty() {
        return Err(StoreError::Reference {
            file: file.into(),
            line,
            message: format!("empty `{column}`"),
        });
    }
    Ok(())
}

/// Deserialises every record of a CSV text, empty cells as `None`, with its 1-based line number.
fn rows<T: for<'de> Deserialize<'de>>(
    file: &str,
    text: &str,
) -> Result<Vec<(usize, T)>, StoreError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| StoreError::Reference {
            file: file.into(),
            line: 1,
            message: e.to_string(),
        })?
        .clone();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| StoreError::Reference {
            file: file.into(),
            line: e.position().map_or(0, |p| p.line() as usize),
            message: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        // Empty cells read as None for Option fields.
        let row: T = record
            .deserialize(Some(&headers))
            .map_err(|e| StoreError::Reference {
                file: file.into(),
                line,
                message: e.to_string(),
            })?;
        out.push((line, row));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_reference_parses_with_sources() {
        let r = Reference::embedded().unwrap();
        assert!(r.blocs.len() >= 30, "{} blocs", r.blocs.len());
        assert!(r.memberships.iter().all(|(_, m)| !m.source.is_empty()));
        assert!(r.treaties.iter().any(|(_, t)| t.parties == ["RUS", "CHN"]));
    }

    #[test]
    fn bad_status_is_reported_with_its_line() {
        let err = Reference::parse(
            "id,name_en,name_ar,name_ru,kind,founded,dissolved,predecessor,successor,source,note\n",
            "bloc,member,status,from,to,source,note\nSCO,CHN,founder,2001,,x,\nSCO,IND,friend,2017,,x,\n",
            "id,name,parties,kind,signed,in_force,ended,source,note\n",
        )
        .unwrap_err();
        match err {
            StoreError::Reference { file, line, .. } => {
                assert_eq!((file.as_str(), line), ("memberships.csv", 3))
            }
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn missing_source_is_an_error() {
        let err = Reference::parse(
            "id,name_en,name_ar,name_ru,kind,founded,dissolved,predecessor,successor,source,note\n\
             SCO,a,b,c,forum,2001,,,,,\n",
            "bloc,member,status,from,to,source,note\n",
            "id,name,parties,kind,signed,in_force,ended,source,note\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("source"), "{err}");
    }
}
