//! Reading the data files into raw rows.

use std::borrow::Cow;
use std::path::Path;

use crate::error::{Error, Warning};
use crate::model::Kind;

/// One entity row, merged from every file that names the id.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawEntity {
    pub id: String,
    pub kind: Option<Kind>,
    pub name_en: String,
    pub name_ar: String,
    pub name_ru: String,
    pub wikidata: String,
    pub country: String,
    pub bloc: String,
    pub sector: String,
    pub file: String,
    pub line: u64,
}

#[derive(Clone, Debug)]
pub(crate) struct RawRole {
    pub person: String,
    pub country: String,
    pub role: String,
    pub from: String,
    pub to: String,
    pub file: String,
    pub line: u64,
}

/// A `successions.csv` row: while `predecessor` existed, the capital of `state` stood for it; with `by`
/// `name`, while `state` existed, the name of `predecessor` stood for it.
#[derive(Clone, Debug)]
pub(crate) struct RawSuccession {
    pub state: String,
    pub predecessor: String,
    pub from: String,
    pub until: String,
    pub by: String,
    pub file: String,
    pub line: u64,
}

#[derive(Clone, Debug)]
pub(crate) struct RawAlias {
    pub entity: String,
    pub lang: String,
    pub alias: String,
    pub form: String,
    pub flags: String,
    pub file: String,
    pub line: u64,
}

#[derive(Debug, Default)]
pub(crate) struct RawData {
    pub entities: Vec<RawEntity>,
    pub roles: Vec<RawRole>,
    pub successions: Vec<RawSuccession>,
    pub aliases: Vec<RawAlias>,
    pub warnings: Vec<Warning>,
}

/// The entity files, in the order their entities get indices.
pub(crate) const ENTITY_FILES: &[(&str, Kind)] = &[
    ("countries.generated.csv", Kind::Country),
    ("countries.csv", Kind::Country),
    ("collectives.csv", Kind::Collective),
    ("blocs.csv", Kind::Bloc),
    ("people.csv", Kind::Person),
    ("companies.csv", Kind::Company),
    ("initiatives.csv", Kind::Initiative),
];

pub(crate) const ROLES_FILE: &str = "roles.csv";
pub(crate) const SUCCESSIONS_FILE: &str = "successions.csv";

/// A set of data files: name relative to the lexicon directory → contents.
pub(crate) trait Files {
    fn get(&self, name: &str) -> Result<Option<Cow<'_, str>>, Error>;
    fn alias_files(&self) -> Result<Vec<String>, Error>;
}

pub(crate) struct Embedded;

impl Files for Embedded {
    fn get(&self, name: &str) -> Result<Option<Cow<'_, str>>, Error> {
        Ok(crate::EMBEDDED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| Cow::Borrowed(*t)))
    }
    fn alias_files(&self) -> Result<Vec<String>, Error> {
        Ok(crate::EMBEDDED
            .iter()
            .filter(|(n, _)| n.starts_with("aliases/"))
            .map(|(n, _)| (*n).to_owned())
            .collect())
    }
}

pub(crate) struct Dir<'a>(pub &'a Path);

impl Files for Dir<'_> {
    fn get(&self, name: &str) -> Result<Option<Cow<'_, str>>, Error> {
        let path = self.0.join(name);
        match std::fs::read_to_string(&path) {
            Ok(t) => Ok(Some(Cow::Owned(t))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(Error::Io { path, source }),
        }
    }
    fn alias_files(&self) -> Result<Vec<String>, Error> {
        let dir = self.0.join("aliases");
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => return Err(Error::Io { path: dir, source }),
        };
        let mut names: Vec<String> = rd
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".csv"))
            .map(|n| format!("aliases/{n}"))
            .collect();
        names.sort();
        Ok(names)
    }
}

struct Row<'r> {
    rec: &'r csv::StringRecord,
    idx: &'r [Option<usize>],
}

impl Row<'_> {
    fn get(&self, col: usize) -> &str {
        self.idx[col]
            .and_then(|i| self.rec.get(i))
            .unwrap_or("")
            .trim()
    }
}

