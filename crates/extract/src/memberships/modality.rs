//! Whether a cue states a fact: negation, the future, hypotheses, stances, freezes, staying, and
//! founding words that found something else or nothing.

use super::tables::{tables, Tables, FUTURE_REACH};
use super::text::{clause_before, is_in, last_words, norm_range, unglued_contraction};
use crate::context::{SentMention, SentenceCtx};
use blocwatch_lexicon::Kind;
use blocwatch_text::{tokens, TokenKind};

/// Whether the word `w`, the `i`-th of the words before a cue, negates it: a negation that is not an
/// unglued contraction, nor the "لا"/"ما" of an Arabic verb of "still" ("لا تزال عضوا", "still a member").
pub(super) fn negates(t: &Tables, n: &str, before: &[&str], i: usize, w: &str) -> bool {
    t.negations.matches(w)
        && !unglued_contraction(n, w)
        && !before.get(i + 1).is_some_and(|next| is_in(&t.still, next))
}

/// Whether a normalised word puts a membership change in the future ("is set to join", «как ожидается, войдут»,
/// "ستنضم", "من المتوقع أن تنضم"): a change still to come gives no status yet (eval/README, Memberships: a
/// membership is written only when the text affirms it).
pub(super) fn future(t: &Tables, w: &str) -> bool {
    t.future.has(w)
}

/// Whether a word of the future ([`future`]) stands among the last [`FUTURE_REACH`] whitespace-separated runs of
/// `clause`, read from its end without collecting them.
pub(super) fn future_before(t: &Tables, clause: &str) -> bool {
    clause
        .rsplit(char::is_whitespace)
        .filter(|run| !run.is_empty())
        .take(FUTURE_REACH)
        .any(|run| {
            tokens(run)
                .filter(|tk| tk.kind == TokenKind::Word)
                .any(|tk| future(t, &run[tk.start..tk.end]))
        })
}

/// Whether the negation at `before[i]` says "no longer": "no longer", "لم تعد" (the word after it), «больше
/// не» (the word before it).
pub(super) fn no_longer(t: &Tables, before: &[&str], i: usize) -> bool {
    let is = |w: Option<&&str>| w.is_some_and(|w| is_in(&t.no_longer, w));
    is(before.get(i + 1)) || (i > 0 && is(before.get(i - 1)))
}

/// Whether a normalised word makes a claim hypothetical. The stem of "إذا" (if) also starts "آذار" (March in
/// the Levantine series, "اذار" once normalised), which dates a claim and supposes nothing.
pub(super) fn hypothetical(t: &Tables, w: &str) -> bool {
    t.hypothetical.matches(w) && w.trim_start_matches(['و', 'ف', 'ب', 'ل']) != "اذار"
}

/// Russian puts the negation of an infinitive after it: "вступать в организацию не спешит".
pub(super) fn negated_after(t: &Tables, lang: blocwatch_text::Lang, after: &str) -> bool {
    // A comma closes the clause: "единственной страной ССАГПЗ, не вступившей в коалицию" negates the
    // participle, not the status.
    lang == blocwatch_text::Lang::Ru
        && tokens(after)
            .take_while(|tk| !(tk.kind == TokenKind::Punct && &after[tk.start..tk.end] == ","))
            .filter(|tk| tk.kind == TokenKind::Word)
            .take(3)
            .any(|tk| {
                let w = &after[tk.start..tk.end];
                w == "не" && t.negations.matches(w)
            })
}

/// Whether an English founding cue is a passive with no agent: a form of "be" right before it (an adverb
/// in "-ly" may stand between: "was formally set up") and no "by" in the rest of its sentence.
pub(super) fn passive_founding(before: &[&str], cue: &str, after: &str) -> bool {
    // (Past commas too: "established in Bangkok on 8 August 1967, by Indonesia, …".)
    let by = |text: &str| {
        tokens(text)
            .take_while(|tk| {
                tk.kind != TokenKind::Punct || !matches!(&text[tk.start..tk.end], ";" | ".")
            })
            .any(|tk| tk.kind == TokenKind::Word && &text[tk.start..tk.end] == "by")
    };
    let aux = |w: &str| matches!(w, "was" | "were" | "been" | "is" | "are" | "be");
    let passive = match before {
        [.., a, adv] if aux(a) && adv.ends_with("ly") => true,
        [.., a] => aux(a),
        [] => false,
    };
    // Only a verb: "are founding members" is a copula before a noun. ("up" ends "set up".)
    let verb = last_words(cue, 1)
        .first()
        .is_some_and(|w| *w == "up" || is_in(&tables().founding_participles, w));
    passive && verb && !by(cue) && !by(after)
}

/// Whether the words before a founding cue make it a time phrase: "since (the) founding", "منذ تأسيس",
/// "с момента основания", "со дня создания".
pub(super) fn since_founding(before: &[&str]) -> bool {
    match before {
        [.., "since"] | [.., "since", "the" | "its" | "their"] => true,
        [.., "с" | "со", "момента" | "дня"] => true,
        [.., "с" | "со", "момента" | "дня", "ее" | "его" | "их" | "своего"] => {
            true
        }
        [.., last] if last.trim_start_matches('و') == "منذ" => true,
        _ => after_founding(before),
    }
}

