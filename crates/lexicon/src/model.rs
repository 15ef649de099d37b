//! The entities the lexicon knows and the mentions it finds.

use std::fmt;

/// What kind of thing an entity is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Kind {
    /// A state (ISO 3166-1 and a few others: `SUN`, `XKX`).
    Country,
    /// A CAMEO-style collective actor (`WST`, `EUR`, `AFR`…).
    Collective,
    /// A bloc or international organisation (`BRICS`, `SCO`, `NATO`…).
    Bloc,
    /// A person (`putin`).
    Person,
    /// A company or state corporation (`rosneft`).
    Company,
    /// An initiative, system or project (`swift`, `power_of_siberia`).
    Initiative,
}

impl Kind {
    /// The lower-case name used in output records.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Collective => "collective",
            Kind::Bloc => "bloc",
            Kind::Person => "person",
            Kind::Company => "company",
            Kind::Initiative => "initiative",
        }
    }

    /// Countries, collectives and blocs: the actors of geopolitics.
    pub fn is_geo(self) -> bool {
        matches!(self, Kind::Country | Kind::Collective | Kind::Bloc)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a mention names its entity (the alias `form` column).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Form {
    /// A name of the entity.
    Name,
    /// A relational adjective or demonym (`Russian`, `روسي`, `российский`).
    Adjective,
    /// A capital or seat of power standing for the state (`Moscow`, `the Kremlin`).
    Capital,
    /// An acronym (`SCO`, `ШОС`, `US`).
    Acronym,
    /// Anything else: long forms, historical names, nicknames.
    Alias,
}

impl Form {
    /// The lower-case name used in data files and output records.
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Name => "name",
            Form::Adjective => "adjective",
            Form::Capital => "capital",
            Form::Acronym => "acronym",
            Form::Alias => "alias",
        }
    }

    /// Parses a data-file `form` value.
    pub fn from_str_opt(s: &str) -> Option<Form> {
        Some(match s.trim() {
            "name" => Form::Name,
            "adjective" => Form::Adjective,
            "capital" => Form::Capital,
            "acronym" => Form::Acronym,
            "alias" => Form::Alias,
            _ => return None,
        })
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Index of an entity in a [`crate::Lexicon`]; only meaningful for the lexicon that
/// issued it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct EntityIdx(pub u32);

/// An office a person held (`roles.csv`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Role {
    /// The country (or bloc) the office belongs to.
    pub country: EntityIdx,
    /// One of `head_of_state head_of_government foreign_minister defence_minister
    /// spokesperson minister aide official`.
    pub role: String,
    /// ISO 8601 date, as precise as known.
    pub from: Option<String>,
    /// ISO 8601 date; `None` while the office is still held.
    pub to: Option<String>,
}

/// A state whose capital stood for another between two dates (`successions.csv`): Moscow named the
/// Soviet Union until 1991-12-25, Prague Czechoslovakia until 1992.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Succession {
    /// The state the capital names today (`RUS`).
    pub state: EntityIdx,
    /// The state it named then (`SUN`).
    pub predecessor: EntityIdx,
    /// ISO 8601 dates, as precise as known, both within the span.
    pub from: String,
    pub until: String,
    /// The predecessor's name (and adjective) stood for `state` in the span, not `state`'s capital for
    /// the predecessor: "Yugoslavia" named the Federal Republic of Yugoslavia (`SCG`) from 1992 to 2003.
    pub by_name: bool,
}

/// Whether `date` (ISO 8601, as precise as known) falls within `from..=until`, each compared at the
/// precision the two dates share: `1991-12` is within `..=1991-12-25`, and so is `1991`.
pub fn within(date: &str, from: Option<&str>, until: Option<&str>) -> bool {
    let at = |a: &str, b: &str| {
        let n = a.len().min(b.len());
        a.as_bytes()[..n].cmp(&b.as_bytes()[..n])
    };
    from.is_none_or(|f| at(date, f).is_ge()) && until.is_none_or(|u| at(date, u).is_le())
}

/// An entity of the lexicon.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Entity {
    /// Stable id: ISO alpha-3 for countries, upper case for blocs and collectives,
    /// a lower-case slug for people, companies and initiatives.
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// English name.
    pub name_en: String,
    /// Arabic name.
    pub name_ar: String,
    /// Russian name.
    pub name_ru: String,
    /// Wikidata QID, when known for sure.
    pub wikidata: Option<String>,
    /// The owner country: of a company or initiative, or of a person's latest office.
    pub country: Option<EntityIdx>,
    /// The owner bloc of an initiative (`brics_pay` → `BRICS`).
    pub bloc: Option<EntityIdx>,
    /// A company's sector (`oil_gas`, `bank`…).
    pub sector: Option<String>,
    /// A person's offices, in file order.
    pub roles: Vec<Role>,
}

impl Entity {
    /// The name in `lang`, falling back to English, then to the id.
    pub fn name(&self, lang: blocwatch_text::Lang) -> &str {
        let n = match lang {
            blocwatch_text::Lang::Ar => &self.name_ar,
            blocwatch_text::Lang::En => &self.name_en,
            blocwatch_text::Lang::Ru => &self.name_ru,
        };
        if !n.is_empty() {
            n
        } else if !self.name_en.is_empty() {
            &self.name_en
        } else {
            &self.id
        }
    }
}

/// An entity mention found in a text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Mention {
    /// Start byte offset in the original text (after any Arabic proclitic).
    pub start: usize,
    /// End byte offset (exclusive) in the original text.
    pub end: usize,
    /// The entity named.
    pub entity: EntityIdx,
    /// How it is named.
    pub form: Form,
}
