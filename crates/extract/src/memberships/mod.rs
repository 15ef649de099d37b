//! Bloc membership claims in Arabic, English and Russian sentences: who founded, joined, applied to, watches,
//! partners with, was suspended from or left which bloc, and when.
//!
//! A claim needs three things in one sentence: a bloc mention, a cue (`joined`, `انضمت`, `вступил`,
//! `observer status`, `founded by`, `الدول الأعضاء` … listed in `data/facts/membership_cues.csv` with the
//! status they mean), and a list of states next to the cue. The list is a run of country mentions joined
//! only by commas, dashes, brackets and `and`/`و`/`и` ("Brazil, Russia, India and China", "روسيا والصين",
//! "Россия, Китай и Индия"); every state in it gets the status. Each cue row says on which side of the cue
//! the states stand (`Iran joined` — before; `founded by A, B and C` — after; Arabic verb-first `انضمت
//! إيران` — either) and where the bloc stands; both must be within a few words of the cue, so a bloc and a
//! state at opposite ends of a long sentence are never paired. A bloc followed by a bracketed or colon list
//! of two or more states ("BRICS (Russia, China, Brazil, South Africa, India)") makes them members.
//!
//! Choices worth knowing, for analysts:
//! - **Refusals are kept, negated.** "Argentina declined to join BRICS", "لم تنضم", "не вступила" give
//!   `status: member, negated: true` — the claim the text argues about is membership, and the scorer and the
//!   store treat a negated claim as the denial of that status, not as some other status. A negated
//!   application ("did not apply") stays `applicant, negated`.
//! - **Aspiration is application.** "seeks to join", "تسعى للانضمام", "хочет вступить", and invitations
//!   ("invited to join") are `applicant`: the reference data records invited states the same way.
//! - "no longer a member", "لم تعد عضوا" are `former`, not a negated `member`.
//! - The date is the sentence's date nearest to the cue and at most a few words from it; a membership
//!   without a date in its clause has none (the document's date is when it was reported, not when it
//!   happened).
//! - A bloc named in the sentence before (or pointed back to: "the bloc", "التكتل", "блок") is the bloc of
//!   a claim that names none; a bloc's own verb with the state as its object ("the AU suspended Niger",
//!   "It suspended Gabon" after a sentence naming the AU) claims for that state.
//! - "both countries are members", «оба государства входят в СНГ»: a phrase pointing back at two states
//!   claims for the two states named before it, in the sentence or the sentence before; a clause that opens
//!   the sentence ("Since joining the EU in 2007, Bulgaria…") has the main clause's subject.
//! - A bloc named with a counted word for its states opens the list of its members: "the Gulf Cooperation
//!   Council's six states (Saudi Arabia, …)", "ثماني دول من تحالف أوبك+ هي السعودية …", «десять государств АСЕАН,
//!   в том числе Таиланд, …» (a count the list fills, or an inclusion word before a part of it).
//! - A lesser status wished for or offered ("invited to become a partner country", "تسعى … إلى الحصول
//!   على صفة الدولة الشريكة") is an application.

mod cues;
mod dating;
mod elision;
mod fellows;
mod founding;
mod geometry;
mod groups;
mod modality;
mod objects;
mod recall;
mod relatives;
mod status;
mod subjects;
mod summits;
mod tables;
#[cfg(test)]
mod tests;
mod text;
mod wordset;

