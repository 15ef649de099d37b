//! Cue finding ([`cues`]): each hit of a cue row refined in its sentence (the bloc it touches, modality,
//! status, vetoes, negation), then adjacent cues merged; with the tests on the words around a cue.

use super::founding::takes_effect;
use super::groups::is_list_gap;
use super::modality::{
    freezes_membership, future_before, hypothetical, negated_after, negates, no_longer,
    passive_founding, signed_bloc, since_founding, stance_on_accession, stays_in,
};
use super::status::lesser_status;
use super::tables::{tables, Tables, NEG_WINDOW};
use super::text::{
    clause_before, clause_start, gap_words, has_part, is_in, last_words, norm_at, norm_before,
    norm_range, unglued, word_count,
};
use super::wordset::WordSet;
use super::{Cue, Side};
use crate::amounts::stem_match_ok;
use crate::context::SentenceCtx;
use crate::dates::Hit;
use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;

/// How many words before a bloc that touches a membership or suspension noun are read for the verb the bloc
/// does ("the AU suspended Niger's membership", "علقت المجموعة … عضوية غينيا"): the verb, and one word more for
/// a conjunction or an auxiliary before it ("وعلّق الاتحاد عضوية").
const VERB_BEFORE_BLOC_WORDS: usize = 2;
/// How many words after a partner cue may hold its dialogue phrase («партнёром ШОС по диалогу», "شريكة آسيان في
/// الحوار"): the bloc's name, of up to three words, stands inside it.
const DIALOGUE_PHRASE_REACH: usize = 5;
/// How many words of its clause after a status phrase may hold the offer that makes it no claim yet («Статус
/// партнёра БРИКС был предложен Вьетнаму»): the bloc and an auxiliary stand between.
const OFFER_AFTER_REACH: usize = 4;
/// How many words before a cue are read for the pronoun that is its subject ("it has joined"), or that tells
/// one state ("it", «она»): the pronoun and one auxiliary or adverb.
const PRONOUN_BEFORE_CUE: usize = 2;
/// How many words may part an application from the lesser status it applies for, in one clause, and still
/// make one claim ("applied for observer status", «заявку на получение статуса наблюдателя»).
const APPLICATION_TO_STATUS_WORDS: usize = 3;
/// How many words may part two cues that tell one claim ("подала заявку на вступление": a preposition).
const ONE_CLAIM_WORDS: usize = 1;

