//! Claims repeated with their verb left out: followers after a word of sequence, gapped lists,
//! coordinated blocs, the Russian dash and the English ", and", restored memberships, ordinal
//! followers, and member lists after a bloc's name (the passes of [`super::find_cued`], in order).

use super::cues::ordinal;
use super::dating::{in_date, nearest_date};
use super::tables::tables;
use super::text::{gap_words, is_in, last_words, next_word, norm_before, norm_range, norm_word};
use super::wordset::is_cyrillic;
use super::{Claims, Cue, Group, Sent};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::DateHit;
use crate::record::MembershipRec;
use blocwatch_lexicon::Kind;
use blocwatch_text::{civil_from_days, days_from_civil, tokens, TokenKind};
use smallvec::SmallVec;
use std::borrow::Cow;

/// "Syria's membership of the Arab League was frozen in November 2011 and restored in May 2023": the
/// second participle gives the membership back, with its own date.
/// So does "وأعادتها" after «علّقت … عضوية سوريا», and «и восстановила его» after «приостановила членство».
pub(super) fn restored(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx, dates, strict, ..
    } = *sent;
    if let [held] = &claims.out[..] {
        if held.status == "suspended" && !held.negated {
            let held = held.clone();
            let text = &ctx.doc_text[ctx.range.start..ctx.range.end];
            let words: Vec<_> = tokens(text)
                .filter(|tk| tk.kind == TokenKind::Word)
                .collect();
            let restored = words.iter().enumerate().find_map(|(i, tk)| {
                let w = norm_word(&text[tk.start..tk.end]);
                let bare = w.trim_start_matches(['و', 'ف']);
                let yes = match ctx.lang {
                    blocwatch_text::Lang::En => {
                        matches!(w.as_ref(), "restored" | "reinstated" | "readmitted")
                            && last_words(&text[..tk.start], 2)
                                .iter()
                                .any(|w| matches!(*w, "and" | "was" | "later" | "then"))
                    }
                    blocwatch_text::Lang::Ar => {
                        bare.starts_with("اعاد") && (bare.ends_with("ها") || bare.ends_with('ه'))
                    }
                    _ => {
                        w.starts_with("восстановил")
                            && words.get(i + 1).is_some_and(|n| {
                                matches!(
                                    norm_word(&text[n.start..n.end]).as_ref(),
                                    "его" | "ее" | "членство" | "участие"
                                )
                            })
                    }
                };
                yes.then_some(*tk)
            });
            if let Some(tk) = restored {
                let (s, e) = (ctx.range.start + tk.start, ctx.range.start + tk.end);
                // The restoring verb's own date follows it ("وأعادتها في أغسطس 2011"); the one before
                // it dated the suspension.
                let after = dates
                    .iter()
                    .find(|d| {
                        d.start >= e
                            && gap_words(ctx, &[], &ctx.doc_text[e..d.start], e, false) <= 2
                    })
                    .map(|d| d.iso.clone());
                claims.out.push(MembershipRec {
                    status: "member".to_string(),
                    date: after.or_else(|| nearest_date(ctx, dates, strict, s, e)),
                    ..held
                });
            }
        }
    }
}

/// "Algeria became NATO's seventh Mediterranean partner, after Egypt, Israel and Jordan", "لتصبح سابع
/// شريك فيه بعد مصر وإسرائيل", "стала седьмым партнёром после Египта": the states counted before an
/// ordinal status hold it too, without the claim's date (they took it earlier).
pub(super) fn ordinal_followers(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent { ctx, strict, .. } = *sent;
    if let Some(last) = claims.out.last().filter(|r| !r.negated).cloned() {
        for g in strict {
            if !g.members.contains(&last.member.as_str()) && counted_before(ctx, g) {
                claims.push(&last.bloc, g, &last.status, false, None);
            }
        }
    }
}

