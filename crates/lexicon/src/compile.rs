//! Building a [`Lexicon`]: entities from the raw rows, and every alias compiled into
//! normalised patterns for one prefix trie.

use blocwatch_text::{is_word_char, normalize, Lang};
use rustc_hash::FxHashMap as HashMap;

use crate::arabic::{self, Clitics};
use crate::error::{Error, Warning};
use crate::load::RawData;
use crate::model::{Entity, EntityIdx, Form, Kind, Role, Succession};
use crate::russian::{self, Style};
use crate::Lexicon;

/// Matched only with the letter case of the alias.
pub(crate) const CS: u8 = 1;
/// Needs context to be kept.
pub(crate) const AMBIG: u8 = 2;
/// A combining form (`российско`, `Sino`): only before a hyphen and a word.
pub(crate) const HYPHEN: u8 = 4;
/// A blocker: a longer phrase that contains an alias but does not name the entity
/// (`Indian Ocean`, `شمال غربي`). It wins leftmost-longest selection and then yields
/// no mention, so the shorter alias inside it is not read either.
pub(crate) const BLOCK: u8 = 8;
/// A homograph of a common word in a construction the matcher recognises (مصر, also
/// مُصِرّ "insisting"): read as the entity unless the context rules it out. Unlike
/// `AMBIG`, it needs no confirming context.
pub(crate) const HOMOGRAPH: u8 = 16;

/// One way a pattern can be read: an entity, with the rules its alias brings.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    pub entity: EntityIdx,
    pub form: Form,
    pub lang: Lang,
    pub flags: u8,
    /// Arabic proclitic rules; `None`: a plain word boundary is required.
    pub clitics: Option<Clitics>,
    /// Words (by index) that must start with a capital letter in the original.
    pub cap_mask: u8,
    /// The alias as written, for case-sensitive comparison (empty unless `CS`).
    pub surface: Box<str>,
}

/// Per-pattern facts the matcher needs before looking at candidates.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PatMeta {
    pub cands: (u32, u32),
    /// Whether the pattern starts / ends with a word character (boundary checks apply).
    pub word_start: bool,
    pub word_end: bool,
}

const ROLES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "spokesperson",
    "minister",
    "aide",
    "official",
];

struct Ctx {
    strict: bool,
    warnings: Vec<Warning>,
}

impl Ctx {
    fn warn(&mut self, file: &str, line: u64, message: String) -> Result<(), Error> {
        let w = Warning {
            file: file.to_owned(),
            line,
            message,
        };
        if self.strict {
            return Err(Error::Invalid(w));
        }
        self.warnings.push(w);
        Ok(())
    }
}