/// The cues of the sentence with their negation and modality. Hypothetical ones ("if Armenia left", "لو
/// انضمت", "если бы") are dropped: they claim nothing.
pub(super) fn cues(ctx: &SentenceCtx<'_>, hits: &[Hit]) -> Vec<Cue> {
    let t = tables();
    let norm = ctx.norm.clone();
    let n = norm.as_str();
    let base = ctx.range.start;
    let mut out = Vec::new();
    // "Were Turkey to join BRICS, …": an inverted conditional opens the sentence.
    let inverted_conditional = tokens(n)
        .find(|tk| tk.kind == TokenKind::Word)
        .is_some_and(|tk| {
            t.hypothetical_initial
                .iter()
                .any(|h| *h == n[tk.start..tk.end])
        });
    // Whether the sentence turns an offer down or leaves it pending, read once when an offer is found.
    let mut refused: Option<(bool, bool)> = None;
    // Whether a word of the future occurs anywhere in the sentence (read at the first cue that asks): where
    // none does, no clause of it has one before a cue ([`future_before`]).
    let mut future_here: Option<bool> = None;
    for &Hit { s, e, pat } in hits {
        let meta = t.meta[pat];
        if meta.status == "none" || !stem_match_ok(n, s, e) {
            continue;
        }
        // «член Организации Договора о коллективной безопасности»: a cue's words inside a bloc's own name
        // («Договора о» of the CSTO's full name) are the name, not a cue.
        let (cs, ce) = (base + norm.orig_start(s), base + norm.orig_end(e));
        if ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Bloc && m.start <= cs && ce <= m.end)
        {
            continue;
        }
        // "the 54th state of the African Union": after an ordinal the touching word's bloc follows it
        // (looked for only when no bloc touches the word itself).
        let mut reach = false;
        // A touching cue is a whole word: "state" is not "statement", "بين" not "بينها".
        if meta.touching
            && (n[e..]
                .chars()
                .next()
                .is_some_and(blocwatch_text::is_word_char)
                || !(bloc_touches(
                    ctx,
                    base + norm.orig_start(s),
                    base + norm.orig_end(e),
                    meta.bloc,
                ) || (meta.status == "partner"
                    && meta.bloc == Side::After
                    && ar_partner_of(ctx, base + norm.orig_end(e)))
                    || (meta.status == "partner" && status_named_with_of(&n[..s]))
                    || {
                    reach = ordinal_reach(n, s, e).is_some_and(|to| {
                        bloc_touches(
                            ctx,
                            base + norm.orig_start(s),
                            base + norm.orig_end(to),
                            Side::After,
                        )
                    });
                    reach
                })
                // "a deal with an EU country", "переговоры со страной НАТО": the object of another act.
                || after_preposition(ctx, base, base + norm.orig_start(s))
                // "pressure from its EU partners", "Germany's EU partners": fellow members of an owner's
                // bloc, not states holding partner status.
                || (meta.status == "partner"
                    && (owned_bloc(ctx, base + norm.orig_start(s)) || qualified_partner(ctx, &n[..s])))
                || (meta.among && !counted_among(ctx, n, s, base + norm.orig_start(s), meta.bloc)))
        {
            continue;
        }
        let before = last_words(&n[..s], NEG_WINDOW);
        // "Norway named its candidate for the post of NATO secretary-general": a candidate someone owns is a
        // person put forward for an office, not a state's application.
        if n[s..e].starts_with("candidate") && owned_at(ctx, base + norm.orig_start(s)) {
            continue;
        }
        // "Moldova would stay in the CIS", «Армения останется в ОДКБ»: staying, even promised, is a status
        // held now; a condition ("if", «если») still governs it.
        let staying = t.staying.iter().any(|p| p == &n[s..e]);
        if staying && !stays_in(ctx, base + norm.orig_end(e)) {
            continue;
        }
        // "lifted the objection of Turkey, a member of the alliance, to…", «возражения Турции, члена НАТО»,
        // "اعتراض تركيا، العضو في الحلف": an apposition set off after a state states a fact about it, outside
        // the reach of the wish, objection or condition before it.
        if before
            .iter()
            .any(|w| hypothetical(t, w) && !(staying && is_in(&t.future_aux, w)))
            && !apposed_to_state(ctx, n, s)
        {
            continue;
        }
        // «…высказался за то, чтобы Бразилия получила место постоянного члена Совета Безопасности»: a
        // hypothetical word opening the cue's clause governs all of it, however far the cue stands.
        let clause = clause_before(n, s);
        if tokens(clause)
            .find(|tk| tk.kind == TokenKind::Word)
            .is_some_and(|tk| hypothetical(t, &clause[tk.start..tk.end]))
        {
            continue;
        }
        // "Vietnam will join BRICS as a partner country", «Вьетнам вступит в БРИКС в качестве страны-партнёра»:
        // a word of the future governs the cues after it in its clause, a status phrase a few words on. An
        // office still to come is held by a member already ("ستتولى الهند رئاسة مجموعة بريكس عام 2026").
        let office = tokens(&n[s..e])
            .find(|tk| tk.kind == TokenKind::Word)
            .is_some_and(|tk| t.office.matches(&n[s + tk.start..s + tk.end]));
        if !office
            && !staying
            && *future_here.get_or_insert_with(|| t.future.occurs_in(n))
            && future_before(t, clause_before(n, s))
        {
            continue;
        }
        if matches!(meta.status, "suspended" | "former") && !freezes_membership(ctx, n, s, e) {
            continue;
        }
        // "suspended the voting rights of the Russian delegation", «приостановку права голоса», "تعليق حقوق
        // التصويت للوفد": a delegation's rights claim a suspension only with a word of suspending beside them.
        if t.rights_nouns.iter().any(|r| r == &n[s..e]) && !rights_suspended(t, n, s, e) {
            continue;
        }
        if meta.status == "member" && stance_on_accession(t, n, s, e) {
            continue;
        }
        // «учредительный договор», "founding treaty": signed in the cue's clause it founds the bloc; broken,
        // cited or remembered ("violated the founding treaty", «годовщину подписания») it founds nothing.
        if t.founding_documents.iter().any(|d| d == &n[s..e]) && {
            let c = clause_before(n, s);
            !tokens(c)
                .filter(|tk| tk.kind == TokenKind::Word)
                .any(|tk| t.signing.iter().any(|w| w == &c[tk.start..tk.end]))
        } {
            continue;
        }
        if t.signed_blocs.iter().any(|d| d == &n[s..e])
            && !signed_bloc(ctx, n, base + norm.orig_end(e))
        {
            continue;
        }
        if inverted_conditional {
            continue;
        }
        // "منذ تأسيس المنظمة", "since the founding of the bloc", "с момента основания": a time phrase that
        // dates something else ("the seat has been in Jeddah since …"), not a founding.
        if meta.status == "founder" && since_founding(&before) {
            continue;
        }
        // "ten years after the bloc was set up", "when the alliance was founded": an English founding verb
        // in the passive with no agent after it tells of the bloc's own birth; the states the sentence
        // names elsewhere did not found it ("founded in 2001 by China, Russia …" names its founders).
        if meta.status == "founder" && passive_founding(&before, &n[s..e], &n[e..]) {
            continue;
        }
        // "was suspended in June 2021 and reinstated in 2024": a second participle that gives back a
        // membership the sentence suspended is read by the restoring pass of `find_cued`, which dates
        // each change apart.
        if &n[s..e] == "reinstated"
            && matches!(
                before[..],
                [.., "and" | "then" | "later"] | [.., "and" | "then" | "later", "was" | "were"]
            )
        {
            continue;
        }
        // "علقت جامعة الدول العربية عضوية سوريا", "أنهت جورجيا عضويتها": a verb of suspending or ending
        // before the word membership says what became of it ("علق على عضوية" only commented on it).
        let membership_noun = meta.status == "member"
            && (n[s..e].contains("عضو")
                || n[s..e].starts_with("membership")
                || n[s..e].starts_with("членств"))
            && !before.contains(&"علي");
        // The verb may stand before the bloc that does it: "علقت المجموعة الاقتصادية لدول غرب أفريقيا
        // عضوية غينيا", "وعلّق الاتحاد عضوية", "the AU suspended Niger's membership".
        let cue_at = base + norm.orig_start(s);
        // "رفع الاتحاد الأفريقي تعليق عضوية غينيا": lifting the suspension gives the membership back.
        let suspension_noun = meta.status == "suspended" && n[s..e].starts_with("تعليق");
        let verb_prior = (membership_noun || suspension_noun)
            .then(|| {
                ctx.mentions
                    .iter()
                    .filter(|m| m.kind == Kind::Bloc && m.end <= cue_at && m.start >= base)
                    .max_by_key(|m| m.end)
                    .filter(|m| ctx.doc_text[m.end..cue_at].trim().is_empty())
                    .map(|m| norm_range(ctx, base, m.start))
            })
            .flatten();
        let mut verbs: SmallVec<[&str; 6]> = before.iter().copied().collect();
        if let Some(p) = &verb_prior {
            verbs.extend(last_words(p, VERB_BEFORE_BLOC_WORDS));
        }
        let verb_is = |list: &[String], status: &str| {
            verbs.iter().any(|w| {
                let forms = unglued(w);
                list.iter().any(|v| forms.contains(&v.as_str()))
                    || t.object_verbs.iter().any(|(v, st)| *st == status && v == w)
            })
        };
        // "партнёром ШОС по диалогу", "شريكة آسيان في الحوار": the bloc stands inside the dialogue partner
        // phrase.
        let dialogue = meta.status == "partner" && {
            let next: SmallVec<[&str; DIALOGUE_PHRASE_REACH]> = tokens(&n[e..])
                .filter(|tk| tk.kind == TokenKind::Word)
                .take(DIALOGUE_PHRASE_REACH)
                .map(|tk| &n[e + tk.start..e + tk.end])
                .collect();
            next.windows(2)
                .any(|w| w == ["по", "диалогу"] || w == ["في", "الحوار"])
                || next.contains(&"للحوار")
        };
        // A word of `set` governing the cue: a wish or an invitation before a membership word, only in the
        // cue's own clause ("دعت مصر، العضو في الاتحاد الأفريقي، إلى…" calls for something else, and the
        // apposition states a fact), or among the last words of the clause before a lesser status.
        // (The words are found once: the invitations and the wishes below both read them.)
        let governing: SmallVec<[&str; 6]> = match meta.status {
            // "hopes to join BRICS as a full member", "تأمل في الانضمام إلى بريكس كعضو كامل": the member noun
            // after an opener of a join's seat is the join's status, so the wish before the join governs it
            // too, from anywhere in the clause.
            "member" if seat_of_join(t, n, s) => {
                last_words(clause_before(n, s), SEAT_GOVERNOR_REACH)
                    .into_iter()
                    .collect()
            }
            // A subordinating conjunction opens another act: "hoped for calm after joining NATO" — the wish
            // before it governs its own verb, not the cue ("and" may join the states of one list).
            "member" => {
                let from = clause_start(n, s);
                let own: SmallVec<[&str; 6]> = before
                    .iter()
                    .copied()
                    .filter(|w| w.as_ptr() as usize - n.as_ptr() as usize >= from)
                    .collect();
                let after_conj = own
                    .iter()
                    .rposition(|w| {
                        is_in(&t.conjunctions, w) && !matches!(*w, "and" | "и" | "а" | "و")
                    })
                    .map_or(0, |i| i + 1);
                own[after_conj..].iter().copied().collect()
            }
            "partner" | "observer" | "dialogue_partner" => {
                last_words(clause_before(n, s), 6).into_iter().collect()
            }
            _ => SmallVec::new(),
        };
        let governed = |set: &WordSet| governing.iter().any(|w| set.matches(w));
        // "invited to become a full member of BRICS", "دعيت السعودية للانضمام", «приглашена стать партнёром»:
        // an invitation is the bloc's act and gives the invited state no status (eval/README, Memberships,
        // session 19).
        if governed(&t.invitations)
            || (matches!(meta.status, "member" | "applicant")
                && (invited_list(ctx, n, s) || invited_run(ctx, s)))
        {
            continue;
        }
        // «Статус партнёра БРИКС был предложен Вьетнаму»: the offer named after the status, in its clause.
        if matches!(meta.status, "partner" | "observer" | "dialogue_partner")
            && tokens(&n[e..])
                .take_while(|tk| tk.kind != TokenKind::Punct)
                .filter(|tk| tk.kind == TokenKind::Word)
                .take(OFFER_AFTER_REACH)
                .any(|tk| {
                    t.offered_after
                        .iter()
                        .any(|o| *o == n[e + tk.start..e + tk.end])
                })
        {
            continue;
        }
        // "sent election observers to Georgia", «наблюдатели на выборах в Кении», "بعثة مراقبين من الاتحاد
        // الأفريقي": people sent to watch a vote or a truce, or a mission they form — no status of the sender,
        // of the bloc they come from or of the state they watch in.
        if meta.status == "observer" && watchers(t, n, s, e) {
            continue;
        }
        // The `split_end` verbs of losing count anywhere among `verbs` in Arabic («وفقدت روسيا عضويتها»); the
        // English and Russian ones only right before the noun ([`lost_before`]: "lost hope of EU membership"
        // is no loss of it). (`verb_is` with no verbs still reads the object verbs of leaving.)
        let ending_verbs: &[String] = if ctx.lang == blocwatch_text::Lang::Ar {
            &t.split_end
        } else {
            &[]
        };
        let lesser_noun = matches!(meta.status, "observer" | "partner" | "dialogue_partner");
        let lifted = suspension_noun
            && verbs
                .iter()
                .any(|w| unglued(w).iter().any(|x| matches!(*x, "رفع" | "رفعت")));
        let status = if lifted {
            "member"
        } else if dialogue {
            "dialogue_partner"
        // "wants to become a partner country", "تسعى … إلى الحصول على صفة الدولة الشريكة": a lesser
        // status wished for or offered is applied for; "applied for observer status" is left to the
        // merging of adjacent cues below.
        } else if governed(&t.applicant)
            && (meta.status == "member"
                || !governing.iter().any(|w| {
                    ["appli", "request", "заявк", "طلب"]
                        .iter()
                        .any(|a| w.starts_with(a))
                }))
        {
            "applicant"
        } else if membership_noun && verb_is(&t.split_suspend, "suspended") {
            "suspended"
        } else if membership_noun
            && (verb_is(ending_verbs, "former") || lost_before(t, ctx.lang, &verbs))
        {
            "former"
        } else if let Some(passive) = membership_noun
            // "membership of the Arab League, frozen in …": a cue ending in its "of" leaves the phrase after it.
            .then(|| {
                passive_after(&n[n[s..e].strip_suffix(" of").map_or(e, |c| s + c.len() + 1)..])
            })
            .flatten()
        {
            passive
        // "Israel's observer status had been suspended", «статус наблюдателя Израиля приостановлен», "صفة
        // المراقب الممنوحة لإسرائيل عُلّقت": a lesser status suspended is the suspension, not the status.
        } else if (membership_noun || lesser_noun)
            && (suspended_beside(t, ctx.lang, &before, &n[e..])
                || (lesser_noun && passive_after(&n[e..]) == Some("suspended")))
        {
            "suspended"
        } else {
            meta.status
        };
        // "Iceland has withdrawn its application to join the EU", «отозвала заявку на вступление в ЕС», "سحبت طلب
        // انضمامها": an application withdrawn, among the last eight words of the cue's clause, is pending no longer
        // and claims nothing.
        if status == "applicant"
            && last_words(clause_before(n, s), 8)
                .iter()
                .any(|w| t.withdrawing.matches(w))
        {
            continue;
        }
        // «вопрос о вступлении в БРИКС», «рамки для вступления Северной Македонии в Евросоюз», "الجدل حول انضمام
        // السويد": an accession that a preposition of topic or purpose leads to is what a question, a talk or a
        // framework is about, no status (an application, «с просьбой о вступлении», is read above); a report of it
        // («сообщил о вступлении Ирана в ШОС») tells that it happened.
        if status == "member"
            && t.accession_nouns
                .iter()
                .any(|a| n[s..e].starts_with(a.as_str()))
            && before
                .last()
                .is_some_and(|w| is_in(&t.topic_prepositions, w))
            && !matches!(before[..], [.., report, _] if t.reports.matches(report))
        {
            continue;
        }
        // "Ukraine applied for NATO membership", "an application for EU membership": the bare noun after
        // a bloc's name claims only as the object of an application ("Ukraine's NATO membership is not on
        // the table" affirms nothing).
        // A verb of taking effect after it affirms it ("Sweden's NATO membership took effect in March").
        // A membership said to be frozen or ended was held: "saw its Mercosur membership frozen".
        if meta.touching
            && &n[s..e] == "membership"
            && !matches!(status, "applicant" | "suspended" | "former")
            && !takes_effect(t, &n[e..])
        {
            continue;
        }
        // "its members", "его членов": the bloc's members, named after the noun if at all — not the
        // sentence's subject ("Грузия, покинувшая СНГ, сохранила безвизовый режим с рядом его членов").
        let owned_members = before.last().is_some_and(|w| is_in(&t.possessives, w))
            && [
                "members",
                "member states",
                "member countries",
                "членов",
                "члены",
                "членами",
                "членам",
            ]
            .iter()
            .any(|m| *m == &n[s..e]);
        // "Turkey's exports to EU member states", "صادرات تركيا إلى الدول الأعضاء": members that a
        // preposition leads to are the object of another act; they are named after the noun if at all.
        // Only the cue's own clause can negate it; its last words are those of `before` that start in it.
        let clause_from = s - clause_before(n, s).len();
        // So is a single member a preposition leads to: "sold warships to a NATO member", "مع دولة عضو في
        // الحلف", «сделку со страной — членом НАТО» name no state of the sentence.
        let object_members = meta.status == "member"
            && ((plural_members(&n[s..e])
                && after_preposition(ctx, base, base + norm.orig_start(s)))
                || (tokens(&n[s..e]).next().is_some_and(|tk| {
                    t.singular_status
                        .iter()
                        .any(|w| *w == n[s + tk.start..s + tk.end])
                }) && preposition_before(ctx, base, base + norm.orig_start(s), true)));
        // Only the cue's own clause: in "امتنعت البرازيل والهند، العضوان في بريكس، عن التصويت" the
        // abstention is the sentence's act, not a refused membership.
        let in_clause = |w: &&str| w.as_ptr() as usize - n.as_ptr() as usize >= clause_from;
        // "قمة حركة عدم الانحياز", "the Non-Aligned Movement": a negation inside a bloc's name negates nothing.
        let in_bloc_name = |w: &&str| {
            let at = base + norm.orig_start(w.as_ptr() as usize - n.as_ptr() as usize);
            ctx.mentions
                .iter()
                .any(|m| m.kind == Kind::Bloc && m.start <= at && at < m.end)
        };
        // "لم تعد بريطانيا عضواً", «больше не входит», "is no longer an OPEC member": a membership the
        // negation says has ended is `former`, not a negated `member`.
        let ended = status == "member"
            && before
                .iter()
                .enumerate()
                .filter(|(_, w)| in_clause(w) && !in_bloc_name(w))
                .any(|(i, w)| {
                    negates(t, n, &before, i, w)
                        && no_longer(t, &before, i)
                        // "no longer interested in joining", «больше не заинтересована во вступлении», "لم
                        // تعد مهتمة بالانضمام": an interest has ended, not a membership.
                        && !before[i..].iter().any(|x| t.interest.matches(x))
                });
        // "a former NATO member", "two former Warsaw Pact members", «бывшая страна НАТО»: an adjective of having
        // left before the bloc that touches the member noun (the rows "former member of", «бывший член», "العضو
        // السابق" hold the adjective beside the noun).
        let ended = ended
            || (status == "member"
                && ctx
                    .mentions
                    .iter()
                    .find(|m| {
                        m.kind == Kind::Bloc
                            && m.start >= base
                            && m.end <= cue_at
                            && ctx.doc_text[m.end..cue_at].trim().is_empty()
                    })
                    .is_some_and(|b| {
                        last_words(norm_before(ctx, b.start), 1)
                            .first()
                            .is_some_and(|w| t.former_adjectives.iter().any(|f| f == w))
                    }));
        // "declined to renew its participation in the CSTO", «не стала продлевать участие в ОДКБ», "رفضت تمديد
        // معاهدة الأمن الجماعي": a negated verb of prolonging ends the membership; not negated, it tells no status.
        // The bloc stands right after the cue ("its participation in joint drills of the CSTO" prolongs no
        // membership), and after a bare verb it is named as a treaty ("extend the Collective Security Treaty";
        // "extend the OPEC+ cuts" prolongs no membership).
        let prolonged = status == "member"
            && tokens(&n[s..e])
                .next()
                .is_some_and(|tk| is_in(&t.prolonged, &n[s + tk.start..s + tk.end]));
        if prolonged {
            let negated = before
                .iter()
                .enumerate()
                .filter(|(_, w)| in_clause(w) && !in_bloc_name(w))
                .any(|(i, w)| negates(t, n, &before, i, w))
                || negated_after(t, ctx.lang, &n[e..]);
            let bare = tokens(&n[s..e])
                .filter(|tk| tk.kind == TokenKind::Word)
                .count()
                == 1;
            if !negated || !bloc_right_after(ctx, base + norm.orig_end(e), bare) {
                continue;
            }
        }
        let ended = ended || prolonged;
        out.push(Cue {
            start: base + norm.orig_start(s),
            end: base + norm.orig_end(e),
            status: if ended { "former" } else { status },
            members: if owned_members || object_members {
                Side::After
            } else {
                meta.members
            },
            bloc: if reach { Side::After } else { meta.bloc },
            negated: !ended
                && (before
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| in_clause(w) && !in_bloc_name(w))
                    .any(|(i, w)| negates(t, n, &before, i, w))
                    || negated_after(t, ctx.lang, &n[e..])
                    || (status == "applicant" && {
                        // "invited to join", or "دعيت الأرجنتين للانضمام" with the state between.
                        let offered: SmallVec<[&String; 2]> = t
                            .offers
                            .iter()
                            .filter(|o| {
                                has_part(&n[s..e], o) || before.iter().any(|w| has_part(w, o))
                            })
                            .collect();
                        // A state's own bid still waiting ("its bid … has not yet been accepted", "the
                        // bloc is studying its accession request") stands; only an offer is left
                        // unanswered by waiting. A refusal turns either down.
                        let invited = offered.iter().any(|o| !t.own_bids.iter().any(|b| b == *o));
                        let (refusal, pending) = *refused.get_or_insert_with(|| {
                            // Whether any word is in each set, in one walk over the tokens, for the
                            // sets with a word or stem somewhere in the sentence (most have none, and
                            // then no walk is needed).
                            let look_refusal = t.offer_refused.occurs_in(n);
                            let look_pending = t.offer_pending.occurs_in(n);
                            let (mut refusal, mut pending) = (false, false);
                            if look_refusal || look_pending {
                                for tk in tokens(n).filter(|tk| tk.kind == TokenKind::Word) {
                                    let w = &n[tk.start..tk.end];
                                    refusal =
                                        refusal || (look_refusal && t.offer_refused.matches(w));
                                    pending =
                                        pending || (look_pending && t.offer_pending.matches(w));
                                    if refusal == look_refusal && pending == look_pending {
                                        break;
                                    }
                                }
                            }
                            (refusal, pending)
                        });
                        !offered.is_empty() && (refusal || (pending && invited))
                    })),
            // "its membership", "عضويتها", and "it was expelled": the member is the sentence's subject.
            // ("it was founded" is the bloc itself, so not for founders.)
            possessed: (!owned_members && possessed(t, n, e, before.last().copied()))
                || (meta.status != "founder"
                    // "NATO did not admit Ukraine, but it admitted Finland": a state right after a cue whose
                    // members follow it is its object, and the pronoun before it the bloc that acts.
                    && !(meta.members == Side::After && object_after(ctx, base + norm.orig_end(e)))
                    && before
                        .iter()
                        .rev()
                        .take(PRONOUN_BEFORE_CUE)
                        .any(|w| is_in(&t.subject_pronouns, w))),
            singular: before
                .iter()
                .rev()
                .take(PRONOUN_BEFORE_CUE)
                .any(|w| is_in(&t.singular_pronouns, w)),
        });
    }
    // "تأسس مجلس التعاون الخليجي في مايو 1981 بعضوية السعودية والكويت": the list a founding names after its
    // bloc holds its founders.
    for i in 1..out.len() {
        if out[i].status == "member"
            && t.founding_lists
                .iter()
                .any(|w| *w == norm_range(ctx, out[i].start, out[i].end))
            && out[..i].iter().any(|c| {
                c.status == "founder"
                    && !c.negated
                    && !ctx.doc_text[c.end..out[i].start].contains([',', ';', '،', '؛', '.'])
            })
        {
            out[i].status = "founder";
        }
    }
    // Cues next to each other describe one claim ("подала заявку на вступление"): the first one's
    // geometry, the specific status over the generic `member`, and a negation of either. An application
    // for a lesser status ("applied for observer status", "заявку на получение статуса наблюдателя")
    // grants nothing yet and is not a membership application either: both cues are dropped.
    let mut i = 0;
    while i + 1 < out.len() {
        let gap = &ctx.doc_text[out[i].end..out[i + 1].start.max(out[i].end)];
        let words = gap_words(ctx, &[], gap, out[i].end, false);
        let clause = !gap.contains([',', ';', '،', '؛', '.']);
        if clause
            && words <= APPLICATION_TO_STATUS_WORDS
            && out[i].status == "applicant"
            && lesser_status(out[i + 1].status)
        {
            out.drain(i..i + 2);
        } else if clause
            && words <= ONE_CLAIM_WORDS
            && out[i].status != "same"
            && out[i + 1].status != "same"
            && !coordinated_blocs(ctx, out[i].end, out[i + 1].start)
        {
            let next = out.remove(i + 1);
            // "подала заявку на вступление в БРИКС": an application reaches to its last cue, where its
            // bloc follows — unless a state stands between the two ("تقدمت أذربيجان بطلب").
            if out[i].status == "applicant"
                && !ctx.mentions.iter().any(|m| {
                    // … nor a bloc, which the longer span would swallow ("applied for NATO membership").
                    matches!(m.kind, Kind::Country | Kind::Bloc)
                        && m.start >= out[i].end
                        && m.end <= next.start
                })
            {
                out[i].end = next.end;
            }
            // A first cue that a negation before it ended ("не продлил Договор о …", «больше не входит»)
            // has read that negation already: the next cue's is the same one.
            let ended = out[i].status == "former" && !out[i].negated;
            if out[i].status == "member" {
                out[i].status = next.status;
            }
            out[i].negated |= next.negated && !ended;
        } else {
            i += 1;
        }
    }
    out
}