/// "Azerbaijan joined the OIC in 1991, Kazakhstan in 1995 and Uzbekistan in 1996", «Финляндия вступила
/// в НАТО в 2023 году, Швеция — в 2024-м», "…عام 2023 والسويد عام 2024": each gapped list repeats the
/// claim before it, whose date stands right before the list, with its own date.
pub(super) fn gapped_repeats(
    sent: &Sent<'_, '_>,
    claims: &mut Claims<'_, '_>,
    gapped_lists: &[(&Group<'_>, &DateHit)],
) {
    let Sent { dates, .. } = *sent;
    for (g, own) in gapped_lists {
        let Some(last) = claims.out.last().filter(|r| !r.negated).cloned() else {
            break;
        };
        let before = dates.iter().rev().find(|d| d.end <= g.start);
        if before.is_some_and(|d| last.date.as_deref() == Some(d.iso.as_str())) {
            claims.push(&last.bloc, g, &last.status, false, Some(own.iso.clone()));
        }
    }
}

/// Russian elides the verb of a repeated claim behind a dash: "Финляндия вступила в НАТО в 2023 году,
/// а Швеция — в 2024-м", «…в январе 2001 года, Грузия — двумя годами раньше». A state after a comma
/// (and "а"/"и") and before a dash takes the claim before it.
pub(super) fn ru_dash_elision(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx, dates, strict, ..
    } = *sent;
    if ctx.lang == blocwatch_text::Lang::Ru {
        for g in strict {
            let Some(last) = claims.out.last().cloned() else {
                break;
            };
            let before = ctx.doc_text[ctx.range.start..g.start].trim_end();
            let after = ctx.doc_text[g.end..ctx.range.end].trim_start();
            let opens = before.ends_with(',')
                || before
                    .strip_suffix(['а', 'и'])
                    .is_some_and(|b| b.trim_end().ends_with(','));
            if opens && after.starts_with(['—', '–']) && !g.members.contains(&last.member.as_str())
            {
                let date = nearest_date(ctx, dates, strict, g.end, g.end);
                claims.push(&last.bloc, g, &last.status, false, date);
            }
        }
    }
}

/// English elides the claim after ", and": "Turkey has been an SCO dialogue partner since 2012, and
/// Cambodia since 2015". A state after ", and" followed only by a preposition and a date to the end
/// of the sentence takes the claim before it, with that date.
pub(super) fn en_and_elision(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx, dates, strict, ..
    } = *sent;
    if ctx.lang == blocwatch_text::Lang::En {
        for g in strict {
            let Some(last) = claims.out.last().cloned() else {
                break;
            };
            let before = ctx.doc_text[ctx.range.start..g.start].trim_end();
            // ", and Cambodia in 1999", or "in 1997 and Cambodia in 1999" after a dated claim.
            let opens = before.strip_suffix("and").is_some_and(|b| {
                let b = b.trim_end();
                b.ends_with(',') || dates.iter().any(|d| d.end == ctx.range.start + b.len())
            });
            let Some(d) = dates.iter().find(|d| d.start >= g.end) else {
                continue;
            };
            let prep = ctx.doc_text[g.end..d.start].trim();
            let rest = ctx.doc_text[d.end..ctx.range.end].trim();
            if opens
                && matches!(prep, "" | "since" | "in" | "from" | "on")
                && rest.chars().all(|c| c.is_ascii_punctuation())
                && !g.members.contains(&last.member.as_str())
            {
                claims.push(&last.bloc, g, &last.status, false, Some(d.iso.clone()));
            }
        }
    }
}

/// "the GUAM group of Georgia, Ukraine, Azerbaijan and Moldova", "the Quad of the United States, Japan,
/// India and Australia": two or more states right after "of" after a bloc's name (or the word for a
/// bloc that follows it) are its members.
pub(super) fn of_list(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx, strict, blocs, ..
    } = *sent;
    if ctx.lang == blocwatch_text::Lang::En {
        for b in blocs {
            let r = ctx.doc_text[b.end..ctx.range.end].trim_start();
            let Some(g) = strict.iter().find(|g| g.start >= b.end) else {
                continue;
            };
            if g.members.len() < 2
                || !of_list_opens(r)
                || norm_range(ctx, b.end, g.start).split_whitespace().count() > 3
                || claims.any_of(b.id, g)
            {
                continue;
            }
            // The apposition says who the members are, not since when.
            claims.push(b.id, g, "member", false, None);
        }
    }
}

