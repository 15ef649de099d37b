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

/// Checks each `(lang, text, claims)` row with [`memberships`].
#[track_caller]
pub fn membership_rows(table: &[(&str, &str, &[&str])]) {
    for (lang, text, expect) in table {
        memberships(lang, text, expect);
    }
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

/// A membership probe: the construction it tests, a sentence or two written for it, and every claim the
/// text states (`BLOC/MEMBER/status date`, `-` for no date); an empty list is a precision trap.
#[allow(dead_code)] // each language's test file is its own crate and may not use every helper
pub type Probe = (&'static str, &'static str, &'static [&'static str]);

/// Per construction (in order of first appearance): how many of its probes give exactly the claims they
/// state, out of how many. Prints every probe that does not, so a run with `--nocapture` lists them.
#[allow(dead_code)] // each language's test file is its own crate and may not use every helper
pub fn probe_counts(lang: &str, probes: &[Probe]) -> Vec<(&'static str, usize, usize)> {
    let mut out: Vec<(&'static str, usize, usize)> = Vec::new();
    for (construction, text, expect) in probes {
        let mut got: Vec<String> = record(lang, text)
            .memberships
            .iter()
            .map(|m| {
                let neg = if m.negated { " neg" } else { "" };
                let date = m.date.as_deref().unwrap_or("-");
                format!("{}/{}/{} {date}{neg}", m.bloc, m.member, m.status)
            })
            .collect();
        got.sort();
        let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
        want.sort();
        let ok = got == want;
        if !ok {
            println!("probe miss [{lang} {construction}] {text}\n  want {want:?}\n  got  {got:?}");
        }
        match out.iter_mut().find(|c| c.0 == *construction) {
            Some(c) => {
                c.1 += usize::from(ok);
                c.2 += 1;
            }
            None => out.push((construction, usize::from(ok), 1)),
        }
    }
    out
}

/// Asserts that each construction's probes reach at least the floor measured for it (`floors` in the
/// order of [`probe_counts`]), and prints the counts.
#[allow(dead_code)] // each language's test file is its own crate and may not use every helper
#[track_caller]
pub fn probes_reach(lang: &str, probes: &[Probe], floors: &[(&str, usize)]) {
    let counts = probe_counts(lang, probes);
    for (c, got, total) in &counts {
        println!("probes {lang} {c}: {got}/{total}");
    }
    let names: Vec<&str> = counts.iter().map(|c| c.0).collect();
    let floor_names: Vec<&str> = floors.iter().map(|f| f.0).collect();
    assert_eq!(names, floor_names, "one floor per construction, in order");
    for ((c, got, total), (_, floor)) in counts.iter().zip(floors) {
        assert!(
            got >= floor,
            "{lang} {c}: {got}/{total} probes, floor {floor}"
        );
    }
}
