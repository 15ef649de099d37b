//! What the per-language facts tests share: run the embedded extractor on a text and write its membership
//! claims (`BLOC/MEMBER/status`, then ` neg` when negated) and its sums of money (`kind amount CUR`, then
//! the bound when there is one), one line each.

use blocwatch_extract::{Extractor, Input, Record};

/// The document date every test text is read with.
const DATE: &str = "2025-05-05";

fn record(lang: &str, text: &str) -> Record {
    Extractor::embedded().extract(&Input {
        lang: Some(lang),
        date: Some(DATE),
        ..Input::text(text)
    })
}

/// The membership claims of `text` are exactly `expect`, in any order.
#[track_caller]
pub fn memberships(lang: &str, text: &str, expect: &[&str]) {
    membership_lines(lang, text, expect, |m| {
        let neg = if m.negated { " neg" } else { "" };
        format!("{}/{}/{}{neg}", m.bloc, m.member, m.status)
    });
}

/// The membership claims of `text`, each written by `line`, are exactly `expect`, in any order.
#[track_caller]
fn membership_lines(
    lang: &str,
    text: &str,
    expect: &[&str],
    line: impl Fn(&blocwatch_extract::MembershipRec) -> String,
) {
    let mut got: Vec<String> = record(lang, text).memberships.iter().map(line).collect();
    got.sort();
    let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "\n{text}");
}

/// The sums of money of `text` are exactly `expect`, in text order.
#[track_caller]
pub fn amounts(lang: &str, text: &str, expect: &[&str]) {
    let got: Vec<String> = record(lang, text)
        .quantities
        .iter()
        .map(|q| {
            let mut s = format!(
                "{} {} {}",
                q.kind,
                q.amount,
                q.currency.as_deref().unwrap_or("-")
            );
            if let Some(b) = &q.bound {
                s.push(' ');
                s.push_str(b);
            }
            s
        })
        .collect();
    assert_eq!(got, expect, "\n{text}");
}

/// The membership claims of `text` with their dates (`BLOC/MEMBER/status date`, `-` for none) are exactly
/// `expect`, in any order.
#[track_caller]
#[allow(dead_code)] // each language's test file is its own crate and may not use every helper
pub fn membership_dates(lang: &str, text: &str, expect: &[&str]) {
    membership_lines(lang, text, expect, |m| {
        let date = m.date.as_deref().unwrap_or("-");
        format!("{}/{}/{} {date}", m.bloc, m.member, m.status)
    });
}

/// The sums of money of `text` with their dates (`kind amount CUR date`, `-` for none) are exactly
/// `expect`, in text order.
#[track_caller]
#[allow(dead_code)] // each language's test file is its own crate and may not use every helper
pub fn amount_dates(lang: &str, text: &str, expect: &[&str]) {
    let got: Vec<String> = record(lang, text)
        .quantities
        .iter()
        .map(|q| {
            let cur = q.currency.as_deref().unwrap_or("-");
            let date = q.date.as_deref().unwrap_or("-");
            format!("{} {} {cur} {date}", q.kind, q.amount)
        })
        .collect();
    assert_eq!(got, expect, "\n{text}");
}