/// "BRICS (Russia, China, Brazil, South Africa, India)", "members of the SCO: India, Pakistan…". Inside
/// brackets a bare space may separate items, as Arabic lists sometimes do.
pub(super) fn bracket_lists(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>, loose: &[Group<'_>]) {
    let Sent { ctx, blocs, .. } = *sent;
    for b in blocs {
        for g in loose {
            if g.members.len() < 2 || g.start < b.end {
                continue;
            }
            // «Страны-основательницы ОПЕК — Иран, Ирак…»: a list a cue already claimed with its own
            // status is that claim's, not a second claim that they are members.
            if claims.any_of(b.id, g) {
                continue;
            }
            let opener = ctx.doc_text[b.end..g.start].trim();
            if matches!(opener, "(" | ":" | "—" | "–" | "-" | "«(" | "\"(" | "»(")
                || (opener.ends_with('(') && opener.len() <= 3)
            {
                // The list says who the members are, not since when (eval/README, session 18: a status
                // held takes no date): «Премьеры восьми стран СНГ — России, … — подписали 18 октября».
                claims.push(b.id, g, "member", false, None);
            } else if apposed_list(ctx, b, opener, g) {
                // The apposition says who the members are, not since when.
                claims.push(b.id, g, "member", false, None);
            }
        }
    }
}

/// Whether the states of `g` follow "after"/"بعد"/"после" closing a clause with an ordinal: "NATO's seventh
/// Mediterranean partner, after Egypt", "سابع شريك فيه بعد مصر", "седьмым партнёром после Египта".
pub(super) fn counted_before(ctx: &SentenceCtx<'_>, g: &Group<'_>) -> bool {
    let words = last_words(norm_before(ctx, g.start), 8);
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    // "after Hungary ratified its bid" opens a clause: the list must end its own ("after Egypt and Jordan.").
    let rest_of = ctx.doc_text[g.end..ctx.range.end.max(g.end)].trim_start();
    matches!(last, "after" | "بعد" | "после")
        && rest.iter().any(|w| ordinal(w))
        && !counts_other_act(rest)
        && (rest_of.is_empty() || rest_of.starts_with(['.', ',', ';', '،', '؛', ')', '!', '?']))
}

/// Whether the last ordinal among `words` (the words before a word of sequence) counts the doers of another
/// act than the claim's: an infinitive or a relative clause follows it ("the fourth state to recognise them
/// after Russia", "الدولة الرابعة التي تعترف بهما بعد روسيا"), unless that act is a joining ("the fourth state to
/// join the bloc after Russia").
///
/// "the only country besides Russia to have done so", "الدولة الوحيدة التي فعلت ذلك بعد روسيا", «признание …
/// — пока единственное после России»: the only one to do an act after a state counts its doers the same way,
/// and with no act of its own before the word of sequence it is the only one of the act named before it.
pub(super) fn counts_other_act(words: &[&str]) -> bool {
    let t = tables();
    let Some(k) = words.iter().rposition(|w| ordinal(w) || only(w)) else {
        return false;
    };
    let after = &words[k + 1..];
    if after.iter().any(|w| t.becoming.matches(w)) {
        return false;
    }
    after.iter().any(|w| *w == "to" || is_in(&t.relatives, w))
        || (after.is_empty() && only(words[k]))
}

/// "only", "الوحيدة", «единственная»: a word that counts one doer of an act (normalised).
fn only(w: &str) -> bool {
    matches!(w, "only" | "الوحيد" | "الوحيده" | "وحيده")
        || w.strip_prefix("единствен")
            .is_some_and(|rest| rest.len() <= 6)
}

/// A second bloc whose verb is left out ("joined the AU in 1963 and BRICS in 2024", «вступила в ЕС в 1995
/// году и в НАТО в 2023 году», "انضمت تركيا إلى الناتو عام 1952 وإلى مجموعة العشرين عام 1999"): between the
/// bloc before (ending at `from`) and `b` stand only the first claim's date, a conjunction and prepositions,
/// and after `b` only its own date (if any) to the end of the clause. Returns `b`'s date, `None` inside when
/// it has none; `None` when `b` is no such bloc ("joined the AU in 1963 and BRICS said …").
pub(super) fn elided_bloc(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    from: usize,
    b: &SentMention<'_>,
) -> Option<Option<String>> {
    let t = tables();
    let dated = |s: usize, e: usize| in_date(dates, s, e);
    let preposition = |w: &str| {
        is_in(&t.date_prepositions, w) || matches!(w, "of" | "to" | "the" | "к" | "ко" | "الي")
    };
    let (mut dated_gap, mut joined) = (false, false);
    for tk in tokens(&ctx.doc_text[from..b.start]) {
        let (s, e) = (from + tk.start, from + tk.end);
        if dated(s, e) {
            dated_gap = true;
            continue;
        }
        let w = norm_range(ctx, s, e);
        match tk.kind {
            TokenKind::Word if matches!(w, "and" | "then" | "и" | "а" | "ثم" | "و") => {
                joined = true
            }
            // Arabic glues the conjunction to the repeated preposition: "وإلى".
            TokenKind::Word if w.strip_prefix('و').is_some_and(preposition) => joined = true,
            TokenKind::Word if preposition(w) => {}
            TokenKind::Word => return None,
            _ if matches!(w, "," | "،") => {}
            _ => return None,
        }
    }
    if !(dated_gap && joined) {
        return None;
    }
    let rest = &ctx.doc_text[b.end..ctx.range.end.max(b.end)];
    let mut own = None;
    for tk in tokens(rest) {
        let (s, e) = (b.end + tk.start, b.end + tk.end);
        if let Some(d) = dates.iter().find(|d| d.start < e && s < d.end) {
            own.get_or_insert_with(|| d.iso.clone());
            continue;
        }
        let w = norm_range(ctx, s, e);
        match tk.kind {
            TokenKind::Word if preposition(w) => {}
            // «в 2023-м», «в 2023-го»: the case ending of a year written in figures.
            TokenKind::Word
                if own.is_some()
                    && is_in(&t.year_endings, w)
                    && ctx.doc_text[..s].ends_with('-') => {}
            TokenKind::Word | TokenKind::Number => return None,
            _ if matches!(w, "—" | "–" | "-") => {}
            _ => break,
        }
    }
    Some(own)
}

/// The `same` cue rows of sequence ("after", «после», «вслед за», "بعد"): a state list after them did the same
/// earlier only when it closes its clause ([`closes_clause`]).
pub(super) const SEQUENCE_WORDS: [&str; 5] = ["after", "following", "после", "вслед за", "بعد"];

/// The date of the earlier claim an elided follower names after a word of sequence with a count before it: "four
/// months after Moldova", «через четыре месяца после Молдавии», counted back from the claim's date `iso`. Days
/// and weeks give the month they fall in, months the month, years the year; a count the claim's date is not
/// precise enough for gives nothing.
pub(super) fn counted_back(before: &str, iso: &str) -> Option<String> {
    let words = last_words(before, 3);
    let (count, unit) = match &words[..] {
        [.., n, u] => (*n, *u),
        _ => return None,
    };
    // (The article's form before a vowel counts one as "a" does; every other count is a number word of
    // `data/facts/number_words.csv` or figures.)
    let n = match count {
        "an" => 1,
        _ => crate::amounts::whole_count(count).filter(|n| *n <= 400)?,
    };
    let n = i64::from(n);
    // A Russian count with no «через» before it may be a duration («четыре месяца после»: after how long).
    if words.len() == 3 && is_cyrillic(count.chars().next()?) && words[0] != "через" {
        return None;
    }
    let days = match unit {
        "day" | "days" | "день" | "дня" | "дней" => n,
        "week" | "weeks" | "неделю" | "недели" | "недель" => 7 * n,
        _ => 0,
    };
    let months = match unit {
        "month" | "months" | "месяц" | "месяца" | "месяцев" => n,
        "year" | "years" | "год" | "года" | "лет" => 12 * n,
        _ => 0,
    };
    let mut parts = iso.split('-').map(|p| p.parse::<i64>().ok());
    let year = parts.next()??;
    let month = parts.next().flatten();
    let day = parts.next().flatten();
    if days > 0 {
        let (m, d) = (u32::try_from(month?).ok()?, u32::try_from(day?).ok()?);
        let (y, m, _) = civil_from_days(days_from_civil(year, m, d) - days);
        return Some(format!("{y:04}-{m:02}"));
    }
    if months == 0 {
        return None;
    }
    if months % 12 == 0 && n > 0 && matches!(unit, "year" | "years" | "год" | "года" | "лет")
    {
        return Some(format!("{:04}", year - months / 12));
    }
    let total = year * 12 + (month? - 1) - months;
    Some(format!(
        "{:04}-{:02}",
        total.div_euclid(12),
        total.rem_euclid(12) + 1
    ))
}

/// Whether `group` stands right after the cue (nothing but "the" and punctuation between) and closes its clause
/// (a mark or the sentence's end after it): the elided "four months after Moldova", «после Молдавии, а …», not
/// "after Russia invaded" or "after Russia's objection".
///
/// Arabic counts the span between the word and the state ("بعد شهر من قيرغيزستان", a month after Kyrgyzstan: at
/// most [`AR_SPAN_WORDS`] words closed by «من»), and sets off no relative clause by a mark ("بعد المجر التي سلّمت
/// طلبها": the state's own act, as ", which had applied" after an English state).
pub(super) fn closes_clause(ctx: &SentenceCtx<'_>, cue: &Cue, group: &Group<'_>) -> bool {
    if group.start < cue.end {
        return false;
    }
    let gap = &ctx.doc_text[cue.end..group.start];
    let words: SmallVec<[Cow<'_, str>; 4]> = tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| norm_word(&gap[tk.start..tk.end]))
        .collect();
    let arabic = ctx.lang == blocwatch_text::Lang::Ar;
    let counted_span =
        arabic && words.len() <= AR_SPAN_WORDS + 1 && words.last().is_some_and(|w| w == "من");
    if !counted_span && words.iter().any(|w| w != "the") {
        return false;
    }
    let rest = ctx.doc_text[group.end..ctx.range.end.max(group.end)].trim_start();
    rest.is_empty()
        || rest.starts_with([',', '.', ';', '،', '؛', '—', '–'])
        || (arabic && is_in(&tables().relatives, &next_word(ctx, group.end)))
}

/// The date of the relative clause right after a state named after a word of sequence: the earlier claim's own
/// date ("following Hungary, which had applied on 31 March", "بعد الإمارات وبنغلاديش اللتين انضمتا إليه عام 2021",
/// «вслед за Венгрией, которая подала заявку 31 марта»). The first date after the relative pronoun, with no
/// clause mark and no other state before it; none when no relative pronoun follows the state.
pub(super) fn own_clause_date(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    group: &Group<'_>,
) -> Option<String> {
    let rest = &ctx.doc_text[group.end..ctx.range.end.max(group.end)];
    let first = tokens(rest)
        .find(|tk| !matches!(&rest[tk.start..tk.end], "," | "،"))
        .filter(|tk| tk.kind == TokenKind::Word)?;
    if !is_in(
        &tables().relatives,
        &norm_word(&rest[first.start..first.end]),
    ) {
        return None;
    }
    let d = dates.iter().find(|d| d.start >= group.end + first.end)?;
    let between = &ctx.doc_text[group.end + first.end..d.start];
    let other_state = ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Country && m.start >= group.end && m.end <= d.start);
    (!between.contains(['.', ';', '؛']) && !other_state).then(|| d.iso.clone())
}

/// Most words of the span an Arabic word of sequence counts before «من» and its state ([`closes_clause`]): "شهر",
/// "تسعة أشهر", "أكثر من عام" has three.
const AR_SPAN_WORDS: usize = 3;

/// Whether `gap`, between a bloc after a cue (starting at document offset `first`) and the next bloc, repeats
/// the preposition that governs the first one and is a list gap without it ("belong to the Commonwealth and to
/// the Pacific Islands Forum", "a member of NATO and of the Arctic Council", «входит и в НАТО, и в Евросоюз»,
/// «в эту организацию, а также в НАТО», "عضو في أوبك وفي الاتحاد الأفريقي"): the second bloc is governed like the
/// first. Another preposition ("a member of NATO and in the EU talks") is no list.
pub(super) fn repeats_preposition(ctx: &SentenceCtx<'_>, first: usize, gap: &str) -> bool {
    let words: SmallVec<[_; 4]> = tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .collect();
    let article = |w: &str| w == "the";
    let mut rest = &words[..];
    while let [head @ .., last] = rest {
        if article(&norm_word(&gap[last.start..last.end])) {
            rest = head;
        } else {
            break;
        }
    }
    let [.., prep] = rest else {
        return false;
    };
    let p = norm_word(&gap[prep.start..prep.end]);
    // The Arabic preposition glued to its "and" ("وفي", "وإلى").
    let p = p.strip_prefix('و').filter(|b| !b.is_empty()).unwrap_or(&p);
    let before = last_words(norm_before(ctx, first), 2);
    let governs = before
        .iter()
        .rev()
        .find(|w| !article(w))
        .is_some_and(|w| *w == p);
    governs && super::is_list_gap(&gap[..prep.start]) && super::is_list_gap(&gap[prep.end..])
}

/// Whether what follows a coordinated bloc ends the list: the sentence's end, punctuation, a date or its
/// preposition, another list word. "Finland joined NATO and the EU imposed sanctions" opens a clause.
pub(super) fn list_ends(ctx: &SentenceCtx<'_>, dates: &[DateHit], at: usize) -> bool {
    let rest = &ctx.doc_text[at..ctx.range.end.max(at)];
    let Some(tk) = tokens(rest).next() else {
        return true;
    };
    if tk.kind != TokenKind::Word || dates.iter().any(|d| d.start == at + tk.start) {
        return true;
    }
    matches!(
        norm_word(&rest[tk.start..tk.end]).as_ref(),
        "in" | "on"
            | "since"
            | "from"
            | "as"
            | "and"
            | "or"
            | "at"
            | "в"
            | "с"
            | "со"
            | "и"
            | "как"
            | "في"
            | "عام"
            | "منذ"
            | "مطلع"
            | "بصفه"
            | "كعضو"
            | "together"
            | "вместе"
            | "معا"
    )
}

/// Whether at most two words and a comma follow a bloc's name: the opening of a list of its states set
/// between commas ([`apposed_list`]), checked before any list is built.
pub(super) fn apposed_list_opens(after: &str) -> bool {
    after
        .find([',', '،'])
        .is_some_and(|at| after[..at].split_whitespace().count() <= 2)
}

/// "The five BRICS nations, Brazil, Russia, India, China and South Africa, met", "قادة دول بريكس الخمس،
/// البرازيل وروسيا…،", «Страны БРИКС, Бразилия, Россия и Индия, …»: a list of two or more states set between
/// commas (or closing the sentence) right after a bloc named with a word for its states (`list_head`:
/// "nations", "دول", «страны») before, inside or after its name are its members. `opener` is the text between the bloc
/// and the list.
pub(super) fn apposed_list(
    ctx: &SentenceCtx<'_>,
    b: &SentMention<'_>,
    opener: &str,
    g: &Group<'_>,
) -> bool {
    let t = tables();
    if !opener.ends_with([',', '،']) {
        return false;
    }
    let head = norm_range(ctx, b.end, g.start).trim_end();
    let head = head
        .strip_suffix(',')
        .or_else(|| head.strip_suffix('،'))
        .unwrap_or(head);
    let words: SmallVec<[&str; 4]> = head.split_whitespace().collect();
    if words.len() > 2 {
        return false;
    }
    let named = |w: &str| is_in(&t.list_heads, w);
    // The word may stand inside the bloc's mention ("BRICS nations") or before it ("دول بريكس").
    let before = last_words(norm_before(ctx, b.start), 2);
    let mut inside = norm_range(ctx, b.start, b.end).split_whitespace();
    if !words.iter().chain(&before).any(|w| named(w)) && !inside.any(named) {
        return false;
    }
    let rest = ctx.doc_text[g.end..ctx.range.end].trim_start();
    rest.is_empty() || rest.starts_with([',', '،', '—', '–', '.', ';', '؛'])
}

/// Whether the text right after an English bloc's name opens the list of its members with "of": "of",
/// "of the", or a word for a bloc and "of" ("group of", "alliance of the"; [`Tables::anaphors`]).
pub(super) fn of_list_opens(after: &str) -> bool {
    let mut words = after.split_whitespace().map(norm_word);
    let first = words.next();
    let Some(first) = first else {
        return false;
    };
    if first == "of" {
        return true;
    }
    tables().anaphor_words.contains(&first) && words.next().is_some_and(|w| w == "of")
}

/// The own date of a state list gapped after a dated claim: a date and a separator before the list ("in
/// 1991, Kazakhstan", "عام 2023 والسويد"), and after it nothing but a dash and its date ("Kazakhstan in
/// 1995", «Казахстан — в 1995-м») before a separator or the sentence's end.
pub(super) fn gapped<'d>(
    ctx: &SentenceCtx<'_>,
    dates: &'d [DateHit],
    g: &Group<'_>,
) -> Option<&'d DateHit> {
    let prior = dates.iter().rev().find(|d| d.end <= g.start)?;
    let sep = ctx.doc_text[prior.end..g.start].trim();
    let glued = sep.strip_suffix('و').map(str::trim_end);
    let separates = match glued {
        Some(rest) => matches!(rest, "" | "," | "،"),
        None => matches!(sep, "," | "،" | ";" | "and" | ", and" | "и" | ", и" | ", а"),
    };
    if !separates {
        return None;
    }
    let own = dates.iter().find(|d| d.start >= g.end)?;
    let between = ctx.doc_text[g.end..own.start]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-'));
    // Nothing but a preposition of the date ("in", «в», "عام"): "; South Africa joined in 2010" has a verb.
    if !between.is_empty()
        && !tables()
            .date_prepositions
            .iter()
            .any(|p| *p == norm_word(between))
    {
        return None;
    }
    let rest = ctx.doc_text[own.end..ctx.range.end.max(own.end)].trim_start();
    let closes = rest.is_empty()
        || rest.starts_with([',', '.', ';', '،', '؛', 'و'])
        || ["and ", "и ", "а "].iter().any(|c| rest.starts_with(c));
    closes.then_some(own)
}