/// "an EU member and NATO partner", «член Евросоюза и партнёр НАТО», "عضو في الاتحاد الأوروبي وشريك لحلف الناتو":
/// two cues joined by a conjunction with a bloc between them are two claims, each with its own bloc, not one.
fn coordinated_blocs(ctx: &SentenceCtx<'_>, end: usize, next: usize) -> bool {
    let t = tables();
    let bloc_between = ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Bloc && m.start >= end && m.end <= next);
    bloc_between && {
        let gap = norm_range(ctx, end, next);
        gap.trim_end().ends_with('و')
            || tokens(gap)
                .filter(|tk| tk.kind == TokenKind::Word)
                .any(|tk| t.conjunctions.iter().any(|c| *c == gap[tk.start..tk.end]))
    }
}

/// Whether a state's name stands right after the cue ending at document offset `end`, past white space and
/// at most an article ("admitted Finland", "admitted the Philippines").
pub(super) fn object_after(ctx: &SentenceCtx<'_>, end: usize) -> bool {
    ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country
            && m.start >= end
            && m.start <= end + 8
            && matches!(norm_range(ctx, end, m.start).trim(), "" | "the")
    })
}

/// "Syria lost its membership", «Россия лишилась членства», «была лишена членства»: an English or Russian
/// verb of losing (`split_end` rows) as the last word before the membership noun, or before its possessive
/// (`verbs` ends with the words before the cue or, when a bloc stands right before the noun, before the bloc).
/// A word between them makes the loss another thing's ("lost hope of EU membership").
pub(super) fn lost_before(t: &Tables, lang: blocwatch_text::Lang, verbs: &[&str]) -> bool {
    if lang == blocwatch_text::Lang::Ar {
        return false;
    }
    let verb = match verbs {
        [.., v, p] if is_in(&t.possessives, p) => v,
        [.., v] => v,
        [] => return false,
    };
    is_in(&t.split_end, verb)
}