pub(crate) fn build(raw: RawData, strict: bool) -> Result<Lexicon, Error> {
    let mut ctx = Ctx {
        strict,
        warnings: raw.warnings,
    };
    // Entities: merge rows with the same id (countries.csv adds QIDs to generated rows).
    let mut by_id: HashMap<String, EntityIdx> = HashMap::default();
    let mut rows: Vec<crate::load::RawEntity> = Vec::new();
    for r in raw.entities {
        if r.id.is_empty() {
            ctx.warn(&r.file, r.line, "empty id".into())?;
            continue;
        }
        match by_id.get(&r.id) {
            Some(&idx) => {
                let e = &mut rows[idx.0 as usize];
                if e.kind != r.kind && e.file != r.file {
                    let msg = format!(
                        "id {:?} already defined in {}:{} as another kind",
                        r.id, e.file, e.line
                    );
                    ctx.warn(&r.file, r.line, msg)?;
                    continue;
                }
                for (dst, src) in [
                    (&mut e.name_en, r.name_en),
                    (&mut e.name_ar, r.name_ar),
                    (&mut e.name_ru, r.name_ru),
                    (&mut e.wikidata, r.wikidata),
                    (&mut e.country, r.country),
                    (&mut e.bloc, r.bloc),
                    (&mut e.sector, r.sector),
                ] {
                    if !src.is_empty() {
                        *dst = src;
                    }
                }
            }
            None => {
                by_id.insert(r.id.clone(), EntityIdx(rows.len() as u32));
                rows.push(r);
            }
        }
    }
    let mut entities: Vec<Entity> = Vec::with_capacity(rows.len());
    for r in &rows {
        let resolve = |id: &str, ctx: &mut Ctx| -> Result<Option<EntityIdx>, Error> {
            if id.is_empty() {
                return Ok(None);
            }
            match by_id.get(id) {
                Some(&i) => Ok(Some(i)),
                None => {
                    ctx.warn(&r.file, r.line, format!("unknown entity {id:?}"))?;
                    Ok(None)
                }
            }
        };
        let country = resolve(&r.country, &mut ctx)?;
        let bloc = resolve(&r.bloc, &mut ctx)?;
        let nonempty = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        entities.push(Entity {
            id: r.id.clone(),
            kind: r.kind.unwrap_or(Kind::Country),
            name_en: r.name_en.clone(),
            name_ar: r.name_ar.clone(),
            name_ru: r.name_ru.clone(),
            wikidata: nonempty(&r.wikidata),
            country,
            bloc,
            sector: nonempty(&r.sector),
            roles: Vec::new(),
        });
    }
    for r in raw.roles {
        let (Some(&p), Some(&c)) = (by_id.get(&r.person), by_id.get(&r.country)) else {
            ctx.warn(
                &r.file,
                r.line,
                format!("unknown person {:?} or country {:?}", r.person, r.country),
            )?;
            continue;
        };
        if !ROLES.contains(&r.role.as_str()) {
            ctx.warn(&r.file, r.line, format!("unknown role {:?}", r.role))?;
        }
        let nonempty = |s: String| (!s.is_empty()).then_some(s);
        entities[p.0 as usize].roles.push(Role {
            country: c,
            role: r.role,
            from: nonempty(r.from),
            to: nonempty(r.to),
        });
    }
    // A person's country: the latest office still held, else the last one to end.
    for e in entities
        .iter_mut()
        .filter(|e| e.kind == Kind::Person && e.country.is_none())
    {
        let current = e
            .roles
            .iter()
            .filter(|r| r.to.is_none())
            .max_by(|a, b| a.from.cmp(&b.from));
        let latest = e.roles.iter().max_by(|a, b| a.to.cmp(&b.to));
        e.country = current.or(latest).map(|r| r.country);
    }

    // Successions: a state's capital stood for its predecessor while that existed.
    let mut successions = Vec::new();
    for r in raw.successions {
        let (Some(&state), Some(&predecessor)) = (by_id.get(&r.state), by_id.get(&r.predecessor))
        else {
            ctx.warn(
                &r.file,
                r.line,
                format!(
                    "unknown state {:?} or predecessor {:?}",
                    r.state, r.predecessor
                ),
            )?;
            continue;
        };
        if r.from.is_empty() || r.until.is_empty() || r.until < r.from {
            ctx.warn(
                &r.file,
                r.line,
                format!(
                    "a succession needs from <= until, got {:?}..{:?}",
                    r.from, r.until
                ),
            )?;
            continue;
        }
        let by_name = match r.by.as_str() {
            "" | "capital" => false,
            "name" => true,
            other => {
                ctx.warn(
                    &r.file,
                    r.line,
                    format!("a succession is by \"capital\" or \"name\", got {other:?}"),
                )?;
                continue;
            }
        };
        successions.push(Succession {
            state,
            predecessor,
            from: r.from,
            until: r.until,
            by_name,
        });
    }

    // Aliases: the three names, then every alias row.
    let mut comp = Compiler::default();
    for (i, e) in entities.iter().enumerate() {
        let idx = EntityIdx(i as u32);
        for (lang, name) in [
            (Lang::En, &e.name_en),
            (Lang::Ar, &e.name_ar),
            (Lang::Ru, &e.name_ru),
        ] {
            if name.is_empty() {
                continue;
            }
            comp.add(idx, e.kind, lang, name, Form::Name, "");
            // CLDR-style qualifiers: "Myanmar (Burma)" is also "Myanmar".
            if let Some(p) = name.find(" (") {
                comp.add(idx, e.kind, lang, &name[..p], Form::Name, "");
            }
        }
    }
    for a in raw.aliases {
        let Some(&idx) = by_id.get(&a.entity) else {
            ctx.warn(&a.file, a.line, format!("unknown entity {:?}", a.entity))?;
            continue;
        };
        let Some(lang) = Lang::from_code(&a.lang) else {
            ctx.warn(&a.file, a.line, format!("unknown lang {:?}", a.lang))?;
            continue;
        };
        let form = if a.form.is_empty() {
            Some(Form::Alias)
        } else {
            Form::from_str_opt(&a.form)
        };
        let Some(form) = form else {
            ctx.warn(&a.file, a.line, format!("unknown form {:?}", a.form))?;
            continue;
        };
        for f in a.flags.split_whitespace() {
            if !matches!(
                f,
                "cs" | "fixed" | "ambiguous" | "nisba" | "person_surname" | "block" | "homograph"
            ) {
                ctx.warn(&a.file, a.line, format!("unknown flag {f:?}"))?;
            }
        }
        if a.alias.is_empty() {
            ctx.warn(&a.file, a.line, "empty alias".into())?;
            continue;
        }
        let kind = entities[idx.0 as usize].kind;
        comp.add(idx, kind, lang, &a.alias, form, &a.flags);
    }
    // A blocker vetoes every reading of its phrase, so it must not share the phrase
    // with a real alias of another entity (it would silence that entity everywhere).
    for (pattern, list) in &comp.pats {
        if let Some(b) = list.iter().find(|c| c.flags & BLOCK != 0) {
            if let Some(o) = list
                .iter()
                .find(|c| c.flags & BLOCK == 0 && c.entity != b.entity)
            {
                let msg = format!(
                    "blocker {pattern:?} of {} is also an alias of {}",
                    entities[b.entity.0 as usize].id, entities[o.entity.0 as usize].id
                );
                ctx.warn("aliases", 0, msg)?;
            }
        }
    }
    let (patterns, metas, cands) = comp.finish();
    let trie = crate::matcher::PrefixTrie::new(&patterns);
    let mut punct_first = [false; 256];
    for (p, m) in patterns.iter().zip(&metas) {
        if !m.word_start {
            if let Some(&b) = p.as_bytes().first() {
                punct_first[usize::from(b)] = true;
            }
        }
    }
    let first_words = crate::matcher::FirstWords::new(patterns.iter().map(String::as_str));
    Ok(Lexicon {
        entities,
        by_id,
        successions,
        trie,
        punct_first,
        first_words,
        metas,
        cands,
        warnings: ctx.warnings,
        patterns: patterns.len(),
    })
}