/// Words that may follow the mark opening a headed list before its first state ([`headed_lists`]): the
/// `list_inclusion` words say the list is part of the count ("among them", «в том числе», "ومنها", "من بينها"),
/// and these fill the phrase out around them (normalised, an Arabic "و" taken off first).
const INCLUSION_FILLERS: [&str; 6] = ["them", "в", "том", "них", "من", "و"];

/// Words that open an apposition of the members themselves (normalised): the list after them is the set
/// the head counts ("eight OPEC+ members — namely Saudi Arabia, …", "ثماني دول من تحالف أوبك+ هي السعودية …").
const HEADED_OPENERS: [&str; 4] = ["namely", "هي", "وهي", "именно"];

/// Stems of a founding word in the head of a list (normalised): "the SCO's six founding states (…)", «шесть
/// государств-основателей ШОС —», "الدول الست المؤسسة لمنظمة شنغهاي، هي …".
const FOUNDING_STEMS: [&str; 7] = [
    "found",
    "основател",
    "учредител",
    "مؤسس",
    "موسس",
    "المؤسس",
    "الموسس",
];

/// How many words may stand between a bloc and the mark opening the list of its states: the bloc's
/// possessive, a count and the noun it counts ("the Gulf Cooperation Council's six states (", "دول مجلس التعاون
/// الخليجي الست (").
const HEAD_AFTER_BLOC: usize = 3;