/// How many words on each side of an observer noun are read for what its people watch or who sends them: a
/// verb and an article or a number before it ("sent two observers"), a link and an article after it
/// ("observers at the vote", "observers to the elections").
const WATCH_WORDS: usize = 3;

/// Whether the observer cue at `[s, e)` of the normalised sentence `n` names people who watch, not a
/// status: a one-word noun (a status phrase, "observer status", «статус наблюдателя», "بصفة مراقب", never does)
/// with a `watched` word right before it ("election observers", «миссия наблюдателей», "بعثة مراقبين") or after
/// it past `watch_link` words only ("observers at the vote", «наблюдателей на выборы», "مراقبي الانتخابات",
/// "an observer mission"), or with a verb of `sending` among the [`WATCH_WORDS`] words of its clause before it
/// ("sent observers", «Куба направила наблюдателя», "أرسلت … مراقبين"). A word of becoming or granting in the
/// clause before makes it a status taken ("became an observer in a vote of the General Assembly").
pub(super) fn watchers(t: &Tables, n: &str, s: usize, e: usize) -> bool {
    if n[s..e].contains(' ') {
        return false;
    }
    let clause = clause_before(n, s);
    if tokens(clause)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| t.becoming.matches(&clause[tk.start..tk.end]))
    {
        return false;
    }
    let prev = last_words(clause, WATCH_WORDS);
    if prev.last().is_some_and(|w| t.watched.matches(w))
        || prev.iter().any(|w| t.sending.matches(w))
    {
        return true;
    }
    // An Arabic cue may be the stem of a longer word ("مراقب" of "مراقبي"): what follows the whole word.
    let word_end = n[e..]
        .char_indices()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(n.len(), |(i, _)| e + i);
    for tk in tokens(&n[word_end..])
        .take_while(|tk| tk.kind != TokenKind::Punct)
        .filter(|tk| tk.kind == TokenKind::Word)
        .take(WATCH_WORDS)
    {
        let w = &n[word_end + tk.start..word_end + tk.end];
        if t.watched.matches(w) {
            return true;
        }
        if !is_in(&t.watch_links, w) {
            break;
        }
    }
    false
}

