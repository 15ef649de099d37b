//! Properties that hold for any input.

use blocwatch_text::{detect_lang, normalize, sentences, tokens, Lang, NormText};
use proptest::prelude::*;

fn check_norm(s: &str) {
    let t = NormText::new(s);
    let n = t.as_str();
    assert_eq!(n, normalize(s));
    let mut prev_start = 0;
    let mut prev_end = 0;
    for i in 0..=n.len() {
        let a = t.orig_start(i);
        let b = t.orig_end(i);
        assert!(a <= s.len() && b <= s.len());
        assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
        assert!(a >= prev_start && b >= prev_end, "monotone at {i}");
        prev_start = a;
        prev_end = b;
    }
    // Every span of normalised chars maps to a valid original slice.
    let bounds: Vec<usize> = n.char_indices().map(|(k, _)| k).chain([n.len()]).collect();
    for w in bounds.windows(2) {
        let (a, b) = (t.orig_start(w[0]), t.orig_end(w[1]));
        assert!(a <= b, "span {w:?} maps to {a}..{b}");
        let _ = &s[a..b];
    }
    if let (Some(&first), Some(&last)) = (bounds.first(), bounds.last()) {
        assert!(t.orig_start(first) <= t.orig_end(last));
    }
}

/// A view of a part of a normalised text, when there is one, is exactly the part normalised on its own.
fn check_view(s: &str, a: usize, b: usize) {
    let bounds: Vec<usize> = s.char_indices().map(|(k, _)| k).chain([s.len()]).collect();
    let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
    let (a, b) = (a.min(b), a.max(b));
    let whole = NormText::new(s);
    let Some(v) = whole.view(a..b) else { return };
    let fresh = NormText::new(&s[a..b]);
    assert_eq!(v.as_str(), fresh.as_str(), "text of {a}..{b} in {s:?}");
    for i in 0..=fresh.len() + 1 {
        assert_eq!(
            v.orig_start(i),
            fresh.orig_start(i),
            "start {i} of {a}..{b} in {s:?}"
        );
        assert_eq!(
            v.orig_end(i),
            fresh.orig_end(i),
            "end {i} of {a}..{b} in {s:?}"
        );
    }
    // A view of a view is a view of the whole.
    if let Some(w) = v.view(0..b - a) {
        assert_eq!(w.as_str(), fresh.as_str());
    }
}

const ALPHABET: &str = "aZ é'’-—. \n\tРоссияЁёй\u{0306}وَبِالصِّينِأإآىةؤئکی٢ـ\u{200F}\u{200B}\u{FEFF}ẞİ\u{FEFB}!?…؟؛،\u{00A0}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(s in any::<String>(), a in 0usize..64, b in 0usize..64) {
        check_norm(&s);
        check_view(&s, a, b);
        let _ = detect_lang(&s);
        for lang in Lang::ALL {
            for r in sentences(&s, lang) {
                prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end) && r.start < r.end);
            }
        }
        for t in tokens(&s) {
            prop_assert!(t.start < t.end && s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        }
    }

    #[test]
    fn tricky_alphabet(v in proptest::collection::vec(proptest::sample::select(ALPHABET.chars().collect::<Vec<_>>()), 0..64)) {
        let s: String = v.into_iter().collect();
        check_norm(&s);
        for k in 0..s.len() {
            check_view(&s, k, k * 7 + 3);
        }
        for lang in Lang::ALL {
            let rs = sentences(&s, lang);
            // Sentences are in order, disjoint, and cover every non-blank char.
            let mut covered = vec![false; s.len()];
            let mut last = 0;
            for r in &rs {
                prop_assert!(r.start >= last);
                last = r.end;
                for k in r.clone() { covered[k] = true; }
            }
            for (k, c) in s.char_indices() {
                prop_assert!(c.is_whitespace() || covered[k], "char {c:?} at {k} uncovered in {s:?}");
            }
        }
    }
}

#[test]
fn detect_languages() {
    fn check(text: &str, expect: Option<Lang>) {
        assert_eq!(detect_lang(text), expect, "detect_lang({text:?})");
    }
    check("", None);
    check("12345 !!!", None);
    check(
        "Russia and China signed a new energy agreement on Tuesday.",
        Some(Lang::En),
    );
    check("Россия и Китай подписали новое соглашение.", Some(Lang::Ru));
    check("وقعت روسيا والصين اتفاقية جديدة للطاقة.", Some(Lang::Ar));
    check(
        "وقعت روسيا (Russia) والصين (China) اتفاقية (SCO) جديدة.",
        Some(Lang::Ar),
    );
    check("BRICS", Some(Lang::En));
    check(
        "La Russie et la Chine ont signé mardi un nouvel accord énergétique qui renforce leurs liens économiques.",
        None,
    );
    check(
        "Україна та її партнери обговорили нові санкції проти Росії, і це є важливим кроком.",
        None,
    );
    check(
        "این یک متن فارسی است که درباره گاز و پول و چین و روسیه نوشته شده و گفتگو می‌کند.",
        None,
    );
    assert_eq!(Lang::from_code("RU"), Some(Lang::Ru));
    assert_eq!("ar".parse::<Lang>().ok(), Some(Lang::Ar));
    assert!("fr".parse::<Lang>().is_err());
}