#[derive(Default)]
struct Compiler {
    map: HashMap<String, u32>,
    pats: Vec<(String, Vec<Cand>)>,
}

impl Compiler {
    fn add(
        &mut self,
        entity: EntityIdx,
        kind: Kind,
        lang: Lang,
        alias: &str,
        form: Form,
        flags: &str,
    ) {
        let alias = alias.trim();
        let has = |f: &str| flags.split_whitespace().any(|x| x == f);
        let mut base = 0u8;
        if has("cs") {
            base |= CS;
        }
        if has("ambiguous") {
            base |= AMBIG;
        }
        if has("block") {
            base |= BLOCK;
        }
        if has("homograph") {
            base |= HOMOGRAPH;
        }
        let (alias, hyphen) = match alias.strip_suffix('-') {
            Some(a) => (a.trim_end(), true),
            None => (alias, false),
        };
        if hyphen {
            base |= HYPHEN;
        }
        let fixed = has("fixed");
        let mut variants: Vec<(String, Option<Clitics>, u8)> = Vec::new();
        match lang {
            Lang::Ar => {
                let bases = if has("nisba") {
                    arabic::nisba_forms(alias)
                } else {
                    vec![alias.to_owned()]
                };
                for v in bases {
                    if fixed {
                        variants.push((v, None, base));
                    } else if arabic::has_article(&normalize(&v)) {
                        if let Some(ll) = arabic::ll_form(&v) {
                            variants.push((ll, Some(Clitics::Ll), base));
                        }
                        variants.push((v, Some(Clitics::Definite), base));
                    } else {
                        variants.push((v, Some(Clitics::Bare), base));
                    }
                }
            }
            Lang::Ru => {
                if fixed || hyphen {
                    variants.push((alias.to_owned(), None, base));
                } else {
                    let style = if kind == Kind::Person || has("person_surname") {
                        Style::Person
                    } else if form == Form::Adjective && !alias.contains(' ') {
                        Style::Adjective
                    } else {
                        Style::Name
                    };
                    for v in russian::forms(alias, style) {
                        variants.push((v, None, base));
                    }
                    if form == Form::Adjective {
                        if let Some(c) = russian::combining_form(alias) {
                            variants.push((c, None, base | HYPHEN));
                        }
                    }
                }
            }
            Lang::En => variants.push((alias.to_owned(), None, base)),
        }
        for (surface, clitics, flags) in variants {
            let pattern = normalize(&surface).trim().to_owned();
            if pattern.chars().filter(|c| is_word_char(*c)).count() < 2 {
                continue;
            }
            let cap_mask = if flags & CS == 0 && lang != Lang::Ar {
                cap_mask(&surface)
            } else {
                0
            };
            let cand = Cand {
                entity,
                form,
                lang,
                flags,
                clitics,
                cap_mask,
                surface: if flags & CS != 0 {
                    surface.into_boxed_str()
                } else {
                    Box::default()
                },
            };
            let id = match self.map.get(&pattern) {
                Some(&id) => id,
                None => {
                    let id = self.pats.len() as u32;
                    self.map.insert(pattern.clone(), id);
                    self.pats.push((pattern, Vec::new()));
                    id
                }
            };
            let list = &mut self.pats[id as usize].1;
            let dup = list.iter().any(|c| {
                c.entity == cand.entity
                    && c.flags == cand.flags
                    && c.clitics == cand.clitics
                    && c.cap_mask == cand.cap_mask
                    && c.surface == cand.surface
            });
            if !dup {
                list.push(cand);
            }
        }
    }