use self::cues::cues;
use self::dating::{
    anniversary, date_of_other_cue, held_until, nearest_date, reported_date, since_dated,
};
use self::elision::{
    apposed_list_opens, bracket_lists, closes_clause, counted_back, counts_other_act, elided_bloc,
    en_and_elision, gapped, gapped_repeats, headed_list_opens, headed_lists, list_ends, of_list,
    of_list_opens, ordinal_followers, own_clause_date, repeats_preposition, restored,
    ru_dash_elision, SEQUENCE_WORDS,
};
use self::fellows::{fellow_claims, fellow_here};
use self::founding::{
    anaphor_follows, bloc_word_between, founds_other, from_founding, other_object, signed_claims,
};
use self::geometry::{inverted_order, linked_bloc, Geometry};
use self::groups::{
    delegation_only, governing_person, groups, holder_apposed, hyphened, office_holder,
    opening_anaphor, own_country_of_person,
};
use self::objects::{ar_split_phrases, object_claims, object_claims_pushed};
use self::recall::{
    anaphor_mentions, counted_members_before, earlier_application, elided, recall, remember_claim,
    Recalled,
};
use self::relatives::{
    applied_relatives, apposed_fellows, apposes_bloc_word, bloc_relatives, counted_apposed,
    may_apply, may_strand,
};
use self::status::{
    addressed, admitted_as, beside_the_members, bloc_of_aside, founders_are_members,
    founders_open_sentence, handed_over, handed_to, held_status, joined_as_founder, joined_in_full,
    lesser_status_for_plain_joins, meeting_venue, monitors, named_before, names_meeting,
    office_cue, outside, plain_join, possessor_after, ru_suspended_noun,
};
use self::subjects::{
    apposed_state, ar_companions, contact_relative, counted_apart, counted_cue,
    counted_pair_claims, fronted_subject, joint_subject, likened, names_pair, noun_possessor,
    opening_subject, pair_companions, pair_group, participle_subject, pronoun_subject,
    ru_participle_head, shared_subject, singular_apposition, singular_relative, PAIR_REACH,
};
use self::summits::{names_summit, summit_hosts, summit_members};
use self::tables::{walk_words, Walked, MAX_GAP, MAX_GAP_GROUPS};
pub(crate) use self::text::{last_stop, last_words};
use self::text::{norm_before, norm_range};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::{DateHit, Dates};
use crate::record::MembershipRec;
use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;

pub(crate) use groups::is_list_gap;
pub(crate) use tables::TABLES;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
    Either,
}

/// A run of country mentions joined only by list separators.
#[derive(Debug, Clone)]
struct Group<'a> {
    start: usize,
    end: usize,
    members: Vec<&'a str>,
}

/// The mentions of a group, each with its document range and id.
type Spans<'a> = SmallVec<[(usize, usize, &'a str); 4]>;

/// A cue found in the sentence, in document offsets.
#[derive(Debug)]
struct Cue {
    start: usize,
    end: usize,
    status: &'static str,
    members: Side,
    bloc: Side,
    negated: bool,
    /// "its membership", "عضويتها", "своё членство": the member is the sentence's subject.
    possessed: bool,
    /// The pronoun of a possessed cue stands for one state ("it had been suspended"), not a list.
    singular: bool,
}

/// The claims of a sentence as its cues and the passes after them find them ([`Claims::push`]).
struct Claims<'c, 'a> {
    ctx: &'c SentenceCtx<'a>,
    out: Vec<MembershipRec>,
}

impl Claims<'_, '_> {
    /// Whether a claim in `bloc` is already made for one of the states of `group` (with any status).
    fn any_of(&self, bloc: &str, group: &Group<'_>) -> bool {
        self.out
            .iter()
            .any(|r| r.bloc == bloc && group.members.contains(&r.member.as_str()))
    }

    /// Claims that each state of `group` holds `status` in `bloc`: once per bloc, state, status and negation.
    fn push(
        &mut self,
        bloc: &str,
        group: &Group<'_>,
        status: &str,
        negated: bool,
        date: Option<String>,
    ) {
        for m in &group.members {
            if let Some(r) = self.out.iter_mut().find(|r| {
                r.bloc == bloc && r.member == *m && r.status == status && r.negated == negated
            }) {
                // The same claim from a second cue may bring the date the first lacked.
                if r.date.is_none() {
                    r.date.clone_from(&date);
                }
                continue;
            }
            self.out.push(MembershipRec {
                bloc: bloc.to_string(),
                member: m.to_string(),
                status: status.to_string(),
                date: date.clone(),
                negated,
                sentence: [self.ctx.range.start, self.ctx.range.end],
                text: self.ctx.text.to_string(),
            });
        }
    }
}

/// What the passes after the cues of [`find_cued`] read of the sentence.
#[derive(Clone, Copy)]
struct Sent<'c, 'a> {
    ctx: &'c SentenceCtx<'a>,
    dates: &'c [DateHit],
    /// The sentence's lists of states ([`groups`], not loose).
    strict: &'c [Group<'a>],
    /// Its blocs: not a capital, not one the states are outside of, not glued to another name.
    blocs: &'c [&'c SentMention<'a>],
}