/// Reads `text` as CSV with a header, calling `f` with each row's line and the values
/// of `columns` (in that order; optional columns absent from the header read as "").
fn read_csv(
    file: &str,
    text: &str,
    required: &[&'static str],
    optional: &[&'static str],
    mut f: impl FnMut(u64, &dyn Fn(usize) -> String),
) -> Result<(), Error> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|source| Error::Csv {
            file: file.to_owned(),
            line: 1,
            source,
        })?
        .clone();
    let find = |c: &str| headers.iter().position(|h| h.trim() == c);
    let mut idx = Vec::new();
    for &c in required {
        match find(c) {
            Some(i) => idx.push(Some(i)),
            None => {
                return Err(Error::MissingColumn {
                    file: file.to_owned(),
                    column: c,
                })
            }
        }
    }
    for &c in optional {
        idx.push(find(c));
    }
    let mut rec = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(source) => {
                let line = source.position().map_or(0, |p| p.line());
                return Err(Error::Csv {
                    file: file.to_owned(),
                    line,
                    source,
                });
            }
        }
        if rec.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let line = rec.position().map_or(0, |p| p.line());
        let row = Row {
            rec: &rec,
            idx: &idx,
        };
        f(line, &|c| row.get(c).to_owned());
    }
    Ok(())
}

/// The file `name`, or a "file not found" warning: every data file is optional, and a missing one is said.
fn get_or_warn<'f>(
    files: &'f dyn Files,
    name: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Cow<'f, str>>, Error> {
    let text = files.get(name)?;
    if text.is_none() {
        warnings.push(Warning {
            file: name.to_owned(),
            line: 0,
            message: "file not found".into(),
        });
    }
    Ok(text)
}

pub(crate) fn load(files: &dyn Files, out: &mut RawData) -> Result<(), Error> {
    for &(name, kind) in ENTITY_FILES {
        let Some(text) = get_or_warn(files, name, &mut out.warnings)? else {
            continue;
        };
        read_csv(
            name,
            &text,
            &["id"],
            &[
                "name_en", "name_ar", "name_ru", "wikidata", "country", "bloc", "sector",
            ],
            |line, get| {
                out.entities.push(RawEntity {
                    id: get(0),
                    kind: Some(kind),
                    name_en: get(1),
                    name_ar: get(2),
                    name_ru: get(3),
                    wikidata: get(4),
                    country: get(5),
                    bloc: get(6),
                    sector: get(7),
                    file: name.to_owned(),
                    line,
                })
            },
        )?;
    }
    if let Some(text) = get_or_warn(files, ROLES_FILE, &mut out.warnings)? {
        read_csv(
            ROLES_FILE,
            &text,
            &["person", "country", "role"],
            &["from", "to"],
            |line, get| {
                out.roles.push(RawRole {
                    person: get(0),
                    country: get(1),
                    role: get(2),
                    from: get(3),
                    to: get(4),
                    file: ROLES_FILE.to_owned(),
                    line,
                })
            },
        )?;
    }
    if let Some(text) = get_or_warn(files, SUCCESSIONS_FILE, &mut out.warnings)? {
        read_csv(
            SUCCESSIONS_FILE,
            &text,
            &["state", "predecessor", "from", "until"],
            &["by"],
            |line, get| {
                out.successions.push(RawSuccession {
                    state: get(0),
                    predecessor: get(1),
                    from: get(2),
                    until: get(3),
                    by: get(4),
                    file: SUCCESSIONS_FILE.to_owned(),
                    line,
                })
            },
        )?;
    }
    for name in files.alias_files()? {
        let Some(text) = files.get(&name)? else {
            continue;
        };
        read_csv(
            &name,
            &text,
            &["entity", "lang", "alias"],
            &["form", "flags"],
            |line, get| {
                out.aliases.push(RawAlias {
                    entity: get(0),
                    lang: get(1),
                    alias: get(2),
                    form: get(3),
                    flags: get(4),
                    file: name.clone(),
                    line,
                })
            },
        )?;
    }
    Ok(())
}
