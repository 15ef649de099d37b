use crate::dates::testing;
use crate::memberships::tables::{phrases, tables};
use crate::memberships::text::{
    clause_before, has_part, last_words, norm_before, norm_range, norm_word, phrase_in, plain_char,
    whole_words, PLAIN_PAIRS,
};
use blocwatch_text::{normalize, tokens, Lang, TokenKind};
use std::borrow::Cow;

/// `norm_word` borrows only what `normalize` leaves as it is: every char it counts as plain, alone and
/// in words, and words it must normalise.
#[test]
fn norm_word_agrees_with_normalize() {
    let mut plain = 0;
    for c in (0x20u32..0x7F).chain(0x400..0x500).chain(0x600..0x700) {
        let Some(c) = char::from_u32(c) else { continue };
        for w in [c.to_string(), format!("a{c}b"), format!("{c}{c}")] {
            let got = norm_word(&w);
            assert_eq!(got, normalize(&w), "{w:?}");
            if matches!(got, Cow::Borrowed(_)) {
                plain += 1;
            }
        }
    }
    assert!(plain > 300, "{plain}");
    for w in ["And", "Россия", "أو", "إضافة", "ё", "тест\u{301}"] {
        assert_eq!(norm_word(w), normalize(w), "{w:?}");
    }
}

/// `norm_before` and `norm_range` read the sentence's normalisation where the old code normalised the
/// slice again: the same text for every word boundary of sentences in the three scripts.
#[test]
fn norm_slices_agree_with_normalize() {
    for (lang, s) in [
        (
            Lang::En,
            "The  AU, in Addis Ababa — suspended “Niger’s” membership; Égypte joined.",
        ),
        (
            Lang::Ru,
            "Членство Мали в ЭКОВАС было  приостановлено, а Ёлки — нет.",
        ),
        (
            Lang::Ar,
            "علّقت جامعة الدول العربية عضوية سوريا، ثم أعادتها إلى الجامعة.",
        ),
    ] {
        let ctx = testing::ctx(s, lang, None);
        let starts: Vec<usize> = tokens(s).map(|t| t.start).chain([s.len()]).collect();
        for &a in &starts {
            assert_eq!(norm_before(&ctx, a), normalize(&s[..a]), "{s:?} ..{a}");
            for &b in starts.iter().filter(|&&b| b >= a) {
                assert_eq!(
                    norm_range(&ctx, a, b).trim(),
                    normalize(&s[a..b]).trim(),
                    "{s:?} {a}..{b}"
                );
            }
        }
    }
}

