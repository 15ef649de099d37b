//! `bloc_at`: who belonged to a bloc on a date, and what the news claims about it.

use blocwatch_store::{BlocRow, ClaimRow, KnowledgeBase, MembershipRow};
use serde::{Deserialize, Serialize};

use crate::dates::{covers, point, IsoDate};
use crate::error::AnalysisError;
use crate::names::{name_of, resolve_bloc};
use crate::weights::Weights;

/// The answer to "who is in this bloc on this date?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlocReport {
    pub bloc: BlocRow,
    /// The date the answer is for (a year or month asked is widened to its last day).
    pub at: String,
    /// Full members (`founder`, `member`) on that date, with their reference rows' sources.
    pub members: Vec<MemberAt>,
    /// Every other status on that date: `suspended`, `partner`, `observer`, `dialogue_partner`,
    /// `applicant`.
    pub associates: Vec<MemberAt>,
    /// Membership statements in the news about this bloc, each checked against the reference.
    pub claims: Vec<ClaimCheck>,
    /// Remarks about the question itself (the bloc did not exist yet on that date…).
    pub notes: Vec<String>,
}

/// One member and its status on the date asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberAt {
    pub member: String,
    pub name: String,
    pub status: String,
    /// Start of the current status.
    pub since: Option<String>,
    /// The reference row's source.
    pub source: String,
    pub note: Option<String>,
}

/// A news claim and how it compares with the reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimCheck {
    pub claim: ClaimRow,
    /// `agrees`, `conflicts` or `new` (the reference says nothing about it).
    pub verdict: String,
    pub reason: String,
    /// The reference row the verdict rests on, if any.
    pub reference: Option<MembershipRow>,
}

/// Members and status of `bloc` (an id, name or alias) on `at` (default today), and the news claims about
/// it checked against the reference data.
pub fn bloc_at(
    kb: &dyn KnowledgeBase,
    bloc: &str,
    at: Option<&str>,
) -> Result<BlocReport, AnalysisError> {
    let at = point(at)?;
    let row = resolve_bloc(kb, bloc)?;
    let rows = kb.memberships(Some(&row.id), None)?;
    let w = Weights::embedded();
    let mut notes = Vec::new();
    if row.founded.as_deref().is_some_and(|f| at.as_str() < f) {
        notes.push(format!(
            "{} was founded on {}, after {at}",
            row.id,
            row.founded.as_deref().unwrap_or_default()
        ));
    }
    if let Some(d) = row.dissolved.as_deref().filter(|d| *d <= at.as_str()) {
        notes.push(format!("{} was dissolved on {d}", row.id));
    }
    if rows.is_empty() {
        notes.push(format!(
            "the reference data has no membership rows for {}",
            row.id
        ));
    }
    let mut members = Vec::new();
    let mut associates = Vec::new();
    // One row per member: the strongest status covering the date (an application can run alongside
    // another status).
    let mut active: Vec<&MembershipRow> = rows
        .iter()
        .filter(|m| m.status != "former" && covers(m.from.as_deref(), m.to.as_deref(), &at))
        .collect();
    active.sort_by(|a, b| {
        a.member.cmp(&b.member).then(
            w.status_weight(&b.status)
                .total_cmp(&w.status_weight(&a.status)),
        )
    });
    active.dedup_by(|b, a| a.member == b.member);
    for m in active {
        let entry = MemberAt {
            member: m.member.clone(),
            name: name_of(&m.member),
            status: m.status.clone(),
            since: m.from.clone(),
            source: m.source.clone(),
            note: m.note.clone(),
        };
        if is_full(&m.status) {
            members.push(entry);
        } else {
            associates.push(entry);
        }
    }
    members.sort_by(|a, b| a.since.cmp(&b.since).then(a.member.cmp(&b.member)));
    associates.sort_by(|a, b| a.status.cmp(&b.status).then(a.member.cmp(&b.member)));

    // Partial member lists (the reference says so in the bloc's note) cannot contradict a claim by
    // silence.
    let partial = row
        .note
        .as_deref()
        .is_some_and(|n| n.to_lowercase().contains("partial"));
    let mut claims: Vec<ClaimCheck> = kb
        .claims(Some(&row.id), None)?
        .into_iter()
        .filter(|c| {
            claim_date(c)
                .and_then(|d| IsoDate::parse(d).ok())
                .is_none_or(|d| d.first_day() <= at)
        })
        .map(|c| check_claim_dates(&rows, partial, c))
        .collect();
    // Conflicts first: they are what an analyst must look at.
    let rank = |v: &str| match v {
        "conflicts" => 0,
        "new" => 1,
        _ => 2,
    };
    claims.sort_by(|a, b| {
        rank(&a.verdict)
            .cmp(&rank(&b.verdict))
            .then(b.claim.date.cmp(&a.claim.date))
            .then(a.claim.member.cmp(&b.claim.member))
    });
    Ok(BlocReport {
        bloc: row,
        at,
        members,
        associates,
        claims,
        notes,
    })
}

fn is_full(status: &str) -> bool {
    matches!(status, "founder" | "member")
}

/// Statuses that a claim and a reference row count as the same thing.
/// Blocs that merged their observer and dialogue-partner categories into one `partner` status (the SCO in
/// 2025) make a news "dialogue partner" the reference's `partner`.
fn same_class(claim: &str, reference: &str) -> bool {
    claim == reference
        || (is_full(claim) && is_full(reference))
        || (reference == "partner" && matches!(claim, "observer" | "dialogue_partner"))
}

/// The date a claim speaks of: its own, else its article's.
fn claim_date(c: &ClaimRow) -> Option<&str> {
    c.date.as_deref().or(c.evidence.doc_date.as_deref())
}