/// "was frozen", "were suspended", "has been revoked" in the clause after an English membership noun (past
/// its bloc): what became of the membership. The participle may also follow the noun bare ("saw its Mercosur
/// membership frozen") or open an aside after the noun's short "of" phrase ("Syria's membership of the Arab
/// League, frozen in November 2011, …").
pub(super) fn passive_after(after: &str) -> Option<&'static str> {
    let mut prev = "";
    let mut words = 0;
    // Whether the noun's own phrase after it opens with "of" or "in", and whether a comma just closed it.
    let (mut of_phrase, mut comma_seen, mut after_comma) = (false, false, false);
    for tk in tokens(after) {
        let w = &after[tk.start..tk.end];
        if tk.kind == TokenKind::Punct && matches!(w, "," | ";" | "." | "(") {
            if w == "," && of_phrase && !comma_seen && words <= OF_PHRASE_WORDS {
                comma_seen = true;
                after_comma = true;
                continue;
            }
            break;
        }
        if tk.kind != TokenKind::Word {
            continue;
        }
        if matches!(prev, "was" | "were" | "been" | "is" | "be") || words == 0 || after_comma {
            match w {
                "frozen" | "suspended" => return Some("suspended"),
                "revoked" | "terminated" => return Some("former"),
                _ => {}
            }
        }
        if words == 0 {
            of_phrase = matches!(w, "of" | "in");
        }
        after_comma = false;
        words += 1;
        prev = w;
    }
    None
}

/// How many words the "of" phrase after a membership noun may hold before the comma of an aside whose
/// participle says what became of the membership ("membership of the Arab League, frozen in …").
const OF_PHRASE_WORDS: usize = 5;

/// How many words before a rights noun are read for a word of suspending ("suspend Russia's voting rights": a
/// possessor between), and one more for a verb of lifting before that word ("lifted the suspension of").
const SUSPENDING_BEFORE: usize = 3;
/// How many words of its clause after a rights noun are read for a word of suspending ("voting rights of the
/// Russian delegation were suspended", «право голоса делегации приостановлено»): the holder and an auxiliary.
const SUSPENDING_AFTER: usize = 8;

/// Whether a word of suspending governs the rights noun at `[s, e)` of the normalised sentence `n`: one of the
/// last three words before it ("suspended the voting rights", "suspend Russia's voting rights", «приостановку
/// права голоса», "تعليق حقوق التصويت"), not after a verb of lifting ("lifted the suspension of"), or one of
/// the next eight words of its clause ("voting rights suspended until April", "were suspended", «право голоса
/// делегации приостановлено», "حقوق التصويت للوفد الروسي معلقة").
pub(super) fn rights_suspended(t: &Tables, n: &str, s: usize, e: usize) -> bool {
    let before = last_words(clause_before(n, s), SUSPENDING_BEFORE + 1);
    let near = before.len().saturating_sub(SUSPENDING_BEFORE);
    if let Some(i) = before[near..]
        .iter()
        .position(|w| t.suspending.matches(w))
        .map(|i| i + near)
    {
        return !before[..i].iter().any(|w| t.lifting.matches(w));
    }
    suspending_after(t, &n[e..])
}

/// Whether a word of suspending stands among the next eight words of `after` before its clause ends.
fn suspending_after(t: &Tables, after: &str) -> bool {
    for tk in tokens(after).take(SUSPENDING_AFTER) {
        let w = &after[tk.start..tk.end];
        match tk.kind {
            TokenKind::Punct if matches!(w, "," | ";" | "." | "(" | "،" | "؛") => return false,
            TokenKind::Word if t.suspending.matches(w) => return true,
            _ => {}
        }
    }
    false
}