    fn finish(self) -> (Vec<String>, Vec<PatMeta>, Vec<Cand>) {
        let mut patterns = Vec::with_capacity(self.pats.len());
        let mut metas = Vec::with_capacity(self.pats.len());
        let mut cands = Vec::new();
        for (p, mut list) in self.pats {
            // An alias row that marks a string ambiguous (or case-sensitive) for an
            // entity governs the plain name too: CLDR's "Georgia" is the same
            // string as the curated, ambiguous "Georgia".
            for i in 0..list.len() {
                let (e, l) = (list[i].entity, list[i].lang);
                if list[i].flags & AMBIG != 0 {
                    for c in list
                        .iter_mut()
                        .filter(|c| c.entity == e && c.flags & BLOCK == 0)
                    {
                        c.flags |= AMBIG;
                    }
                }
                if list[i].flags & HOMOGRAPH != 0 {
                    for c in list
                        .iter_mut()
                        .filter(|c| c.entity == e && c.flags & BLOCK == 0)
                    {
                        c.flags |= HOMOGRAPH;
                    }
                }
                if list[i].flags & CS != 0 {
                    let surface = list[i].surface.clone();
                    for c in list
                        .iter_mut()
                        .filter(|c| c.entity == e && c.lang == l && c.flags & CS == 0)
                    {
                        c.flags |= CS;
                        c.surface = surface.clone();
                        c.cap_mask = 0;
                    }
                }
            }
            let start = cands.len() as u32;
            cands.extend(list);
            let word_start = p.chars().next().is_some_and(is_word_char);
            let word_end = p.chars().next_back().is_some_and(is_word_char);
            metas.push(PatMeta {
                cands: (start, cands.len() as u32),
                word_start,
                word_end,
            });
            patterns.push(p);
        }
        (patterns, metas, cands)
    }
}

/// Bit `i` set when word `i` of `surface` starts with a capital letter.
fn cap_mask(surface: &str) -> u8 {
    let mut mask = 0u8;
    for (i, w) in words(surface).take(8).enumerate() {
        if w.chars().next().is_some_and(char::is_uppercase) {
            mask |= 1 << i;
        }
    }
    mask
}

/// Words of a surface string (runs of word characters).
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}