/// Finds the membership claims of one sentence. `dates` are the sentence's dates.
pub(crate) fn find(ctx: &SentenceCtx<'_>, dates: &Dates<'_>) -> Vec<MembershipRec> {
    // The sentence's cue words, walked when first asked for (most sentences leave before).
    let walked = std::cell::OnceCell::new();
    let walk = || walked.get_or_init(|| walk_words(ctx.norm.as_str()));
    let blocs: Vec<&SentMention<'_>> = ctx
        .mentions
        .iter()
        // "Brussels" stands for the EU as a speaker or a place, never as the bloc someone joins.
        .filter(|m| m.kind == Kind::Bloc && m.form != Form::Capital)
        // "its first members from outside BRICS": a bloc named as what the states are outside of.
        .filter(|m| !outside(ctx, m))
        // "the NATO-Russia Council", "the EU-China summit": the bloc names another body with a state.
        .filter(|m| !hyphened(ctx, m))
        .collect();
    let recalled = recall(ctx, &blocs);
    // "The alliance groups Mali, …, three juntas the African Union suspended": a word for the bloc named
    // before stands for it beside the bloc this sentence names later ([`anaphor_mentions`]).
    let pointed = anaphor_mentions(ctx, &blocs, recalled.as_ref());
    let mut blocs = blocs;
    if !pointed.is_empty() {
        blocs.extend(pointed.iter());
        blocs.sort_by_key(|b| b.start);
    }
    let mut out = find_cued(ctx, dates, &walk, &blocs, recalled.as_ref());
    // (Both take the sentence's dates unfound: they read them only for a claim, and most sentences name no
    // bloc, no signing and no application. A sentence nothing else dates is then never searched for dates.)
    signed_claims(ctx, dates, &mut out);
    earlier_application(ctx, dates, &mut out);
    if ctx.mentions.iter().any(|m| m.kind == Kind::Bloc) {
        if walk().pair {
            counted_pair_claims(ctx, walk(), None, &mut out);
        }
    } else if let Some(r) = recalled.as_ref().filter(|r| r.distance <= PAIR_REACH + 1) {
        // "NATO let Greece back in. … The quarrel between the two members of the alliance goes on", «Споры
        // двух членов альянса», "الخلافات بين البلدين العضوين في الحلف": a word for the bloc in the counted
        // noun phrase stands for the bloc named last, a few sentences back (the walk of the cue words, one pass,
        // is cheaper than the phrase's own search in every sentence).
        if walk().pair {
            counted_pair_claims(ctx, walk(), Some(r.bloc.as_str()), &mut out);
        }
    }
    out
}