/// Whether a word of suspending stands beside a membership noun: the word right before it, or (Arabic and
/// Russian, whose participles and adjectives follow the noun and its bloc) one of the next four words of
/// its clause. English after the noun needs "was"/"were" ([`passive_after`]).
pub(super) fn suspended_beside(
    t: &Tables,
    lang: blocwatch_text::Lang,
    before: &[&str],
    after: &str,
) -> bool {
    // A suspension lifted ("сняло приостановку членства", "رفع تعليق عضوية") is none.
    if let [.., lift, prev] = before {
        if t.suspending.matches(prev) {
            return !t.lifting.matches(lift.trim_start_matches(['و', 'ف']));
        }
    } else if before.last().is_some_and(|w| t.suspending.matches(w)) {
        return true;
    }
    lang != blocwatch_text::Lang::En && suspending_after(t, after)
}

/// Whether a normalised `member` cue names the members as a plural noun ("member states", "الدول الأعضاء").
pub(super) fn plural_members(cue: &str) -> bool {
    matches!(
        cue,
        "members" | "member states" | "member countries" | "member nations"
    ) || cue.contains("اعضاي")
}

/// Whether the word before the cue at `cue_at` (past a bloc named right before it and an article) is a
/// preposition that makes the cue's noun an object: "to", "with", "against", "إلى", "مع", "ضد".
pub(super) fn after_preposition(ctx: &SentenceCtx<'_>, base: usize, cue_at: usize) -> bool {
    preposition_before(ctx, base, cue_at, false)
}

/// [`after_preposition`]; with `indefinite`, only past "a"/"an" or a singular noun for a state (`state_noun`
/// rows): "to a NATO member", "مع دولة عضو", «со страной — членом НАТО» ("promoted to full member" takes one).
pub(super) fn preposition_before(
    ctx: &SentenceCtx<'_>,
    base: usize,
    cue_at: usize,
    indefinite: bool,
) -> bool {
    let head = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.start >= base && m.end <= cue_at)
        .max_by_key(|m| m.end)
        .filter(|m| ctx.doc_text[m.end..cue_at].trim().is_empty())
        .map_or(cue_at, |m| m.start);
    let words = last_words(norm_range(ctx, base, head), 2);
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    let skipped = if indefinite {
        matches!(last, "a" | "an") || is_in(&tables().state_nouns, last)
    } else {
        matches!(last, "the" | "a" | "an")
    };
    if indefinite && !skipped {
        return false;
    }
    let word = if skipped {
        rest.last().copied().unwrap_or("")
    } else {
        last
    };
    matches!(
        word,
        "to" | "with"
            | "against"
            | "toward"
            | "towards"
            | "الي"
            | "مع"
            | "ضد"
            | "с"
            | "со"
            | "против"
            | "между"
            | "к"
            | "ко"
    )
}

/// An ordinal from second on (`31st` too) in English, Arabic or Russian, normalised: English second to
/// twelfth and the -teenth and -ieth words ("thirteenth", "twentieth"; "twenty-first" ends with an ordinal); the
/// Arabic second to tenth and "حادي" (the "eleventh" of "الحادي عشر", "الحادي والعشرين": the other compounds end
/// with a unit's ordinal, "الثاني عشر"); the Russian stems from second to tenth, the -надцат- teens and
/// twentieth and thirtieth, each with an adjective ending.
pub(super) fn ordinal(w: &str) -> bool {
    const EN: [&str; 11] = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth",
    ];
    const AR: [&str; 10] = [
        "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "حادي",
    ];
    const RU: [&str; 10] = [
        "втор",
        "трет",
        "четверт",
        "пят",
        "шест",
        "седьм",
        "восьм",
        "девят",
        "десят",
        "одиннадцат",
    ];
    let digits = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    let ar = w.trim_start_matches(['و', 'ف', 'ل']);
    let ar = ar.strip_prefix("ال").unwrap_or(ar);
    // Russian ordinals in the instrumental, nominative, genitive or accusative: "седьмым", "седьмой", "седьмая",
    // "двенадцатый", "пятого", "третьего", "вторую".
    const RU_ENDINGS: [&str; 11] = [
        "ым", "ой", "ая", "ий", "ьим", "ьей", "ья", "ый", "ого", "ьего", "ую",
    ];
    let ru_stem =
        |s: &str| RU.contains(&s) || s.ends_with("надцат") || matches!(s, "двадцат" | "тридцат");
    let en_long = w.len() > 8 && (w.ends_with("teenth") || w.ends_with("ieth"));
    // "thirty-first", "twenty-second": a ten and a unit's ordinal, "first" too (alone it counts, [`counting_word`]).
    // (The tens are read from `data/facts/number_words.csv`, the one table of number words: a written ten from
    // twenty to ninety, not a figure — "20-second" is a length of time.)
    let en_compound = w.split_once('-').is_some_and(|(ten, unit)| {
        ten.bytes().all(|b| b.is_ascii_lowercase())
            && crate::amounts::count_value(ten)
                .is_some_and(|v| (20.0..100.0).contains(&v) && v % 10.0 == 0.0)
            && (unit == "first" || EN[..8].contains(&unit))
    });
    digits
        || EN.contains(&w)
        || en_long
        || en_compound
        || AR.iter().any(|s| ar.starts_with(s))
        || RU_ENDINGS
            .iter()
            .any(|end| w.strip_suffix(end).is_some_and(ru_stem))
}

/// "the 54th state of the African Union", "the fifth nation in ASEAN": after an ordinal, a touching word
/// reaches the bloc after it across "of"/"in" and "the". Returns where in `n` the words it skips end.
pub(super) fn ordinal_reach(n: &str, s: usize, e: usize) -> Option<usize> {
    let prev = n[..s].trim_end().rsplit(' ').next().unwrap_or("");
    if !ordinal(prev) {
        return None;
    }
    let mut at = e;
    let mut skipped = 0;
    for tk in tokens(&n[e..])
        .filter(|tk| tk.kind == TokenKind::Word)
        .take(2)
    {
        let w = &n[e + tk.start..e + tk.end];
        if !(matches!(w, "of" | "in") && skipped == 0 || w == "the" && skipped == 1) {
            break;
        }
        at = e + tk.end;
        skipped += 1;
    }
    (skipped > 0).then_some(at)
}

/// How many words of its clause before a member noun that names a join's seat ([`seat_of_join`]) are read for
/// a wish or an invitation: "Thailand hopes to join BRICS as a full member" has five words between the wish and
/// the noun, and a clause rarely holds more before the join's opener.
pub(super) const SEAT_GOVERNOR_REACH: usize = 10;

/// How many words before a member noun are read for the opener that makes it a join's seat: "as a full
/// member" (the opener, an article and an adjective), «в качестве полноправного члена».
const SEAT_OPENER_WORDS: usize = 3;

/// Whether the member noun at `s` of the normalised sentence `n` names a join's seat: an `in_full_opener`
/// ("as", «в качестве», "بصفة") among the three words before it, or an `in_full_prefix` (the Arabic "ك") written on
/// it ("كعضو").
pub(super) fn seat_of_join(t: &Tables, n: &str, s: usize) -> bool {
    let head = &n[..s];
    let glued = t.in_full_prefixes.iter().any(|p| {
        head.strip_suffix(p.as_str()).is_some_and(|h| {
            !h.chars()
                .next_back()
                .is_some_and(blocwatch_text::is_word_char)
        })
    });
    let near = last_words(head, SEAT_OPENER_WORDS);
    glued
        || t.in_full_openers.iter().any(|o| {
            let last = o.rsplit(' ').next().unwrap_or(o);
            near.contains(&last)
        })
}