/// Checks a claim at its own date and, when that disagrees, at its article's date (dates found in a
/// sentence are sometimes not the date of the membership: "a strategy until 2035"); the better verdict
/// wins.
fn check_claim_dates(rows: &[MembershipRow], partial: bool, claim: ClaimRow) -> ClaimCheck {
    let first = check_claim(rows, partial, claim.clone());
    if first.verdict == "agrees" {
        return first;
    }
    let doc = claim.evidence.doc_date.clone();
    if doc.is_none() || doc == claim.date {
        return first;
    }
    let mut at_doc = claim.clone();
    at_doc.date = doc;
    let second = check_claim(rows, partial, at_doc);
    let rank = |v: &str| match v {
        "agrees" => 0,
        "new" => 1,
        _ => 2,
    };
    if rank(&second.verdict) < rank(&first.verdict) {
        ClaimCheck {
            reason: format!("{} (read at the article's date)", second.reason),
            claim,
            ..second
        }
    } else {
        first
    }
}

/// Checks one claim against the reference rows of its bloc.
///
/// The claim's date is its own date, else its document's. A claim agrees when the reference gives the
/// member that status on that date — or within a year of it, because news announce memberships ahead of
/// the day they take effect and report them after. A negated claim ("X is not a member") agrees when the
/// reference does not make X a member then. Statuses the reference does not track for a member
/// (applications, partnerships) and blocs without membership data are `new`; a full membership, a
/// suspension or an exit the reference contradicts is a conflict.
fn check_claim(rows: &[MembershipRow], partial: bool, claim: ClaimRow) -> ClaimCheck {
    let date = claim
        .date
        .clone()
        .or_else(|| claim.evidence.doc_date.clone())
        .and_then(|d| {
            IsoDate::parse(&d)
                .ok()
                .map(|d| (d.first_day(), d.last_day()))
        });
    let mine: Vec<&MembershipRow> = rows.iter().filter(|m| m.member == claim.member).collect();
    let status = claim.status.as_str();
    let verdict = |v: &str, reason: String, r: Option<&MembershipRow>| ClaimCheck {
        verdict: v.to_string(),
        reason,
        reference: r.cloned(),
        claim: claim.clone(),
    };
    if rows.is_empty() {
        return verdict(
            "new",
            format!("the reference has no membership data for {}", claim.bloc),
            None,
        );
    }
    let describe = |r: &MembershipRow| {
        format!(
            "{} {} {}–{}",
            r.member,
            r.status,
            r.from.as_deref().unwrap_or("?"),
            r.to.as_deref().unwrap_or("")
        )
    };
    // The reference rows covering the claim's date (or any date when the claim has none), and those
    // within a year of it.
    let at_date = |m: &&&MembershipRow| match &date {
        Some((first, last)) => {
            covers(m.from.as_deref(), m.to.as_deref(), first)
                || covers(m.from.as_deref(), m.to.as_deref(), last)
        }
        None => true,
    };
    let near_date = |m: &&&MembershipRow| match &date {
        Some((first, _)) => {
            let y = IsoDate::parse(first).map(|d| d.year()).unwrap_or(0);
            let lo = format!("{:04}", y - 1);
            let hi = format!("{:04}-12-31", y + 1);
            m.from.as_deref().is_none_or(|f| f <= hi.as_str())
                && m.to.as_deref().is_none_or(|t| t >= lo.as_str())
        }
        None => true,
    };
    let now: Vec<&&MembershipRow> = mine.iter().filter(at_date).collect();
    let near: Vec<&&MembershipRow> = mine.iter().filter(near_date).collect();
    let when = date
        .as_ref()
        .map(|(f, _)| format!(" on {f}"))
        .unwrap_or_default();

    if claim.negated {
        let full = now
            .iter()
            .find(|m| same_class(status, &m.status) && m.status != "former");
        return match full {
            Some(r) => verdict(
                "conflicts",
                format!(
                    "the claim denies that {} is {status}{when}; the reference has {}",
                    claim.member,
                    describe(r)
                ),
                Some(r),
            ),
            None => verdict(
                "agrees",
                format!(
                    "the reference does not make {} {status} of {}{when} either",
                    claim.member, claim.bloc
                ),
                now.first().map(|r| **r),
            ),
        };
    }
    if let Some(r) = now.iter().find(|m| same_class(status, &m.status)) {
        return verdict(
            "agrees",
            format!("the reference has {}", describe(r)),
            Some(r),
        );
    }
    if let Some(r) = near.iter().find(|m| same_class(status, &m.status)) {
        return verdict(
            "agrees",
            format!(
                "the reference has {} (the claim is dated{when}; within a year)",
                describe(r)
            ),
            Some(r),
        );
    }
    let tracked = matches!(status, "founder" | "member" | "suspended" | "former");
    if mine.is_empty() {
        return if tracked && !partial {
            verdict(
                "conflicts",
                format!(
                    "the reference never lists {} in {} (its member list is complete)",
                    claim.member, claim.bloc
                ),
                None,
            )
        } else {
            verdict(
                "new",
                format!(
                    "the reference has no {status} row for {} in {}",
                    claim.member, claim.bloc
                ),
                None,
            )
        };
    }
    let shown: Option<&MembershipRow> = now.first().map(|r| **r).or(mine.last().copied());
    if tracked {
        verdict(
            "conflicts",
            format!(
                "the claim says {status}{when}; the reference has {}",
                shown.map(describe).unwrap_or_default()
            ),
            shown,
        )
    } else {
        verdict(
            "new",
            format!(
                "the reference has no {status} row for {}{when} (it has {})",
                claim.member,
                shown.map(describe).unwrap_or_default()
            ),
            shown,
        )
    }
}