/// Every char `plain_char` calls plain is a word char that `tokens` reads as one token, a number
/// exactly when `plain_char` says it is a digit, and it joins the plain chars around it into one
/// token: what lets `last_words` take a plain run whole without tokenizing it.
#[test]
fn plain_chars_are_one_token_each() {
    let mut n = 0;
    for c in (0..0x800).filter_map(char::from_u32) {
        let Some(digit) = plain_char(c) else {
            continue;
        };
        n += 1;
        for s in [
            c.to_string(),
            format!("a{c}"),
            format!("{c}1"),
            format!("ж{c}ب"),
        ] {
            let toks: Vec<_> = tokens(&s).collect();
            assert_eq!(toks.len(), 1, "{c:?} in {s:?}");
            assert_eq!((toks[0].start, toks[0].end), (0, s.len()), "{c:?} in {s:?}");
        }
        let kind = tokens(&c.to_string()).next().map(|t| t.kind);
        let expect = if digit {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        assert_eq!(kind, Some(expect), "{c:?}");
    }
    // ASCII letters and digits, accented Latin, Cyrillic and Arabic letters.
    assert!(n > 600, "{n}");
}

/// `last_words` reads an ASCII byte by its kind in `ASCII_KINDS`: white space as `str::trim_end` takes it,
/// else what `plain_char` says of it.
#[test]
fn ascii_kinds_agree_with_plain_char() {
    use crate::memberships::text::{ASCII_BLANK, ASCII_DIGIT, ASCII_KINDS, ASCII_LETTER};
    for x in 0..128u8 {
        let c = char::from(x);
        let expect = if c.is_whitespace() {
            ASCII_BLANK
        } else {
            match plain_char(c) {
                Some(true) => ASCII_DIGIT,
                Some(false) => ASCII_LETTER,
                None => 0,
            }
        };
        assert_eq!(ASCII_KINDS[usize::from(x)], expect, "{c:?}");
    }
}

/// `last_words` tests a two-byte char by its bit in `PLAIN_PAIRS`: set exactly for the chars `plain_char`
/// reads as plain (every one a letter, no digit).
#[test]
fn plain_pairs_are_the_plain_two_byte_chars() {
    for c in (0x80..0x800).filter_map(char::from_u32) {
        let mut b = [0u8; 2];
        c.encode_utf8(&mut b);
        let bit = (PLAIN_PAIRS[usize::from(b[0] & 0x1F)] >> (b[1] & 0x3F)) & 1 != 0;
        assert_eq!(bit, plain_char(c).is_some(), "{c:?}");
        assert_ne!(plain_char(c), Some(true), "{c:?}");
    }
}

proptest::proptest! {
    /// `clause_before` finds the last clause mark by bytes: where the char search found it, also
    /// after letters whose second byte is that of «،» or «؛» (ь is D1 8C, Л is D0 9B).
    #[test]
    fn clause_before_agrees_with_the_char_search(
        s in "(a|,|;|\\.|،|؛|ь|Л|ب|ج|ض| |\\PC){0,30}",
        cut in 0usize..40,
    ) {
        let mut at = cut.min(s.len());
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        let from = s[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, ',' | '،' | ';' | '؛' | '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        proptest::prop_assert_eq!(clause_before(&s, at), &s[from..at]);
    }
}

proptest::proptest! {
    /// `last_words` reads the tail backward by runs between white space: the same words as the
    /// tail's tokens read forward (numbers with separators, punctuation, runs cut by the tail).
    #[test]
    fn last_words_agrees_with_the_forward_tokens(
        s in "(Iran|BRICS|1.5|40,000|2024|٣٫٥|۲۰۲۴|a1.5|G20|é|²|ـ|×|҂|\u{85}|\u{2003}|و|إيران|ШОС|-|'|\\.|,|  | |\u{a0}|\n|\\PC){0,40}",
        k in 0usize..9,
    ) {
        let tail = crate::dates::tail(&s, 48 * k);
        let words: Vec<&str> = tokens(tail)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| &tail[tk.start..tk.end])
            .collect();
        let expect = &words[words.len().saturating_sub(k)..];
        proptest::prop_assert_eq!(&last_words(&s, k)[..], expect);
    }

    /// `phrase_in` with its searcher built once finds the occurrence that `str::match_indices` finds:
    /// leftmost, not overlapping ("as well as well as"), at whole words after a glued و or ف.
    #[test]
    fn phrase_in_agrees_with_match_indices(
        n in "(as|well|along with|besides|beside|наряду с|إلى جانب|و|ف|ا| |,|x){0,12}",
        p in "(as well as|as|along with|beside|besides|наряду с|إلى جانب|و|ا ا)",
    ) {
        let reference = n.match_indices(p.as_str()).map(|(i, _)| i).find(|&i| {
            let head = n[..i]
                .strip_suffix(['و', 'ف'])
                .filter(|h| !h.chars().next_back().is_some_and(blocwatch_text::is_word_char))
                .unwrap_or(&n[..i]);
            !head.chars().next_back().is_some_and(blocwatch_text::is_word_char)
                && !n[i + p.len()..].chars().next().is_some_and(blocwatch_text::is_word_char)
        });
        proptest::prop_assert_eq!(phrase_in(&n, &phrases(std::slice::from_ref(&p))[0]), reference);
    }

    #[test]
    fn has_part_agrees_with_contains(w in "[abдаوع]{0,8}", p in "[abдаوع]{0,3}") {
        proptest::prop_assert_eq!(has_part(&w, &p), w.contains(p.as_str()));
    }
}

/// `whole_words` finds the nouns of application exactly where the tokenizer gives them as word tokens
/// (`relatives::applied_relatives` reads its clauses from there, the sentence not tokenized whole): the
/// noun alone, at either end, between marks, in a longer word, before and after a hyphen, a digit, a
/// proclitic, a combining mark, two nouns side by side, in the three scripts.
#[test]
fn whole_words_are_the_tokens_of_a_noun() {
    let t = tables();
    for text in [
        "the application",
        "applications were lodged",
        "the applicationsx",
        "Biden's bid.",
        "biden said",
        "forbidden",
        "a bid-rigging case",
        "bid2 and 2bid",
        "(request)",
        "requests, requested",
        "заявка подана",
        "заявками",
        "«ходатайство»",
        "قدمت الطلب",
        "بطلب من",
        "مطلب",
        "طلبا للانضمام",
        "طلب\u{64e}",
        "bid request applications",
        "",
    ] {
        let n = normalize(text);
        let by_tokens: Vec<(usize, usize)> = tokens(&n)
            .filter(|tk| {
                tk.kind == TokenKind::Word
                    && t.application_nouns
                        .iter()
                        .any(|x| x == &n[tk.start..tk.end])
            })
            .map(|tk| (tk.start, tk.end))
            .collect();
        let found: Vec<(usize, usize)> = whole_words(&n, &t.application_noun_search).collect();
        assert_eq!(found, by_tokens, "{text:?}");
    }
}