/// How many words may qualify the status noun after "status of" ("the status of enhanced-opportunity partners").
const STATUS_OF_QUALIFIERS: usize = 3;

/// Whether an English status noun is named with "of" and at most [`STATUS_OF_QUALIFIERS`] words between: "gave
/// Austria the status of a partner", "the status of enhanced-opportunity partners". The status is the noun's,
/// wherever the bloc stands (as the rows "status of dialogue partner" and "status of partner" say for the plain
/// noun). `head` is the normalised text before the noun.
fn status_named_with_of(head: &str) -> bool {
    let w = last_words(head, STATUS_OF_QUALIFIERS + 2);
    w.windows(2).any(|p| p == ["status", "of"])
}

/// Whether a Russian adjective qualifies a partner noun («крупнейшим торговым партнёром Евросоюза»): a
/// partner in trade or the like, not a state with partner status. `head` is the normalised text before it.
pub(super) fn qualified_partner(ctx: &SentenceCtx<'_>, head: &str) -> bool {
    ctx.lang == blocwatch_text::Lang::Ru
        && last_words(head, 1).last().is_some_and(|w| {
            w.chars().count() > 3
                && [
                    "ым", "им", "ой", "ий", "ый", "ая", "ые", "ых", "ими", "ого", "его", "ому",
                ]
                .iter()
                .any(|e| w.ends_with(e))
        })
}

/// Whether a bloc's name right before the cue at `cue_at` is owned ([`owned_at`]: "its EU partners",
/// "Germany's EU partners").
pub(super) fn owned_bloc(ctx: &SentenceCtx<'_>, cue_at: usize) -> bool {
    if ctx.lang != blocwatch_text::Lang::En {
        return false;
    }
    ctx.mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.start >= ctx.range.start && m.end <= cue_at)
        .max_by_key(|m| m.end)
        .is_some_and(|b| owned_at(ctx, b.start))
}

/// Whether the English phrase at document offset `at` is owned: a name with "'s" or a possessive word
/// (`owner` rows: "its", "our") right before it. An owned candidate is a person put forward for an office
/// ("Norway named its candidate"), owned partners of a bloc are fellow members ("our EU partners").
fn owned_at(ctx: &SentenceCtx<'_>, at: usize) -> bool {
    let head = ctx.doc_text[ctx.range.start..at].trim_end();
    head.ends_with("'s")
        || head.ends_with("’s")
        || last_words(norm_before(ctx, at), 1)
            .last()
            .is_some_and(|w| is_in(&tables().owners, w))
}

/// Whether a bloc's name touches the cue at `[start, end)` on `side`: only white space (or "'s") between.
pub(super) fn bloc_touches(ctx: &SentenceCtx<'_>, start: usize, end: usize, side: Side) -> bool {
    ctx.mentions.iter().any(|m| {
        m.kind == Kind::Bloc
            && m.form != Form::Capital
            && match side {
                Side::Before => {
                    m.end <= start && {
                        let gap = ctx.doc_text[m.end..start].trim();
                        gap.is_empty() || gap == "'s" || gap == "’s"
                    }
                }
                // «участниками натовского «Партнёрства ради мира»»: a Russian or English adjective
                // after the word qualifies the noun after it, not the word (an Arabic one follows its noun).
                Side::After => {
                    m.start >= end
                        && ctx.doc_text[end..m.start].trim().is_empty()
                        && !(m.form == Form::Adjective && ctx.lang != blocwatch_text::Lang::Ar)
                }
                Side::Either => false,
            }
    })
}

/// Whether a bloc stands right after document offset `end`, an English article between; with `treaty`, a bloc
/// named as a treaty ("the Collective Security Treaty", «Договор о коллективной безопасности», "معاهدة الأمن
/// الجماعي"; `treaty_name` rows).
fn bloc_right_after(ctx: &SentenceCtx<'_>, end: usize, treaty: bool) -> bool {
    let t = tables();
    ctx.mentions.iter().any(|m| {
        m.kind == Kind::Bloc
            && m.start >= end
            && matches!(ctx.doc_text[end..m.start].trim(), "" | "the")
            && (!treaty || {
                let name = norm_range(ctx, m.start, m.end);
                tokens(name)
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .any(|tk| t.treaty_names.has(&name[tk.start..tk.end]))
            })
    })
}

/// "شريك لحلف الناتو", "شريكة للاتحاد الأوروبي": an Arabic partner noun with its bloc after the preposition ل glued to
/// it (the mention starts past the proclitic).
fn ar_partner_of(ctx: &SentenceCtx<'_>, end: usize) -> bool {
    ctx.lang == blocwatch_text::Lang::Ar
        && ctx.mentions.iter().any(|m| {
            m.kind == Kind::Bloc
                && m.form != Form::Capital
                && m.start >= end
                && ctx.doc_text[end..m.start].trim() == "ل"
        })
}

/// Whether a word counts a state among a set, for [`CueMeta::among`] rows: an ordinal, "one", "only", "first"
/// (`counting` rows) ("the first of the SCO countries", "одной из стран ШОС", "أول دولة من دول الخليج", "إحدى دول بريكس").
pub(super) fn counting_word(w: &str) -> bool {
    // (The words are data, `counting` rows; an Arabic one also after the conjunction glued to it.)
    let counting = &tables().counting_words;
    ordinal(w) || is_in(counting, w) || is_in(counting, w.trim_start_matches(['و', 'ف']))
}

/// How many words before a Russian or Arabic `among` cue are read for the counting word: «одной из беднейших
/// стран» (the count, «из», an adjective), "إحدى الدول من دول" (the count, a noun and «من»).
const COUNT_BEFORE_AMONG: usize = 3;

/// Whether the `among` cue at normalised offset `s` (document offset `cue_at`) is counted: English "X of
/// the BLOC countries" with X a [`counting_word`]; Russian "X из стран BLOC" with X the word before the cue;
/// Arabic "X (دولة من) دول BLOC" with X one of the three words before it, or a pronoun for the states before it
/// and the partitive "من" right before the cue ("وهما من دول BLOC").
pub(super) fn counted_among(
    ctx: &SentenceCtx<'_>,
    n: &str,
    s: usize,
    cue_at: usize,
    bloc: Side,
) -> bool {
    // "لو انضمت تركيا إلى بريكس لكانت أول دولة من حلف الناتو فيها": a count inside a supposition ("would be
    // the first NATO state in it") places nothing.
    let t = tables();
    if tokens(&n[..s]).any(|tk| tk.kind == TokenKind::Word && hypothetical(t, &n[tk.start..tk.end]))
    {
        return false;
    }
    match bloc {
        Side::Before => {
            let Some(b) = ctx
                .mentions
                .iter()
                .filter(|m| m.kind == Kind::Bloc && m.end <= cue_at && m.start >= ctx.range.start)
                .max_by_key(|m| m.end)
            else {
                return false;
            };
            // One adjective may grade the set: "one of the poorest CIS countries".
            matches!(
                last_words(norm_before(ctx, b.start), 4)[..],
                [.., x, "of", "the"] | [.., x, "of", "the", _] if counting_word(x)
            )
        }
        _ => {
            let words = last_words(&n[..s], COUNT_BEFORE_AMONG);
            match ctx.lang {
                // "كازاخستان، وهي من دول أوبك+": a pronoun for the states before it and the partitive.
                blocwatch_text::Lang::Ar => {
                    words.iter().any(|w| counting_word(w))
                        || matches!(words[..], [.., p, o]
                            if is_in(&t.among_pronouns, p.trim_start_matches(['و', 'ف']))
                                && is_in(&t.among_partitives, o))
                }
                // "одной из беднейших стран СНГ": an adjective between the count and the bare noun.
                blocwatch_text::Lang::Ru => {
                    words.last().is_some_and(|w| counting_word(w))
                        || matches!(words[..], [x, "из", _] if counting_word(x))
                }
                _ => words.last().is_some_and(|w| counting_word(w)),
            }
        }
    }
}

