//! Arabic: nisba derivation and the proclitics a name may carry.
//!
//! Aliases are written as the word stands alone; in text a name can carry the
//! conjunctions و ف, the prepositions ب ك ل, and combinations (وب، فل، وك…). The
//! preposition ل merges with the article: ل + الصين → للصين. The matcher therefore
//! looks for the bare name (and, for names with the article, the لل form) and accepts
//! the letters glued before it only when they spell an allowed proclitic sequence.

/// Proclitic sequences allowed before a name without the article (روسيا).
const BARE: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل",
];
/// Before a name with the article (الصين): ل is excluded, it would give لل.
const DEFINITE: &[&str] = &["", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"];
/// Before the لل form (للصين).
const LL: &[&str] = &["", "و", "ف"];
/// Every non-empty proclitic sequence some rule allows (`BARE` holds the others' too): the matcher
/// starts a name after each of them.
pub(crate) const PROCLITICS: &[&str] =
    &["و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل"];

/// Where the proclitic rules apply.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Clitics {
    /// A name without the article.
    Bare,
    /// A name with the article.
    Definite,
    /// The لل form of a name with the article.
    Ll,
}

impl Clitics {
    /// Whether `prefix` (normalised letters glued before the name) is allowed.
    pub(crate) fn allows(self, prefix: &str) -> bool {
        let list = match self {
            Clitics::Bare => BARE,
            Clitics::Definite => DEFINITE,
            Clitics::Ll => LL,
        };
        list.contains(&prefix)
    }
}

/// Whether `c` is an Arabic letter (after normalisation).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF)
}

/// Whether a normalised alias starts with the article.
pub(crate) fn has_article(norm: &str) -> bool {
    norm.starts_with("ال") && norm.chars().count() > 3
}

/// The لل form of an alias with the article: الصين → للصين. Works on the surface
/// form (the first letter may be any alef that normalises to ا).
pub(crate) fn ll_form(surface: &str) -> Option<String> {
    let mut chars = surface.chars();
    let first = chars.next()?;
    if !matches!(first, 'ا' | 'أ' | 'إ' | 'آ' | 'ٱ') {
        return None;
    }
    let rest = chars.as_str();
    if !rest.starts_with('ل') {
        return None;
    }
    Some(format!("ل{rest}"))
}

/// Nisba forms of a masculine singular relational adjective (روسي): feminine, dual,
/// plural, each bare and with the article.
pub(crate) fn nisba_forms(alias: &str) -> Vec<String> {
    let base = alias.trim();
    // Written with the article: derive from the bare adjective. The article's alef is plain (or wasla),
    // never hamza: the أل of ألماني and ألباني is the root's, so those are not stripped.
    let base = match base.strip_prefix("ال").or_else(|| base.strip_prefix("ٱل")) {
        Some(rest) if rest.chars().count() > 1 => rest,
        _ => base,
    };
    let mut out = Vec::new();
    for suffix in ["", "ة", "ان", "ين", "ون", "تان", "تين", "ات"] {
        let f = format!("{base}{suffix}");
        out.push(f.clone());
        out.push(format!("ال{f}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nisba() {
        let f = nisba_forms("روسي");
        for e in [
            "روسية",
            "الروسية",
            "الروسيين",
            "الروسيون",
            "روسيتان",
            "الروسيات",
            "روسي",
            "الروسي",
        ] {
            assert!(f.iter().any(|x| x == e), "missing {e}: {f:?}");
        }
        assert_eq!(nisba_forms("الروسي"), nisba_forms("روسي"));
        // A nisba whose root begins with أل keeps it, and takes the article in front.
        let f = nisba_forms("ألماني");
        assert!(f.iter().any(|x| x == "الألماني") && f.iter().any(|x| x == "الألمانية"));
        assert_eq!(ll_form("الصين").as_deref(), Some("للصين"));
        assert!(!has_article(&blocwatch_text::normalize("إلى")));
        assert!(
            Clitics::Bare.allows("وب") && !Clitics::Definite.allows("ل") && Clitics::Ll.allows("و")
        );
    }

    /// The matcher tries a name after each of `PROCLITICS` only: every allowed sequence is there, once.
    #[test]
    fn proclitics_cover_every_rule() {
        for list in [BARE, DEFINITE, LL] {
            for p in list.iter().filter(|p| !p.is_empty()) {
                assert_eq!(PROCLITICS.iter().filter(|q| *q == p).count(), 1, "{p}");
            }
        }
        for p in PROCLITICS {
            assert!([BARE, DEFINITE, LL].iter().any(|l| l.contains(p)), "{p}");
        }
    }
}