/// The claims of the sentence's cues, lists and object verbs ([`find`]).
fn find_cued<'w>(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    walk: &impl Fn() -> &'w Walked,
    blocs: &[&SentMention<'_>],
    recalled: Option<&Recalled>,
) -> Vec<MembershipRec> {
    // "Оба государства входят в СНГ и ШОС" names its states in the sentence before (and its bloc in itself:
    // the phrase is looked for only then, most sentences naming no state name no bloc either).
    if !ctx.mentions.iter().any(|m| m.kind == Kind::Country)
        && (blocs.is_empty() || !names_pair(ctx, walk))
        && opening_anaphor(ctx).is_none()
        && (blocs.is_empty() || !own_country_of_person(ctx))
        && (blocs.is_empty() || !holder_apposed(ctx))
        && (blocs.is_empty()
            || !ctx
                .mentions
                .iter()
                .any(|m| governing_person(ctx, m).is_some()))
    {
        return Vec::new();
    }
    if blocs.is_empty() {
        return match recalled {
            Some(r) => {
                let (bloc, distance) = (r.bloc.as_str(), r.distance);
                // (`elided` claims nothing for a bloc more than two sentences back, its first test: then
                // the sentence's cue words are not walked for it.)
                let mut out = if distance > 2 {
                    Vec::new()
                } else {
                    elided(ctx, dates, r, &walk().cues)
                };
                // "The bloc suspended Paraguay in 2012, and Venezuela joined it": the bloc's own verb claims
                // beside the claims of cues.
                if distance <= 2 && walk().object_verb {
                    let strict = groups(ctx, false);
                    for (g, status, _, date, negated) in
                        object_claims(ctx, dates, &strict, &[], Some(bloc))
                    {
                        for m in &g.members {
                            if out.iter().any(|r| r.member == *m && r.status == status) {
                                continue;
                            }
                            out.push(MembershipRec {
                                bloc: bloc.to_string(),
                                member: m.to_string(),
                                status: status.to_string(),
                                date: date.clone(),
                                negated,
                                sentence: [ctx.range.start, ctx.range.end],
                                text: ctx.text.to_string(),
                            });
                        }
                    }
                    remember_claim(ctx, &out);
                }
                out
            }
            None => Vec::new(),
        };
    }
    let cue_list = cues(ctx, &walk().cues);
    // Without a cue, only a bracketed or colon list after a bloc ("BRICS (Russia, China…)") or an Arabic
    // verb-first split phrase ("علقت أرمينيا مشاركتها") can claim anything.
    // (The list loop below accepts an opener of `:`, a dash, or at most three bytes ending with `(`.)
    let opens_list = blocs.iter().any(|b| {
        let r = ctx.doc_text[b.end..ctx.range.end].trim_start();
        r.starts_with([':', '—', '–', '-'])
            || r.char_indices()
                .take_while(|&(i, _)| i < 3)
                .any(|(_, c)| c == '(')
            || (ctx.lang == blocwatch_text::Lang::En && of_list_opens(r))
            || apposed_list_opens(r)
            || headed_list_opens(r)
    });
    // Without an object verb there are no object claims: then, without a cue either, the lists are not
    // even built.
    let object_verb = walk().object_verb;
    // "Armenia, Russia's ally in the CSTO": a noun of alliance beside a bloc claims with no cue.
    let fellows = std::cell::OnceCell::new();
    let fellow = || *fellows.get_or_init(|| fellow_here(ctx, blocs));
    // "Brazil, Russia, India, China and South Africa held their seventh BRICS summit": the states holding a
    // bloc's summit claim with no cue ([`summit_members`]).
    let summits: SmallVec<[&SentMention<'_>; 2]> = blocs
        .iter()
        .copied()
        .filter(|b| names_summit(ctx, b))
        .collect();
    // "ECOWAS, the bloc to which the Gambia belongs": an English verb whose preposition stands before the
    // relative pronoun is no cue phrase of the walk ([`bloc_relatives`]).
    // "GUUAM, the group it forms with Georgia, …" ([`apposed_fellows`]), or a relative pronoun after a bloc.
    let stranded = std::cell::OnceCell::new();
    let strands = || {
        *stranded.get_or_init(|| {
            may_strand(ctx) || may_apply(ctx) || blocs.iter().any(|b| apposes_bloc_word(ctx, b.end))
        })
    };
    if cue_list.is_empty()
        && !opens_list
        && ctx.lang != blocwatch_text::Lang::Ar
        && !object_verb
        && !fellow()
        && summits.is_empty()
        && !strands()
    {
        return Vec::new();
    }
    let strict = groups(ctx, false);
    let objects = if object_verb {
        object_claims(ctx, dates, &strict, blocs, None)
    } else {
        Vec::new()
    };
    if cue_list.is_empty()
        && !opens_list
        && objects.is_empty()
        && ctx.lang != blocwatch_text::Lang::Ar
        && !fellow()
        && summits.is_empty()
        && !strands()
    {
        return Vec::new();
    }
    // Loose lists only serve the bracketed or colon list after a bloc, which `opens_list` found first.
    let loose = if opens_list {
        groups(ctx, true)
    } else {
        Vec::new()
    };
    // A list gapped after a dated claim ("…in 1991, Kazakhstan in 1995") repeats that claim below; it is
    // no cue's own list.
    let gapped_lists: Vec<(&Group<'_>, &DateHit)> = strict
        .iter()
        .filter_map(|g| gapped(ctx, dates, g).map(|d| (g, d)))
        .collect();
    let group_refs: Vec<&Group<'_>> = strict
        .iter()
        .filter(|g| !gapped_lists.iter().any(|(h, _)| h.start == g.start))
        .collect();
    // With one bloc in the sentence there is nothing to confuse it with: "Sweden joined in March 2024"
    // after "Finland became NATO's 31st member" takes NATO from anywhere before the cue (an elided bloc
    // was named earlier; one named later belongs to another claim).
    let one_bloc = blocs.iter().all(|b| b.id == blocs[0].id);
    let geo = Geometry { ctx, dates };
    let mut claims = Claims {
        ctx,
        out: Vec::new(),
    };

    // States that "joined" without the word member: in a sentence that names a lesser status for the same
    // bloc ("joined BRICS as partner countries", "к числу партнёров БРИКС присоединились"), they took that.
    let mut joined_plainly: Vec<(&str, &str)> = Vec::new();
    // The states of the sentence's last claim and where its cue ended ([`shared_subject`]).
    let mut last_claim: Option<(Group<'_>, usize)> = None;
    // One pass for the whole sentence before any cue looks for a phrase pointing back at two states.
    let pair_here = !cue_list.is_empty() && walk().pair;
    // Where each cue stands, with its status and whether it is a plain join ([`date_of_other_cue`]).
    let cue_spans: SmallVec<[(usize, usize, &str, bool); 8]> = cue_list
        .iter()
        .map(|c| {
            let plain = c.status == "member" && plain_join(norm_range(ctx, c.start, c.end));
            (c.start, c.end, c.status, plain)
        })
        .collect();
    for cue in &cue_list {
        if cue.status == "same" {
            // "Iran became a member of the SCO in 2023, and Belarus followed a year later."
            let Some(last) = claims.out.last().cloned() else {
                continue;
            };
            // Arabic puts the follower after its verb: "ولحقت بها السويد".
            let Some(group) =
                geo.nearest(&group_refs, cue, cue.members, MAX_GAP_GROUPS, true, |g| {
                    (g.start, g.end)
                })
            else {
                continue;
            };
            if group.members.contains(&last.member.as_str()) {
                continue;
            }
            // "four months after Moldova", «через четыре месяца после Молдавии», "بعد البحرين وقطر والكويت": after
            // a word of sequence only a list right after it that closes its clause, with no verb of its own, did
            // the same earlier ("joined after Russia invaded", "after Russia's objection" name no claim).
            let sequence = SEQUENCE_WORDS.contains(&norm_range(ctx, cue.start, cue.end));
            if sequence
                && (!closes_clause(ctx, cue, group)
                    || counts_other_act(&last_words(norm_before(ctx, cue.start), 7)))
            {
                continue;
            }
            // "…in December 2020, alongside Cuba", "in 2004, as did Latvia": a companion without a date of its
            // own shares the claim's (a follower, "and Sweden followed", came later).
            let companion = [
                "alongside",
                "along with",
                "together with",
                "as did",
                "at the same time as",
                "вместе с",
                "наряду с",
                "как и",
                "одновременно с",
                "الي جانب",
            ]
            .iter()
            .any(|c| *c == norm_range(ctx, cue.start, cue.end));
            // The date before a word of sequence is the claim's, not the earlier one's.
            let date = nearest_date(ctx, dates, &strict, cue.start, cue.end)
                .filter(|_| !sequence)
                .or_else(|| companion.then(|| last.date.clone()).flatten())
                .or_else(|| {
                    sequence
                        .then(|| own_clause_date(ctx, dates, group))
                        .flatten()
                })
                .or_else(|| {
                    sequence
                        .then(|| counted_back(norm_before(ctx, cue.start), last.date.as_deref()?))
                        .flatten()
                });
            claims.push(&last.bloc, group, &last.status, cue.negated, date);
            continue;
        }
        if let Some((bloc, group)) = counted_members_before(ctx, &strict, cue, recalled) {
            claims.push(bloc, group, cue.status, cue.negated, None);
            continue;
        }
        let near = linked_bloc(ctx, blocs, cue)
            .or_else(|| geo.nearest(blocs, cue, cue.bloc, MAX_GAP, false, |b| (b.start, b.end)));
        // «ОПЕК покинула Ангола», «В ШОС была принята Белоруссия»: with no bloc on its side, the bloc before
        // the verb, the state after it.
        let inverted = near
            .is_none()
            .then(|| inverted_order(&geo, blocs, &group_refs, cue))
            .flatten();
        let near_bloc = near.or(inverted.map(|(b, _)| b));
        let apposed = apposed_state(ctx, &group_refs, cue);
        let Some(bloc) = near_bloc
            .or_else(|| {
                (one_bloc && !other_object(ctx, cue))
                    .then(|| {
                        geo.nearest(blocs, cue, Side::Before, usize::MAX, false, |b| {
                            (b.start, b.end)
                        })
                    })
                    .flatten()
            })
            // "Brazil, Russia, India and China founded the group in 2009; South Africa joined BRICS
            // a year later": a word for the bloc as the cue's object stands for the sentence's one bloc.
            .or_else(|| (one_bloc && anaphor_follows(ctx, cue)).then_some(blocs[0]))
            // "Finland, admitted in April 2023, … took part in NATO's largest drill": an apposition of joining
            // after a state, naming no bloc, is about the sentence's one bloc ([`apposed_state`]).
            .or_else(|| (one_bloc && apposed.is_some()).then_some(blocs[0]))
        else {
            continue;
        };
        let via_apposed = apposed.is_some() && near_bloc.is_none() && bloc.start >= cue.end;
        // "Poland and Hungary, both former members of the Warsaw Pact, hope to join": the bloc of an aside's own
        // cue is not the bloc of a cue after the aside.
        if bloc_of_aside(ctx, &cue_spans, bloc, cue) {
            continue;
        }
        // "pulling out of the SAARC summit", «покинула саммит ШОС», "انسحبت من قمة بريكس": the cue's object is
        // a meeting the bloc names, not the bloc.
        // "in Astana, which chairs the organisation this year, at the SCO summit", «председательствующей в
        // организации … на саммите ШОС», "التي تترأس المنظمة … على هامش قمة منظمة شنغهاي": a word for the bloc
        // between the cue and the meeting is the cue's object, and stands for the sentence's one bloc.
        if bloc.start >= cue.end
            && names_meeting(ctx, bloc)
            && !meeting_venue(ctx, bloc)
            && !(one_bloc && bloc_word_between(ctx, cue.end, bloc.start))
        {
            continue;
        }
        if cue.status == "founder" && founds_other(ctx, dates, cue, bloc) {
            continue;
        }
        // Inverted Russian exits ("из ОДКБ вышли Азербайджан и Грузия") need "из" right before the bloc:
        // "после саммита ОПЕК вышли новые данные" left nothing.
        if ctx.lang == blocwatch_text::Lang::Ru
            && cue.status == "former"
            && cue.members == Side::After
            && bloc.end <= cue.start
            && last_words(norm_before(ctx, bloc.start), 1)[..] != ["из"]
        {
            continue;
        }
        // The subject a pronoun points to opens the sentence; a state deep inside it ("troops led by
        // Russia … completed their withdrawal") is not it.
        let subject = cue
            .possessed
            .then(|| {
                contact_relative(ctx, &strict, cue)
                    .or_else(|| pronoun_subject(ctx, dates, &strict, cue))
            })
            .flatten();
        // "Obiang, the current chairman of ECCAS": a person beside an office cue holds it for his state.
        let holder = office_cue(ctx, cue)
            .then(|| office_holder(ctx, cue))
            .flatten();
        let own = subject
            .or(inverted.map(|(_, g)| g))
            .or_else(|| noun_possessor(ctx, &strict, cue))
            .or_else(|| ru_participle_head(ctx, &strict, cue, bloc))
            .or_else(|| apposed.filter(|_| cue.members == Side::After || via_apposed))
            .or(holder.as_ref())
            .or_else(|| {
                geo.nearest(&group_refs, cue, cue.members, MAX_GAP_GROUPS, true, |g| {
                    (g.start, g.end)
                })
            })
            // "taking six former Soviet republics as partners: Armenia, …": a count stands for its list.
            .or_else(|| counted_apposed(ctx, &strict, cue));
        // "…, although the two countries are members": a phrase pointing back at two states is the
        // subject, whatever state stands nearer.
        let pair = pair_here.then(|| pair_group(ctx, cue)).flatten();
        let kept = if pair.is_some() {
            None
        } else {
            own.or_else(|| fronted_subject(ctx, dates, &strict, cue))
                .or_else(|| shared_subject(ctx, last_claim.as_ref().map(|(g, e)| (g, *e)), cue))
                .or_else(|| opening_subject(ctx, dates, &strict, cue))
                .or_else(|| participle_subject(ctx, dates, &strict, cue))
        };
        let Some(group) = kept.or(pair.as_ref()) else {
            continue;
        };
        // "the two members of NATO now trade mostly with Germany": a counted noun points back at two states
        // ([`counted_pair_claims`]); a state after its bloc, with words between, is no list of it.
        // "eleven members voted for it, China, Angola and Venezuela abstained": a counted member noun of another
        // size than the list after it counts other states.
        if counted_apart(ctx, cue, group) {
            continue;
        }
        if group.start >= cue.end
            && counted_cue(ctx, cue)
            && tokens(&ctx.doc_text[bloc.end.max(cue.end).min(group.start)..group.start])
                .any(|tk| tk.kind == TokenKind::Word)
        {
            continue;
        }
        if addressed(ctx, group, cue)
            || (cue.status != "suspended" && delegation_only(ctx, group))
            || beside_the_members(ctx, group, cue)
            || possessor_after(ctx, group, cue)
            || monitors(ctx, dates, group, cue)
        {
            continue;
        }
        // A bloc after the cue is part of the claim: the date is counted from it ("admitted to the
        // Shanghai Cooperation Organisation as its tenth member at the Astana summit in July 2024").
        let claim_end = if bloc.start >= cue.end && !via_apposed {
            bloc.end
        } else {
            cue.end
        };
        let date = nearest_date(ctx, dates, &strict, cue.start, claim_end)
            .filter(|_| !office_cue(ctx, cue))
            .filter(|iso| !held_status(ctx, cue) || since_dated(ctx, dates, iso))
            .filter(|iso| !date_of_other_cue(ctx, dates, &cue_spans, cue, claim_end, iso))
            .filter(|_| !anniversary(ctx, cue))
            // eval/README (session 18): a change the text only reports takes the report's date; a status
            // held ("Egypt, a BRICS member, said on Tuesday") or an office takes none.
            .or_else(|| {
                reported_date(ctx, dates, cue, claim_end).filter(|_| {
                    !office_cue(ctx, cue) && !held_status(ctx, cue) && !anniversary(ctx, cue)
                })
            });
        // "между Россией и Эстонией, которая с 2004 года входит в НАТО": a singular relative pronoun
        // after a list is about its last state only.
        let last_only;
        let claimed = match singular_relative(ctx, group, cue)
            .or_else(|| singular_apposition(ctx, group, cue))
        {
            Some(m) => {
                last_only = Group {
                    start: group.start,
                    end: group.end,
                    members: vec![m],
                };
                &last_only
            }
            None => group,
        };
        // "a member of the GCC since its founding", «член ОДКБ с момента её основания»: a founder.
        // "admitted Myanmar as an observer", «приняли Монголию в качестве наблюдателя»: the status the
        // admission names after its state.
        let status = if cue.status == "member"
            && (from_founding(ctx, claim_end)
                || joined_as_founder(ctx, cue.end)
                || joined_as_founder(ctx, claim_end)
                || founders_open_sentence(ctx, cue))
        {
            "founder"
        } else if cue.status == "member" {
            admitted_as(ctx, claimed)
                .or_else(|| named_before(ctx, cue, claimed))
                .unwrap_or(cue.status)
        } else {
            cue.status
        };
        // "Britain, a member of the EU until 2020": a membership held up to a past date ended then.
        let (status, date) = match (status == "member")
            .then(|| held_until(ctx, claim_end))
            .flatten()
        {
            Some(iso) => ("former", Some(iso)),
            None => (status, date),
        };
        claims.push(bloc.id, claimed, status, cue.negated, date.clone());
        if let Some(with) = ar_companions(ctx, &strict, cue, claimed) {
            claims.push(bloc.id, with, status, cue.negated, date.clone());
        }
        // "Kazakhstan, which together with Russia and Belarus founded the union", "كازاخستان، العضو مع روسيا".
        if let Some(with) = joint_subject(ctx, &strict, cue, claimed) {
            claims.push(bloc.id, with, status, cue.negated, date.clone());
        }
        // «обе страны вместе с Казахстаном учредили», "the two countries founded the union with Kazakhstan",
        // "Kazakhstan, a member of the customs union with Russia and Belarus". A pair phrase's companion after
        // its bloc is one only in a founding ("البلدان العضوان في الناتو يتاجران مع ألمانيا" trade with Germany).
        if status == "founder" || pair.is_none() {
            if let Some(with) = pair_companions(ctx, &strict, cue, claim_end, kept, pair.as_ref()) {
                claims.push(bloc.id, &with, status, cue.negated, date.clone());
            }
        }
        let like = likened(ctx, &strict, claimed, &[cue.end, claim_end]);
        if let Some(like) = like {
            claims.push(bloc.id, like, status, cue.negated, date.clone());
        }
        if office_cue(ctx, cue) {
            if let Some(next) = handed_to(ctx, &strict, claimed)
                .or_else(|| handed_over(ctx, &strict, cue, bloc, claimed))
            {
                claims.push(bloc.id, next, status, cue.negated, None);
            }
        }
        // "Estonia joined NATO and the EU in 2004", "входит в НАТО и Евросоюз", "إلى الحلف والاتحاد
        // الأوروبي": blocs listed after the cue's bloc share its claim.
        if bloc.start >= cue.end {
            let mut prev_end = bloc.end;
            for b in blocs.iter().filter(|b| b.start >= bloc.end) {
                let gap = &ctx.doc_text[prev_end..b.start];
                if b.id == bloc.id || gap.trim().is_empty() {
                    break;
                }
                // "joined the AU in 1963 and BRICS in 2024", «в ЕС в 1995 году, а в НАТО — в 2023-м»,
                // "عام 1952 وإلى مجموعة العشرين عام 1999": a second bloc after the first claim's date, its
                // verb left out, is the same claim with its own date.
                let listed = is_list_gap(gap) || repeats_preposition(ctx, bloc.start, gap);
                let own = if listed && list_ends(ctx, dates, b.end) {
                    date.clone()
                } else if let Some(own) = elided_bloc(ctx, dates, prev_end, b) {
                    own
                } else {
                    break;
                };
                if let Some(like) = like {
                    claims.push(b.id, like, cue.status, cue.negated, own.clone());
                }
                claims.push(b.id, claimed, cue.status, cue.negated, own);
                prev_end = b.end;
            }
        }
        // "a NATO and EU member", "NATO and EU member Poland": English blocs listed before a bloc that touches
        // its cue as a modifier share its claim.
        if ctx.lang == blocwatch_text::Lang::En
            && bloc.end <= cue.start
            && ctx.doc_text[bloc.end..cue.start].trim().is_empty()
        {
            let mut next_start = bloc.start;
            for b in blocs.iter().rev().filter(|b| b.end <= bloc.start) {
                let gap = &ctx.doc_text[b.end..next_start];
                if b.id == bloc.id || gap.trim().is_empty() || !is_list_gap(gap) {
                    break;
                }
                claims.push(b.id, claimed, status, cue.negated, date.clone());
                next_start = b.start;
            }
        }
        // A join in a second clause after a lesser status ("held observer status … and was admitted in
        // 2023") is the step up from it, not that status.
        // (Holding the chair is no join: "Brazil, which chairs BRICS, said Nigeria became a partner".)
        if own.is_some()
            && pair.is_none()
            && cue.status == "member"
            && plain_join(norm_range(ctx, cue.start, cue.end))
            && !office_cue(ctx, cue)
            && ![cue.end, claim_end, claimed.end]
                .iter()
                .any(|&at| joined_in_full(ctx, at))
        {
            joined_plainly.extend(group.members.iter().map(|m| (bloc.id, *m)));
        }
        // "All three belong to the Alliance of Sahel States, have left ECOWAS and …": a phrase pointing back
        // at the states is the subject of the verbs after it too.
        if let Some(g) = kept.or(pair.as_ref()) {
            last_claim = Some((g.clone(), cue.end));
        }
    }

    let sent = Sent {
        ctx,
        dates,
        strict: &strict,
        blocs,
    };
    ar_split_phrases(&sent, &mut claims);
    object_claims_pushed(&mut claims, &objects);
    if !joined_plainly.is_empty() {
        lesser_status_for_plain_joins(&mut claims.out, &joined_plainly);
    }
    restored(&sent, &mut claims);
    ordinal_followers(&sent, &mut claims);
    gapped_repeats(&sent, &mut claims, &gapped_lists);
    ru_suspended_noun(&sent, &mut claims);
    ru_dash_elision(&sent, &mut claims);
    en_and_elision(&sent, &mut claims);
    of_list(&sent, &mut claims);
    fellow_claims(&sent, &mut claims);
    bracket_lists(&sent, &mut claims, &loose);
    headed_lists(&sent, &mut claims);
    summit_members(&sent, &summits, &mut claims);
    summit_hosts(&sent, &summits, &mut claims);
    bloc_relatives(&sent, &cue_list, &mut claims);
    applied_relatives(&sent, &mut claims);
    apposed_fellows(&sent, &mut claims);
    founders_are_members(&mut claims);
    remember_claim(ctx, &claims.out);
    claims.out
}