/// Whether the cue ending at `e` is owned by a pronoun: a possessive word before it ("its", "своё") or an
/// Arabic pronoun suffix on it ("عضويتها", "مشاركته").
pub(super) fn possessed(t: &Tables, n: &str, e: usize, prev_word: Option<&str>) -> bool {
    if prev_word.is_some_and(|w| is_in(&t.possessives, w)) {
        return true;
    }
    let word_end = n[e..]
        .char_indices()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(n.len(), |(i, _)| e + i);
    let word_start = n[..e]
        .char_indices()
        .rev()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = n[word_start..word_end].trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let word = word.strip_prefix("ال").unwrap_or(word);
    // Only nouns own a pronoun ending (عضويتها "its membership"); on a verb it is the object (أسسته).
    // Taa marbuta is folded to ه by normalisation, so a bare "ه" is not a pronoun; "ته" and "ها" are.
    t.possessive_nouns.iter().any(|p| {
        word.strip_prefix(p.as_str()).is_some_and(|rest| {
            rest.len() > 2
                && (rest.ends_with("ها")
                    || rest.ends_with("ته")
                    || rest.ends_with("هم")
                    || rest.ends_with("هما"))
        })
    })
}

/// Whether the cue at `s` of the normalised sentence `n` opens an apposition to a state: its clause holds at most
/// an article before it (or glued to it) ("Turkey, a member of", «Турции, члена», "تركيا، العضو"), and a state's mention ends right
/// before the comma that opens the clause.
fn apposed_to_state(ctx: &SentenceCtx<'_>, n: &str, s: usize) -> bool {
    let clause = clause_before(n, s);
    let from = s - clause.len();
    let Some(comma) = n[..from]
        .strip_suffix(',')
        .or_else(|| n[..from].strip_suffix('،'))
        .map(str::len)
    else {
        return false;
    };
    // A cue row may match inside a word: "عضو" in "العضو" leaves the article glued before it.
    let glued = clause
        .chars()
        .next_back()
        .is_some_and(blocwatch_text::is_word_char);
    let mut words = tokens(clause)
        .filter(|tk| tk.kind == TokenKind::Word)
        .peekable();
    while let Some(tk) = words.next() {
        let last = words.peek().is_none();
        let article = matches!(&clause[tk.start..tk.end], "a" | "an" | "the");
        if article || (last && glued) {
            continue;
        }
        return false;
    }
    let at = ctx.range.start + ctx.norm.orig_start(comma);
    ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country && m.end <= at && ctx.doc_text[m.end..at].trim().is_empty()
    })
}

/// How many words an item of a comma list of states may have ("Saudi Arabia", "the United Arab Emirates").
const LIST_ITEM_WORDS: usize = 4;

/// How many words before the first state of an invited list or run are read for the invitation: the verb and
/// an auxiliary or a subject between ("agreed to invite Argentina", «решили пригласить Аргентину», "دعت بريكس
/// الأرجنتين").
const INVITATION_REACH: usize = 3;

/// Whether a cue's clause opens with the last items of a comma list of states whose head an invitation governs:
/// "BRICS invited Argentina, Egypt, Iran and the UAE to join the bloc", «пригласили Аргентину, Египет и Иран
/// вступить». The commas of the list part the invitation from the cue's own clause; an invitation gives no
/// status (eval/README, Memberships, session 19). The list is walked back from the cue's clause one comma item at
/// a time (each a state's name of at most [`LIST_ITEM_WORDS`] words); the invitation is among the [`INVITATION_REACH`]
/// words before the list's first state.
fn invited_list(ctx: &SentenceCtx<'_>, n: &str, s: usize) -> bool {
    let base = ctx.range.start;
    let t = tables();
    // The first state mention starting in the normalised range, and how many words stand before it there.
    let state_in = |a: usize, b: usize| {
        ctx.mentions.iter().find(|m| {
            m.kind == Kind::Country
                && m.start >= base + ctx.norm.orig_start(a)
                && m.end <= base + ctx.norm.orig_end(b)
        })
    };
    let mut from = clause_start(n, s);
    // The cue's clause must open with a state: "… and the UAE to join".
    let Some(first) = state_in(from, s) else {
        return false;
    };
    if word_count(&n[from..norm_at(ctx, first.start)]) > 1 {
        return false;
    }
    let mut head = None;
    while from > 0 {
        let comma = n[..from].trim_end_matches([',', '،']).len();
        if comma == from {
            break;
        }
        let prev = clause_start(n, comma);
        let Some(m) = state_in(prev, comma) else {
            break;
        };
        let lead = &n[prev..norm_at(ctx, m.start)];
        if word_count(&n[prev..comma]) > LIST_ITEM_WORDS || word_count(lead) > 1 {
            // The list's first item: the words before its state are the list's head.
            head = Some(lead);
            break;
        }
        from = prev;
        head = Some(lead);
    }
    head.is_some_and(|h| {
        last_words(h, INVITATION_REACH)
            .iter()
            .any(|w| t.invitations.matches(w))
    })
}

/// How many words may stand between the last state of an invited run and the cue ("to", "إلى").
const RUN_TO_CUE_WORDS: usize = 2;

/// Whether the cue follows a run of states joined by list separators that an invitation governs, however long
/// the run: «دعت بريكس الأرجنتين ومصر وإثيوبيا وإيران إلى الانضمام», "agreed to invite Argentina, Egypt and
/// Iran to join". The run holds two states or more and ends at most [`RUN_TO_CUE_WORDS`] words, with no
/// punctuation, before the cue; the invitation is among the [`INVITATION_REACH`] words before its first state. The Arabic list joined by و has no comma for [`invited_list`] to walk,
/// and a long run puts the invitation beyond the words before the cue that govern it.
fn invited_run(ctx: &SentenceCtx<'_>, s: usize) -> bool {
    let t = tables();
    let cue_at = ctx.range.start + ctx.norm.orig_start(s);
    let mut states = ctx
        .mentions
        .iter()
        .rev()
        .filter(|m| m.kind == Kind::Country && m.end <= cue_at);
    let Some(last) = states.next() else {
        return false;
    };
    // "ودعت الصين، العضو الدائم في مجلس الأمن، الطرفين": a state set off by a comma before a member noun is that
    // noun's, in an apposition stating a fact, whatever the invitation before it.
    let gap = &ctx.doc_text[last.end..cue_at];
    if tokens(gap).any(|tk| tk.kind == TokenKind::Punct) || word_count(gap) > RUN_TO_CUE_WORDS {
        return false;
    }
    let mut first = last;
    for m in states {
        if m.end > first.start || !is_list_gap(&ctx.doc_text[m.end..first.start]) {
            break;
        }
        first = m;
    }
    // One state is a run only the words before the cue can govern ([`cues`]'s `governing`).
    !std::ptr::eq(first, last)
        && last_words(norm_before(ctx, first.start), INVITATION_REACH)
            .iter()
            .any(|w| t.invitations.matches(w))
}