/// Whether a word of sequence before a founding cue makes it a time phrase that places another act
/// against the bloc's birth: "joined ten years after the founding of the bloc", «вступил после основания
/// организации», «до создания союза», "انضمت بعد تأسيسها بسنوات", "بعد سنوات من تأسيس الجماعة". A state
/// that joins after (or before) the founding did not found the bloc.
pub(super) fn after_founding(before: &[&str]) -> bool {
    let seq = |w: &str| {
        matches!(w, "after" | "before" | "после" | "до")
            || matches!(w.trim_start_matches('و'), "بعد" | "قبل")
    };
    match before {
        [.., w] | [.., w, "the" | "its" | "their"] if seq(w) => true,
        [.., w, "ее" | "её" | "его" | "их" | "своего" | "самого"] if seq(w) => {
            true
        }
        // "بعد سنوات من تأسيس", "قبل عامين من إنشاء": the span between the word and the noun.
        [.., w, _, "من"] | [.., w, _, _, "من"] if seq(w) => true,
        _ => false,
    }
}

/// Whether a suspending cue at `[s, e)` of the normalised sentence `n` suspends a membership. A bare Arabic verb
/// or noun of freezing ("جمد", "جمدت", "تجميد") also freezes assets, loans and talks ("جمّد البنك الدولي قروضه
/// لروسيا"): it does only when one of the next words that name no entity and no date is a membership,
/// participation or activities (`frozen_membership` rows), or when none follows (`bare_freeze` rows are the
/// cues asked about). A bare Russian verb of suspending («приостановил») also suspends cooperation, payments and
/// trade («приостановил сотрудничество с МАГАТЭ»), and a bare English "expelled" expels diplomats ("Estonia, a
/// NATO state, expelled two Russian diplomats"): such a verb does in an English passive clause ("was suspended … and
/// expelled the following month"), when a state is its object right after it
/// («приостановил Габон в правах члена») or one of its next five words in its clause that name no entity names a
/// membership, participation or work («участие», «в 2024 году своё участие», «в правах члена»). Every other cue
/// does.
pub(super) fn freezes_membership(ctx: &SentenceCtx<'_>, n: &str, s: usize, e: usize) -> bool {
    if n[s..e].contains(' ') {
        return true;
    }
    let t = tables();
    if !t.bare_freezes.iter().any(|v| v == &n[s..e]) {
        return true;
    }
    let base = ctx.range.start;
    let in_mention = |at: usize| ctx.mentions.iter().any(|m| m.start <= at && at < m.end);
    // "Russia was suspended from the Council of Europe in February 2022 and expelled the following month": a
    // passive clause has its state before the verb.
    if ctx.lang == blocwatch_text::Lang::En
        && last_words(clause_before(n, s), 12)
            .iter()
            .any(|w| matches!(*w, "was" | "were" | "been" | "is" | "are"))
    {
        return true;
    }
    if ctx.lang != blocwatch_text::Lang::Ar {
        let mut words = tokens(&n[e..])
            .take_while(|tk| {
                !(tk.kind == TokenKind::Punct && matches!(&n[e + tk.start..e + tk.end], "," | ";"))
            })
            .filter(|tk| tk.kind == TokenKind::Word)
            .peekable();
        let Some(first) = words.peek() else {
            return true;
        };
        if in_mention(base + ctx.norm.orig_start(e + first.start)) {
            return true;
        }
        return words
            .filter(|tk| !in_mention(base + ctx.norm.orig_start(e + tk.start)))
            .take(5)
            .any(|tk| {
                let w = &n[e + tk.start..e + tk.end];
                t.frozen_membership
                    .iter()
                    .any(|f| w.starts_with(f.as_str()))
            });
    }
    let mut words = tokens(&n[e..])
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| !in_mention(base + ctx.norm.orig_start(e + tk.start)))
        .map(|tk| &n[e + tk.start..e + tk.end])
        .take(4)
        .peekable();
    words.peek().is_none()
        || words.any(|w| {
            let w = w.trim_start_matches(['و', 'ف']);
            t.frozen_membership
                .iter()
                .any(|f| w.starts_with(f.as_str()))
        })
}