/// The normalised words of `s` (only for a bloc a list follows: few words, most of them left as they are by
/// `norm_word`).
fn norm_words(s: &str) -> SmallVec<[Cow<'_, str>; 4]> {
    tokens(s)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| norm_word(&s[tk.start..tk.end]))
        .collect()
}

/// An Arabic word without the "و" glued to it.
fn bare(w: &str) -> &str {
    w.strip_prefix('و').unwrap_or(w)
}

/// Whether a mark that may open a headed list ([`headed_lists`]) follows a bloc's name after at most its
/// possessive and [`HEAD_AFTER_BLOC`] words: checked before any list is built.
pub(super) fn headed_list_opens(after: &str) -> bool {
    after
        .find([',', '،', '—', '–', ':', '('])
        .is_some_and(|at| {
            after[..at]
                .split_whitespace()
                .filter(|w| !matches!(*w, "'s" | "’s"))
                .count()
                <= HEAD_AFTER_BLOC
        })
}

/// "The Gulf Cooperation Council's six states (Saudi Arabia, …)", "ثماني دول من تحالف أوبك+ هي السعودية
/// وروسيا …", "ثلاث دول أعضاء في آسيان، هي فيتنام …", «Десять государств АСЕАН, в том числе Таиланд, …», "دول
/// مجلس التعاون الخليجي الست (السعودية …)": a bloc named with a word for its states (`list_head`, before it, in
/// its name or among the few words after it), then a mark or an Arabic "هي" opening a list of states, names its
/// members: all of them when a count in the head equals the list's size, some of them when an inclusion word
/// ("among them", «в том числе», "ومنها") opens the list of fewer states than the count. A founding word in the
/// head makes them founders. The list says who the members are, not since when: no date.
pub(super) fn headed_lists(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx, blocs, strict, ..
    } = *sent;
    let t = tables();
    for b in blocs {
        let Some(g) = strict.iter().find(|g| g.start >= b.end) else {
            continue;
        };
        if claims.any_of(b.id, g)
            || ctx
                .mentions
                .iter()
                .any(|m| m.kind.is_geo() && m.start >= b.end && m.start < g.start)
        {
            continue;
        }
        let between = &ctx.doc_text[b.end..g.start];
        let mark = between
            .char_indices()
            .find(|&(_, c)| matches!(c, ',' | '،' | ';' | '؛' | '.' | '—' | '–' | ':' | '(' | ')'));
        // (pre: the head's words after the bloc; post: the words after the mark; arabic_opener: no mark,
        // the head ends in "هي".)
        let (pre, post) = match mark {
            Some((i, c)) if matches!(c, ',' | '،' | '—' | '–' | ':' | '(') => {
                (&between[..i], &between[i + c.len_utf8()..])
            }
            Some(_) => continue,
            None => (between, ""),
        };
        let mut pre_words = norm_words(pre);
        let post_words = norm_words(post);
        if mark.is_none() {
            // "ثماني دول من تحالف أوبك+ هي السعودية": no mark, the pronoun opens the list.
            if !pre_words
                .last()
                .is_some_and(|w| matches!(w.as_ref(), "هي" | "وهي"))
            {
                continue;
            }
            pre_words.pop();
        }
        // "GCC's": the possessive's letter is no word of the head.
        pre_words.retain(|w| w.as_ref() != "s");
        if pre_words.len() > HEAD_AFTER_BLOC {
            continue;
        }
        let included = post_words
            .iter()
            .any(|w| is_in(&t.list_inclusions, bare(w)));
        if !post_words.iter().all(|w| {
            HEADED_OPENERS.contains(&w.as_ref())
                || is_in(&t.list_inclusions, bare(w))
                || INCLUSION_FILLERS.contains(&w.as_ref())
                || INCLUSION_FILLERS.contains(&bare(w))
        }) {
            continue;
        }
        let before = last_words(norm_before(ctx, b.start), 4);
        let inside = norm_range(ctx, b.start, b.end);
        let head_words = || {
            pre_words
                .iter()
                .map(AsRef::as_ref)
                .chain(before.iter().copied())
                .chain(inside.split_whitespace())
        };
        if !head_words().any(|w| is_in(&t.list_heads, w)) {
            continue;
        }
        let count = pre_words
            .iter()
            .map(AsRef::as_ref)
            .chain(before.iter().copied())
            .find_map(super::relatives::counted)
            .filter(|&n| n >= 2);
        let size = g.members.len();
        let fits = match count {
            Some(n) if included => size < n,
            Some(n) => size == n,
            // Without a count only a bracket, a colon or an inclusion opens the list: a comma after the bloc
            // and its noun is [`apposed_list`]'s.
            None => included || matches!(mark, Some((_, '(' | ':'))),
        };
        if !fits || size < 2 && !included {
            continue;
        }
        // The list ends its apposition: a mark, the bracket closing, or (after "هي") the clause goes on.
        let rest = ctx.doc_text[g.end..ctx.range.end.max(g.end)].trim_start();
        if mark.is_some()
            && !(rest.is_empty() || rest.starts_with([',', '،', '—', '–', '.', ';', '؛', ')', ':']))
        {
            continue;
        }
        let founding = head_words().any(|w| FOUNDING_STEMS.iter().any(|s| w.starts_with(s)));
        let status = if founding { "founder" } else { "member" };
        claims.push(b.id, g, status, false, None);
    }
}
