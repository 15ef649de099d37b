//! Small normalisations of declared metadata shared by the readers.

/// Reduces a declared language tag to its lower-case primary subtag: `en-GB` → `en`,
/// `ar_AR` → `ar`, `RU` → `ru`. Returns `None` for an empty tag or one that is not made of
/// ASCII letters (`*`, `x-default`, `12`).
pub(crate) fn normalize_lang(tag: &str) -> Option<String> {
    let primary = tag
        .trim()
        .split(['-', '_', ' ', ',', ';'])
        .next()?
        .to_ascii_lowercase();
    let ok = (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && primary != "x"
        && primary != "und";
    ok.then_some(primary)
}

/// Collapses runs of whitespace inside each line, trims the lines, and separates paragraphs by
/// exactly one blank line. Used on text extracted from markup, never on plain text (whose bytes
/// are kept as given so that offsets mean something to the user).
pub(crate) fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = false;
    for line in text.lines() {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            blank_run = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run { "\n\n" } else { "\n" });
        }
        blank_run = false;
        let mut first = true;
        for word in words {
            if !first {
                out.push(' ');
            }
            first = false;
            out.push_str(word);
        }
    }
    out
}

/// Collapses all whitespace to single spaces (titles and other one-line fields).
pub(crate) fn one_line(text: &str) -> Option<String> {
    let s = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn langs() {
        assert_eq!(normalize_lang("en-GB").as_deref(), Some("en"));
        assert_eq!(normalize_lang("ar_AR").as_deref(), Some("ar"));
        assert_eq!(normalize_lang(" RU ").as_deref(), Some("ru"));
        assert_eq!(normalize_lang("x-default"), None);
        assert_eq!(normalize_lang(""), None);
        assert_eq!(normalize_lang("12"), None);
    }

    #[test]
    fn tidy() {
        assert_eq!(tidy_text("  a   b \n\n\n c\nd  \n\n"), "a b\n\nc\nd");
        assert_eq!(tidy_text("\u{a0}x\u{a0}\n \n"), "x");
        assert_eq!(tidy_text(""), "");
    }
}