/// Whether a noun of accession at `[s, e)` of the normalised sentence `n` ("accession", "entry", «вступление»)
/// is what another party blocks, approves, ratifies or objects to, a `stance` row among the last six words of its
/// clause before it: "threatened to block Sweden's accession to NATO", «одобрил вступление Финляндии в НАТО»,
/// «выступила против вступления Сербии в ЕС». That affirms the other party's act, not the state's status (as an
/// invitation does: eval/README, Memberships, session 19). An admission is the bloc's own act ("the summit approved
/// the admission of Iran", «Саммит одобрил приём Ирана»): not a noun of accession here.
///
/// A legislature ratifying or approving its own state's accession ("Moldova's parliament ratified the country's
/// accession to the CIS", «Парламент Молдавии ратифицировал вступление страны в СНГ», "صادق برلمان مولدوفا على
/// انضمام البلاد إلى الرابطة") completes it: an `own_accession` word owning the noun points back at the ratifier's
/// own state, so a stance word that is all `ratifying` makes no other party's act (eval/README, Session-36 held-out set, readings (a):
/// ratifying membership is the `member` status dated to the vote).
pub(super) fn stance_on_accession(t: &Tables, n: &str, s: usize, e: usize) -> bool {
    let noun = &n[s..e];
    if !t
        .accession_nouns
        .iter()
        .any(|a| noun.starts_with(a.as_str()))
    {
        return false;
    }
    let words = last_words(clause_before(n, s), 6);
    let mut stances = words.iter().filter(|w| t.stances.matches(w)).peekable();
    if stances.peek().is_none() {
        return false;
    }
    !(stances.all(|w| t.ratifying.matches(w)) && owns_accession(t, n, s, e))
}

/// Whether the noun of accession at `[s, e)` of `n` is owned by a word pointing back at the state whose
/// legislature acts (`own_accession` rows): right before it in English ("the country's accession", "its
/// accession"), right after it in Russian and Arabic («вступление страны», "انضمام البلاد").
fn owns_accession(t: &Tables, n: &str, s: usize, e: usize) -> bool {
    let before = n[..s].trim_end();
    let after = n[e..].trim_start();
    let next = after
        .split(|c: char| !blocwatch_text::is_word_char(c))
        .next()
        .unwrap_or("");
    t.own_accession.iter().any(|o| {
        next == o.as_str()
            || before
                .strip_suffix(o.as_str())
                .is_some_and(|b| b.is_empty() || b.ends_with(' '))
    })
}

/// Whether a cue naming an agreement that is the bloc itself, ending at `at` in the text, is its signing: a
/// signing word stands anywhere in the sentence (`signing` rows; «Соглашение о ВРЭП подписали Китай, …» puts it
/// after) and, in English, the bloc touching the cue ends its noun phrase: the sentence ends or a
/// `signed_bloc_end` word or a mark follows it ("signed the Regional Comprehensive Economic Partnership by video
/// link"; "signed the EU association agreement" and "signed the NATO accession protocols" sign something else).
pub(super) fn signed_bloc(ctx: &SentenceCtx<'_>, n: &str, at: usize) -> bool {
    let t = tables();
    let signed = tokens(n)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| t.signing.iter().any(|w| w == &n[tk.start..tk.end]));
    if !signed {
        return false;
    }
    if ctx.lang != blocwatch_text::Lang::En {
        return true;
    }
    let Some(b) = ctx.mentions.iter().find(|m| {
        m.kind == Kind::Bloc && m.start >= at && ctx.doc_text[at..m.start].trim().is_empty()
    }) else {
        return false;
    };
    ends_noun_phrase(ctx, b)
}

/// Whether an English bloc mention ends its noun phrase: the sentence ends or a mark or a `signed_bloc_end`
/// word follows it ("signed the Regional Comprehensive Economic Partnership by video link"; "the EU association
/// agreement", "the EU-Mercosur deal" and "the EU's" go on with another noun).
pub(super) fn ends_noun_phrase(ctx: &SentenceCtx<'_>, b: &SentMention<'_>) -> bool {
    let t = tables();
    let rest = norm_range(ctx, b.end, ctx.range.end);
    match tokens(rest).next() {
        None => true,
        // A dash or an apostrophe goes on with the name ("the EU-Mercosur deal", "the EU's").
        Some(tk) if tk.kind != TokenKind::Word => {
            rest[tk.start..].starts_with([',', '.', ';', ':', '(', ')', '"', '!', '?'])
        }
        Some(tk) => t
            .signed_bloc_ends
            .iter()
            .any(|w| w == &rest[tk.start..tk.end]),
    }
}

/// Whether the bloc a staying cue speaks of is the object of its "in": the first bloc after the cue follows
/// it at once or after one `staying_gap` word ("stay in the CSTO", «останется в составе ОДКБ»); an Arabic
/// verb puts its state first ("تبقى أرمينيا في الاتحاد"), so there the word right before the bloc must be
/// one ("في", "ضمن"). "Tehran's embargo stays in place", "يبقى الاتحاد الأوروبي الشريك الأول للمغرب": no
/// state stays in a bloc.
pub(super) fn stays_in(ctx: &SentenceCtx<'_>, cue_end: usize) -> bool {
    let Some(bloc) = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.start >= cue_end)
        .min_by_key(|m| m.start)
    else {
        return false;
    };
    let gap = norm_range(ctx, cue_end, bloc.start);
    let words = last_words(gap, 2);
    let arabic = ctx.lang == blocwatch_text::Lang::Ar;
    match words.last() {
        None => !arabic,
        Some(w) => is_in(&tables().staying_gap, w) && (arabic || words.len() == 1),
    }
}
