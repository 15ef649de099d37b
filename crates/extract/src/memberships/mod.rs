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
//! - A lesser status wished for or offered ("invited to become a partner country", "تسعى … إلى الحصول
//!   على صفة الدولة الشريكة") is an application.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::LazyLock;

use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::{civil_from_days, days_from_civil, normalize, tokens, TokenKind};
use smallvec::SmallVec;

use crate::amounts::{stem_match_ok, Children};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::{facts_rows, leftmost_longest_first, DateHit, Dates, Hit};
use crate::record::MembershipRec;
use crate::walk::{each_match, standard_dfa, WordDfa};

const CUES_CSV: &str = include_str!("../../../../data/facts/membership_cues.csv");
const NEGATION_CSV: &str = include_str!("../../../../data/facts/membership_negation.csv");
const MODAL_CSV: &str = include_str!("../../../../data/facts/membership_modal.csv");

/// How many words may stand between a cue and its states or its bloc.
const MAX_GAP: usize = 5;
/// How many words may stand between a cue and the states after it.
const MAX_GAP_AFTER: usize = 4;
/// The gap limit for lists of states (before the cue; after it, [`MAX_GAP_AFTER`]).
const MAX_GAP_GROUPS: usize = 5;
/// How many words may stand between a founding verb and the "by" that names its founders ([`founders_by`]).
const MAX_AGENT_GAP: usize = 9;
/// How many words may stand between a claim and its date.
const MAX_DATE_GAP: usize = 8;
/// How many more words a date may stand after a claim when a meeting is named between them ("at its
/// ministerial meeting in Kiruna on 15 May 2013"): the meeting's date is the claim's.
const MEETING_DATE_SLACK: usize = 6;
/// How many words before a status noun are searched for a verb of becoming ([`held_status`]): a verb-first
/// Arabic clause puts the verb before a list of states and a date ("أصبحت مصر وإثيوبيا وإيران والإمارات في
/// الأول من يناير 2024 أعضاء"); a verb of another claim across a comma cannot date it ([`nearest_date`]).
const BECOMING_REACH: usize = 16;
/// How many words before a cue are searched for a negation.
const NEG_WINDOW: usize = 4;
/// How many words before a cue, in its clause, are searched for a word of the future ([`future_before`]): the verb
/// of joining and its bloc may stand between it and a status phrase («вступит в БРИКС в качестве
/// страны-партнёра»).
const FUTURE_REACH: usize = 7;

const STATUSES: [&str; 8] = [
    "founder",
    "member",
    "applicant",
    "observer",
    "partner",
    "dialogue_partner",
    "suspended",
    "former",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct CueMeta {
    status: &'static str,
    members: Side,
    bloc: Side,
    /// Rows of status `member_touching` ("state", "страной", "من بين"): a claim only when a bloc's name
    /// touches the word on the row's bloc side ("the only GCC state", "страной ССАГПЗ").
    touching: bool,
    /// Rows of status `member_among` ("из стран", "countries", "دول"): touching rows that claim only after
    /// a word counting the state among the bloc's ("первой из стран ШОС", "the first of the SCO countries",
    /// "إحدى دول بريكس"): a set named with no count ("импорт из стран ЕС") claims nothing.
    among: bool,
}

#[derive(Debug)]
pub(crate) struct Tables {
    /// The cue phrases (by index, as `meta`), then the object verbs (as `object_verbs`), then the pair
    /// phrases (as `pairs`): one automaton, walked once per sentence ([`walk_words`]).
    words: WordDfa,
    meta: Vec<CueMeta>,
    negations: WordSet,
    hypothetical: WordSet,
    /// Words that put a membership change still to come ("set", "expected", «вступит», «ожидается»,
    /// "ستنضم", "المتوقع"): in the last words before a cue they leave it no claim yet ([`future`]).
    /// Whole words, not stems: «вступит» must not reach the infinitive «вступить» ([`WordSet::has`]).
    future: WordSet,
    /// Cue phrases of staying in a bloc ("stay in", «останется в», "تبقى"): a status held, so a word of the
    /// future or of a reported future ("would", "will", «ожидается») before them leaves the claim standing —
    /// staying, told or promised, says the state is a member now ([`stays_in`]).
    staying: Vec<String>,
    /// The hypothetical words that only put an act in the future ("would", "will"): they leave a staying cue
    /// its claim, while "if", «если», "لو" do not.
    future_aux: Vec<String>,
    /// The words that may stand between a staying cue and its bloc ("the", «составе», "في"; [`stays_in`]).
    staying_gap: Vec<String>,
    /// Words that turn the negation beside them into "no longer" ("longer", «больше», "تعد"): a negated
    /// membership cue beside them is an ended membership, `former` ([`no_longer`]).
    no_longer: Vec<String>,
    applicant: WordSet,
    /// Words of an interest or wish ("interested", «заинтересована», "مهتمة"): after "no longer" and before a
    /// cue they end the interest, not a membership.
    interest: WordSet,
    /// Words of inviting ("invited", «приглашена», "دعوة"): before a membership word they make no claim.
    invitations: WordSet,
    /// Words of another party's stance on an accession ("blocked", "ratified", "objection", «одобрил», «против»):
    /// before a noun of accession they make it that party's act, no claim ([`stance_on_accession`]).
    stances: WordSet,
    /// Nouns (stems) of accession ("accession", "entry", «вступлени», «присоединени») that a stance word before
    /// makes another party's act ([`stance_on_accession`]).
    accession_nouns: Vec<String>,
    /// The words that may open the clause before a bloc in the inverted Russian order (в/из/к,
    /// [`inverted_after`]).
    inverted_openers: Vec<String>,
    /// Endings of a Russian adverb (-о) that may stand between the verb and the state in the inverted order
    /// ([`inverted_after`]).
    adverb_endings: Vec<String>,
    /// Participles of offering after a lesser status («Статус партнёра предложен Казахстану»): an invitation too.
    offered_after: Vec<String>,
    /// Words that say a membership is suspended when they stand beside the word membership: right before
    /// it ("suspended membership", «приостановка членства», "معلقة العضوية") or, in Arabic and Russian,
    /// in its clause after it («членство которой в МЕРКОСУР приостановлено», "عضوية سوريا معلقة").
    suspending: WordSet,
    /// Words for a meeting, summit or session, which a date after a claim may date ([`nearest_date`]).
    meetings: WordSet,
    /// Verbs that lift a suspension ("lifted", «сняло», «отменил», "رفع"): the suspending word after them
    /// gives the membership back ([`suspended_beside`]).
    lifting: WordSet,
    possessives: Vec<String>,
    locatives: Vec<String>,
    /// The anaphor rows as listed: only the test that checks the sets against a scan of the list reads them.
    #[cfg(test)]
    anaphors: Vec<String>,
    /// The anaphor rows (kind `anaphor`) as a set, and the rest of each one written with the article ال after it
    /// (looked up whole wherever a word is asked whether it points back at a bloc; `points_back` asks it of
    /// every word of a sentence).
    anaphor_words: WordSet,
    anaphor_rests: WordSet,
    elision_ok: Vec<String>,
    possessive_nouns: Vec<String>,
    relatives: Vec<String>,
    conjunctions: Vec<String>,
    subject_pronouns: Vec<String>,
    /// Pronouns that stand for one state ("it", "its", «она», «его»): never for a list of states.
    singular_pronouns: Vec<String>,
    /// Verbs that address a bloc's members from outside ("warned", "حذرت", "пригрозил").
    addressing: WordSet,
    /// Words of holding a bloc's chair or presidency ("chaired", "الرئاسة", «председательствовала»): the
    /// holder is a member, and a date beside them dates the office, not the membership ([`office_cue`]).
    office: WordSet,
    /// Arabic verb-first claims whose state stands inside the phrase: "علقت أرمينيا مشاركتها في",
    /// "عادت سوريا إلى".
    split_suspend: Vec<String>,
    split_return: Vec<String>,
    /// "أنهت أوكرانيا مشاركتها في": a verb of ending, the state, "its participation".
    split_end: Vec<String>,
    split_noun: Vec<String>,
    /// Words for a summit or meeting that a capital names as its place ("قمة أستانا", "Astana summit").
    venues: Vec<String>,
    /// Words for a bloc's documents ("agreements", «соглашений», "اتفاقيات"): leaving "the CIS agreements"
    /// is not leaving the CIS ([`names_meeting`]).
    documents: Vec<String>,
    /// Arabic verbs of "still" (يزال، تزال، زال): the negation glued before them ("لا تزال", "ما زالت")
    /// affirms ("it is still a member"), so it negates no claim ([`negates`]).
    still: Vec<String>,
    /// A bloc's own work ("activities", "institutions", "bodies"): "suspended Mali's participation in its
    /// activities" suspends Mali from the bloc ([`own_activities`]).
    own_work: Vec<String>,
    /// Phrases dating a membership from the bloc's founding ("since its founding", «с момента основания»,
    /// "منذ تأسيسه"): the member is a founder ([`from_founding`]).
    since_founding: Vec<String>,
    /// Verbs of taking effect ("took effect", "became official"): after "Sweden's NATO membership" they
    /// affirm it ([`takes_effect`]).
    in_force: Vec<String>,
    /// Prepositions of a date ("in", «в», "عام"): all a gapped list may hold before its date ([`gapped`]).
    date_prepositions: Vec<String>,
    /// Cues that name a founding's list of states after the bloc ("تأسس مجلس التعاون في مايو 1981 بعضوية
    /// السعودية…", «в составе»): after a founding cue in their clause they claim founders ([`cues`]).
    founding_lists: Vec<String>,
    /// Cues that state a status held, not one taken ("a member", "member states", «входят в», "العضو في"):
    /// a date beside them dates another act of the clause unless a since word opens it ([`held_status`]).
    stative: Vec<String>,
    /// Verbs of becoming or being granted a status ("became", «стала», "حصلت"): before a `stative` cue in
    /// its clause they make the claim a change, which its date dates.
    becoming: WordSet,
    /// Words that open a period running to the story ("since", «с», "منذ"; [`since_dated`]).
    since_words: Vec<String>,
    /// Words for a bloc's states ("nations", "دول", «страны») that name a bloc before a list of its states
    /// set between commas ([`apposed_list`]).
    list_heads: Vec<String>,
    /// Normalised words not counted between a state and its cue ([`fillers`]).
    fillers: Vec<String>,
    /// Normalised conjunctions that open a new clause before a state ([`after_conjunction`]).
    clause_conjunctions: Vec<String>,
    hypothetical_initial: Vec<String>,
    /// Stems that make an application an offer or a bid ("invited", "bid", "دعوة", "приглашение") …
    offers: Vec<String>,
    /// Verbs whose subject is the bloc and whose object is the state ("the AU suspended Niger", "NATO
    /// expelled", "the SCO admitted Belarus"), with the status they give.
    object_verbs: Vec<(String, &'static str)>,
    /// … and the words that say it was turned down or is still being weighed ("declined", "weighing",
    /// "رفضت", "отклонило"): such an offer is kept as a negated application.
    offer_refused: WordSet,
    /// Words that leave an offer unanswered ("has yet to answer", "weighing the invitation"): no
    /// application from an invitation, while a state's own bid (`own_bid`: "bid", "accession") waiting on
    /// them still stands.
    offer_pending: WordSet,
    own_bids: Vec<String>,
    /// Phrases pointing back at two states ("both countries", "обе страны", "كلا البلدين"), normalised
    /// ([`pair_group`]).
    pairs: Vec<Phrase>,
    /// Numbers for two before a noun for a bloc's members ("the two", «двух», "البلدين"; [`counted_pair_claims`]).
    pair_counts: Vec<Phrase>,
    /// The nouns for a bloc's members they count ("members", "allies", «стран», "العضوين").
    pair_nouns: Vec<Phrase>,
    /// The words that may link such a noun to its bloc ("of", "في").
    pair_links: Vec<String>,
    /// The same phrases in one automaton: whether a sentence holds any, in one pass ([`names_pair`]).
    /// Words that may open a clause before its cue whose subject is the main clause's ("since", "having",
    /// "منذ"; [`fronted_subject`]).
    fronted: Vec<String>,
    /// Subjects pointing back at one state named in the sentence before ("the country", "البلاد",
    /// «страна», "it"), normalised ([`anaphor_group`]).
    state_anaphors: Vec<String>,
    /// Arabic copulas that open a sentence with their subject, a state, dropped ("وكانت من الدول
    /// المؤسسة"; [`opening_anaphor`]).
    prodrop: Vec<String>,
    /// Words opening the object of a founding verb that is a new body, not the bloc named before it ("set
    /// up a confederation of their own", «создали собственную конфедерацию»; [`founds_new_body`]).
    new_body: Vec<String>,
    /// Arabic nouns of founding ("تأسيس", "إنشاء") that govern their object: the bloc must be it
    /// ([`ar_founds_other`]).
    founding_nouns: Vec<String>,
    /// Verbs of saying that report a change ("said", «сообщили», "أعلنت"; [`reported_date`]).
    reports: WordSet,
    /// An inclusion phrase before a cue ([`inclusion_span`]): its opening words ("among", "من بين",
    /// «в числе»), its words for a set of states ("states", "الدول", «государств»), and the copulas that
    /// may stand before it ("was", «был»).
    set_openers: Vec<String>,
    set_nouns: Vec<String>,
    set_copulas: Vec<String>,
    /// Words for an anniversary ([`anniversary`]).
    anniversaries: Vec<String>,
    /// The preposition after an object verb's state that names the bloc it is put out of ("from", «из»)
    /// or into ("into", «в») when the verb's subject is no bloc ([`moved_into`]).
    moved_from: Vec<String>,
    moved_into: Vec<String>,
    /// The phrases after an admitted state that name a lesser status ("as an observer", «в качестве
    /// наблюдателя»), longest first, with that status ([`admitted_as`]).
    admitted_as: Vec<(String, &'static str)>,
    /// The lesser statuses an admission names in the noun before its list ("the admission of five new
    /// observer states: Bosnia and Herzegovina, …", «приём стран-наблюдателей»), longest first
    /// ([`named_before`]).
    named_before: Vec<(String, &'static str)>,
    /// The words after a join that say it took a member's seat: openers ("as", «в качестве»), the member
    /// nouns' stems and the lesser statuses' stems that rule it out ([`joined_in_full`]).
    in_full_openers: Vec<String>,
    /// The openers written onto their noun (the Arabic "ك", "كعضو").
    in_full_prefixes: Vec<String>,
    in_full_nouns: Vec<String>,
    in_full_lesser: Vec<String>,
    /// The case endings of a year written in figures («в 2023-м»), after its hyphen ([`elided_bloc`]).
    year_endings: Vec<String>,
    /// The prepositions of an office handed over: from one state ("от", "من") to another ("к", "إلى")
    /// ([`handed_to`]).
    handover_from: Vec<String>,
    handover_to: Vec<String>,
    /// The bare Arabic verbs and noun of freezing that are suspending cues ("جمد", "تجميد"), and what they
    /// freeze when they suspend a membership ("عضوية", "مشاركة", "أنشطة"), as stems ([`freezes_membership`]).
    bare_freezes: Vec<String>,
    frozen_membership: Vec<String>,
    /// The plural observer cues that also name people a bloc sends to watch ("EU observers", «наблюдатели
    /// ОБСЕ», "مراقبو الاتحاد"): touching their bloc, with a state only further on, no status ([`monitors`]).
    monitors: Vec<String>,
    /// A bloc's founding treaty or charter («учредительный договор», "founding treaty"), a founder cue only
    /// after a verb of signing in its clause (`signing`: «подписали», "signed").
    founding_documents: Vec<String>,
    signing: Vec<String>,
    /// The cues that name an agreement which is the bloc itself ("signed the Regional Comprehensive Economic
    /// Partnership", «Соглашение о ВРЭП подписали», "وقعت … اتفاقية الشراكة الاقتصادية الإقليمية الشاملة"):
    /// a founding only with a signing word in the sentence and the bloc touching the cue ([`signed_bloc`]).
    signed_blocs: Vec<String>,
    /// The words that may follow a signed bloc in English, ending its noun phrase ("signed the RCEP on
    /// Sunday", not "signed the EU association agreement") ([`signed_bloc`]).
    signed_bloc_ends: Vec<String>,
    /// Words setting a list beside another set ("alongside", «наряду с», "إلى جانب") and the words that make
    /// that set the list's fellows ("other", «другими») ([`beside_the_members`]).
    companions: Vec<Phrase>,
    companion_others: Vec<String>,
}

/// A normalised phrase that [`phrase_in`] looks for in a stretch of text, with its substring searcher
/// built once: set up per search (`str::match_indices`), the searcher cost more than most searches.
type Phrase = memchr::memmem::Finder<'static>;

fn phrases(words: &[String]) -> Vec<Phrase> {
    words
        .iter()
        .map(|w| memchr::memmem::Finder::new(w).into_owned())
        .collect()
}

/// The flat automaton of `words`, numbered in order. None may be empty: the automaton drops an empty
/// word, which would shift the numbers of the words after it (and an empty object verb or pair phrase
/// would have occurred in every sentence).
fn nonempty_dfa<'w>(words: impl Iterator<Item = &'w String>) -> WordDfa {
    let words: Vec<&String> = words.collect();
    assert!(
        words.iter().all(|w| !w.is_empty()),
        "an empty membership cue word"
    );
    standard_dfa(words)
}

/// What one walk of a sentence's normalised text with [`Tables::words`] found: its cue phrases as a
/// leftmost-longest search finds them (in text order), and whether an object verb or a phrase pointing
/// back at two states occurs anywhere. (Three searches before, two of them through the crate's generic
/// search loop.)
#[derive(Debug, Default)]
struct Walked {
    cues: SmallVec<[Hit; 8]>,
    object_verb: bool,
    pair: bool,
}

fn walk_words(n: &str) -> Walked {
    let t = tables();
    let (cues, objects) = (t.meta.len(), t.meta.len() + t.object_verbs.len());
    let mut w = Walked::default();
    each_match(&t.words, n, |pat, s, e| {
        if pat < cues {
            w.cues.push(Hit { s, e, pat });
        } else if pat < objects {
            w.object_verb = true;
        } else {
            w.pair = true;
        }
    });
    let kept = leftmost_longest_first(&mut w.cues);
    w.cues.truncate(kept);
    w
}

/// The stage's tables: built at the first sentence that needs them, or before by
/// `Extractor::build_stage_tables`.
pub(crate) static TABLES: LazyLock<Tables> = LazyLock::new(build_tables);

fn tables() -> &'static Tables {
    &TABLES
}

fn side(s: &str) -> Option<Side> {
    match s {
        "before" => Some(Side::Before),
        "after" => Some(Side::After),
        "either" | "any" => Some(Side::Either),
        _ => None,
    }
}

fn build_tables() -> Tables {
    let mut pats = Vec::new();
    let mut meta = Vec::new();
    for r in facts_rows(CUES_CSV, &["phrase", "status", "members", "bloc"]) {
        // `none` rows are longer phrases that contain a cue but claim nothing ("вступило в силу");
        // `same` rows repeat the sentence's previous claim for another state ("and Belarus followed").
        // `partner_touching` rows ("NATO's partners", «партнёры НАТО», "شركاء الناتو") touch as the
        // `member_touching` ones do, with their own status.
        let among = r[1] == "member_among";
        let touched = r[1].strip_suffix("_touching");
        let touching = among || touched.is_some();
        let (Some(status), Some(members), Some(bloc)) = (
            STATUSES
                .iter()
                .copied()
                .chain(["none", "same"])
                .find(|s| *s == r[1] || touched == Some(*s) || (among && *s == "member")),
            side(&r[2]),
            side(&r[3]),
        ) else {
            continue;
        };
        pats.push(normalize(&r[0]));
        meta.push(CueMeta {
            status,
            members,
            bloc,
            touching,
            among,
        });
    }
    let negations = facts_rows(NEGATION_CSV, &["word"])
        .into_iter()
        .map(|r| normalize(&r[0]))
        .collect();
    let modal = facts_rows(MODAL_CSV, &["word", "kind"]);
    let of_kind = |k: &str| -> Vec<String> {
        modal
            .iter()
            .filter(|r| r[1] == k)
            .map(|r| normalize(&r[0]))
            .collect()
    };
    // The rows of kinds `{prefix}{status}`, each with its status.
    let by_status = |prefix: &str, statuses: &[&'static str]| -> Vec<(String, &'static str)> {
        statuses
            .iter()
            .flat_map(|&status| {
                of_kind(&format!("{prefix}{status}"))
                    .into_iter()
                    .map(move |w| (w, status))
            })
            .collect()
    };
    let object_verbs = by_status("object_", &["suspended", "member", "former"]);
    let pairs = of_kind("pair");
    let pair_counts = of_kind("pair_count");
    let words = nonempty_dfa(
        pats.iter()
            .chain(object_verbs.iter().map(|(v, _)| v))
            .chain(&pairs)
            .chain(&pair_counts),
    );
    Tables {
        words,
        meta,
        negations: WordSet::new(negations),
        hypothetical: WordSet::new(of_kind("hypothetical")),
        future: WordSet::new(of_kind("future")),
        no_longer: of_kind("no_longer"),
        staying: of_kind("staying"),
        future_aux: of_kind("future_aux"),
        staying_gap: of_kind("staying_gap"),
        applicant: WordSet::new(of_kind("applicant")),
        interest: WordSet::new(of_kind("interest")),
        invitations: WordSet::new(of_kind("invitation")),
        offered_after: of_kind("offered_after"),
        stances: WordSet::new(of_kind("stance")),
        accession_nouns: of_kind("accession_noun"),
        inverted_openers: of_kind("inverted_opener"),
        adverb_endings: of_kind("adverb_ending"),
        suspending: WordSet::new(of_kind("suspending")),
        meetings: WordSet::new(of_kind("meeting")),
        lifting: WordSet::new(of_kind("lifting")),
        possessives: of_kind("possessive"),
        locatives: of_kind("locative"),
        #[cfg(test)]
        anaphors: of_kind("anaphor"),
        anaphor_words: WordSet::new(of_kind("anaphor")),
        anaphor_rests: WordSet::new(
            of_kind("anaphor")
                .iter()
                .filter_map(|a| a.strip_prefix("ال").map(str::to_string))
                .collect(),
        ),
        elision_ok: of_kind("elision_ok"),
        possessive_nouns: of_kind("possessive_noun"),
        relatives: of_kind("relative"),
        conjunctions: of_kind("conjunction"),
        subject_pronouns: of_kind("subject_pronoun"),
        singular_pronouns: of_kind("singular_pronoun"),
        addressing: WordSet::new(of_kind("addressing")),
        office: WordSet::new(of_kind("office")),
        split_suspend: of_kind("split_suspend"),
        split_return: of_kind("split_return"),
        split_end: of_kind("split_end"),
        split_noun: of_kind("split_noun"),
        venues: of_kind("venue"),
        documents: of_kind("document"),
        still: of_kind("still"),
        own_work: of_kind("own_work"),
        since_founding: of_kind("since_founding"),
        in_force: of_kind("in_force"),
        date_prepositions: of_kind("date_preposition"),
        founding_lists: of_kind("founding_list"),
        stative: of_kind("stative"),
        list_heads: of_kind("list_head"),
        becoming: WordSet::new(of_kind("becoming")),
        since_words: of_kind("since_word"),
        fillers: of_kind("filler"),
        clause_conjunctions: of_kind("conjunction")
            .into_iter()
            .filter(|c| c != "и" && c != "بعد" && c != "قبل")
            .collect(),
        hypothetical_initial: of_kind("hypothetical_initial"),
        offers: of_kind("offer"),
        object_verbs,
        offer_refused: WordSet::new(of_kind("offer_refused")),
        offer_pending: WordSet::new(of_kind("offer_pending")),
        own_bids: of_kind("own_bid"),
        pairs: phrases(&pairs),
        pair_counts: phrases(&pair_counts),
        pair_nouns: phrases(&of_kind("pair_noun")),
        pair_links: of_kind("pair_link"),
        fronted: of_kind("fronted"),
        state_anaphors: of_kind("state_anaphor"),
        prodrop: of_kind("state_prodrop"),
        new_body: of_kind("new_body"),
        founding_nouns: of_kind("founding_noun"),
        reports: WordSet::new(of_kind("report")),
        set_openers: of_kind("set_opener"),
        set_nouns: of_kind("set_noun"),
        set_copulas: of_kind("set_copula"),
        anniversaries: of_kind("anniversary"),
        moved_from: of_kind("object_from"),
        moved_into: of_kind("object_into"),
        admitted_as: {
            let mut rows = by_status("as_", &["observer", "partner", "dialogue_partner"]);
            rows.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            rows
        },
        named_before: {
            let mut rows = by_status("named_", &["observer", "partner", "dialogue_partner"]);
            rows.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            rows
        },
        in_full_openers: of_kind("in_full_opener"),
        in_full_prefixes: of_kind("in_full_prefix"),
        in_full_nouns: of_kind("in_full_noun"),
        in_full_lesser: of_kind("in_full_lesser"),
        year_endings: of_kind("year_ending"),
        handover_from: of_kind("handover_from"),
        handover_to: of_kind("handover_to"),
        bare_freezes: of_kind("bare_freeze"),
        frozen_membership: of_kind("frozen_membership"),
        monitors: of_kind("monitors"),
        founding_documents: of_kind("founding_document"),
        signing: of_kind("signing"),
        signed_blocs: of_kind("signed_bloc"),
        signed_bloc_ends: of_kind("signed_bloc_end"),
        companions: phrases(&of_kind("companion")),
        companion_others: of_kind("companion_other"),
    }
}

/// A word list looked up once per word: exact words in a hash set, plus the stems (non-Latin entries of
/// four letters or more, or three outside Cyrillic) that also match a word's start, because verbs and nouns of refusal take endings
/// ("رفضها", "отказалась"). Arabic proclitics glue onto particles ("ولم", "فلو") and are stripped first.
#[derive(Debug)]
struct WordSet {
    /// The words and the stems in one byte trie: per node its children (byte, node) sorted by byte,
    /// whether a word ends there, and whether a stem does. Looked up by walking a word's bytes, with no
    /// hashing and no comparison per listed stem.
    nodes: Vec<(Children, bool, bool)>,
}

impl WordSet {
    fn new(words: Vec<String>) -> WordSet {
        let mut set = WordSet {
            nodes: vec![(Vec::new(), false, false)],
        };
        for x in &words {
            // A short Cyrillic word is no stem: "мол" (hearsay) must not match "Молдавия".
            let n = x.chars().count();
            let stem = !x.is_ascii() && (n >= 4 || (n == 3 && !x.chars().any(is_cyrillic)));
            let at = set.insert(x.as_bytes());
            set.nodes[at].1 = true;
            set.nodes[at].2 |= stem;
        }
        set
    }

    fn insert(&mut self, bytes: &[u8]) -> usize {
        let mut at = 0usize;
        for &b in bytes {
            at = match self.nodes[at].0.binary_search_by_key(&b, |c| c.0) {
                Ok(k) => self.nodes[at].0[k].1 as usize,
                Err(k) => {
                    let next = self.nodes.len();
                    self.nodes[at].0.insert(k, (b, next as u32));
                    self.nodes.push((Vec::new(), false, false));
                    next
                }
            };
        }
        at
    }

    /// Walks `w` from the root: `Err(())` where it leaves the trie, else the node it ends at; `stem`
    /// tells whether a stem ended on the way (the empty word included).
    fn walk(&self, w: &[u8], stem: &mut bool) -> Option<usize> {
        let mut at = 0usize;
        *stem |= self.nodes[0].2;
        for &b in w {
            let node = &self.nodes[at].0;
            let k = node.binary_search_by_key(&b, |c| c.0).ok()?;
            at = node[k].1 as usize;
            *stem |= self.nodes[at].2;
        }
        Some(at)
    }

    /// Whether `w` itself is one of the words.
    fn contains(&self, w: &str) -> bool {
        self.walk(w.as_bytes(), &mut false)
            .is_some_and(|at| self.nodes[at].1)
    }

    /// Whether `w`, or `w` without the conjunctions و ف written on it, is one of the words (whole: the
    /// stems match no longer word here).
    fn has(&self, w: &str) -> bool {
        unglued(w).iter().any(|x| {
            self.walk(x.as_bytes(), &mut false)
                .is_some_and(|at| self.nodes[at].1)
        })
    }

    /// Whether `w` is one of the words, or `w` without one or two glued conjunctions ([`unglued`]) is one of
    /// them or starts with one of the stems.
    fn matches(&self, w: &str) -> bool {
        let forms = unglued(w);
        let bare = if forms.len() > 1 {
            &forms[1..]
        } else {
            &forms[..]
        };
        let mut ignored = false;
        self.walk(w.as_bytes(), &mut ignored)
            .is_some_and(|at| self.nodes[at].1)
            || bare.iter().any(|x| {
                let mut stem = false;
                self.walk(x.as_bytes(), &mut stem)
                    .is_some_and(|at| self.nodes[at].1)
                    || stem
            })
    }
}

/// `w` and `w` without each of at most two Arabic conjunctions glued before it (و, ف), the whole word first:
/// "وفقدت" gives "وفقدت", "فقدت", "قدت". Each form drops one letter, so a root letter و or ف ("وقعت",
/// "فقدت") stays in one of the forms, where stripping every such letter would eat it.
fn unglued(w: &str) -> SmallVec<[&str; 3]> {
    let mut out: SmallVec<[&str; 3]> = SmallVec::new();
    out.push(w);
    let mut rest = w;
    for _ in 0..2 {
        match rest.strip_prefix(['و', 'ف']) {
            Some(r) if !r.is_empty() => {
                out.push(r);
                rest = r;
            }
            _ => break,
        }
    }
    out
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// A run of country mentions joined only by list separators.
#[derive(Debug)]
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
    let mut out = find_cued(ctx, dates, &walk);
    if ctx.mentions.iter().any(|m| m.kind == Kind::Bloc) && walk().pair {
        counted_pair_claims(ctx, &mut out);
    }
    out
}

/// The claims of the sentence's cues, lists and object verbs ([`find`]).
fn find_cued<'w>(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    walk: &impl Fn() -> &'w Walked,
) -> Vec<MembershipRec> {
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
    // "Оба государства входят в СНГ и ШОС" names its states in the sentence before (and its bloc in itself:
    // the phrase is looked for only then, most sentences naming no state name no bloc either).
    if !ctx.mentions.iter().any(|m| m.kind == Kind::Country)
        && (blocs.is_empty() || !names_pair(ctx, walk))
        && opening_anaphor(ctx).is_none()
        && (blocs.is_empty() || !own_country_of_person(ctx))
    {
        return Vec::new();
    }
    if blocs.is_empty() {
        return match recalled {
            Some(r) => {
                let (bloc, distance) = (r.bloc.as_str(), r.distance);
                let mut out = elided(ctx, dates, &r, &walk().cues);
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
    });
    // Without an object verb there are no object claims: then, without a cue either, the lists are not
    // even built.
    let object_verb = walk().object_verb;
    if cue_list.is_empty() && !opens_list && ctx.lang != blocwatch_text::Lang::Ar && !object_verb {
        return Vec::new();
    }
    let strict = groups(ctx, false);
    let objects = if object_verb {
        object_claims(ctx, dates, &strict, &blocs, None)
    } else {
        Vec::new()
    };
    if cue_list.is_empty()
        && !opens_list
        && objects.is_empty()
        && ctx.lang != blocwatch_text::Lang::Ar
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
    let mut last_claim: Option<(&Group<'_>, usize)> = None;
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
    for cue in cue_list {
        if cue.status == "same" {
            // "Iran became a member of the SCO in 2023, and Belarus followed a year later."
            let Some(last) = claims.out.last().cloned() else {
                continue;
            };
            // Arabic puts the follower after its verb: "ولحقت بها السويد".
            let Some(group) =
                geo.nearest(&group_refs, &cue, cue.members, MAX_GAP_GROUPS, true, |g| {
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
            if sequence && !closes_clause(ctx, &cue, group) {
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
                        .then(|| counted_back(norm_before(ctx, cue.start), last.date.as_deref()?))
                        .flatten()
                });
            claims.push(&last.bloc, group, &last.status, cue.negated, date);
            continue;
        }
        let near = geo.nearest(&blocs, &cue, cue.bloc, MAX_GAP, false, |b| (b.start, b.end));
        // «ОПЕК покинула Ангола», «В ШОС была принята Белоруссия»: with no bloc on its side, the bloc before
        // the verb, the state after it.
        let inverted = near
            .is_none()
            .then(|| inverted_order(&geo, &blocs, &group_refs, &cue))
            .flatten();
        let near_bloc = near.or(inverted.map(|(b, _)| b));
        let Some(bloc) = near_bloc
            .or_else(|| {
                (one_bloc && !other_object(ctx, &cue))
                    .then(|| {
                        geo.nearest(&blocs, &cue, Side::Before, usize::MAX, false, |b| {
                            (b.start, b.end)
                        })
                    })
                    .flatten()
            })
            // "Brazil, Russia, India and China founded the group in 2009; South Africa joined BRICS
            // a year later": a word for the bloc as the cue's object stands for the sentence's one bloc.
            .or_else(|| (one_bloc && anaphor_follows(ctx, &cue)).then_some(blocs[0]))
        else {
            continue;
        };
        // "pulling out of the SAARC summit", «покинула саммит ШОС», "انسحبت من قمة بريكس": the cue's object is
        // a meeting the bloc names, not the bloc.
        if bloc.start >= cue.end && names_meeting(ctx, bloc) && !meeting_venue(ctx, bloc) {
            continue;
        }
        if cue.status == "founder" && founds_other(ctx, dates, &cue, bloc) {
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
                contact_relative(ctx, &strict, &cue)
                    .or_else(|| pronoun_subject(ctx, dates, &strict, &cue))
            })
            .flatten();
        let own = subject.or(inverted.map(|(_, g)| g)).or_else(|| {
            geo.nearest(&group_refs, &cue, cue.members, MAX_GAP_GROUPS, true, |g| {
                (g.start, g.end)
            })
        });
        // "…, although the two countries are members": a phrase pointing back at two states is the
        // subject, whatever state stands nearer.
        let pair = pair_here.then(|| pair_group(ctx, &cue)).flatten();
        let kept = if pair.is_some() {
            None
        } else {
            own.or_else(|| fronted_subject(ctx, dates, &strict, &cue))
                .or_else(|| shared_subject(ctx, last_claim, &cue))
                .or_else(|| opening_subject(ctx, dates, &strict, &cue))
                .or_else(|| participle_subject(ctx, dates, &strict, &cue))
        };
        let Some(group) = kept.or(pair.as_ref()) else {
            continue;
        };
        if addressed(ctx, group, &cue)
            || beside_the_members(ctx, group, &cue)
            || possessor_after(ctx, group, &cue)
            || monitors(ctx, dates, group, &cue)
        {
            continue;
        }
        // A bloc after the cue is part of the claim: the date is counted from it ("admitted to the
        // Shanghai Cooperation Organisation as its tenth member at the Astana summit in July 2024").
        let claim_end = if bloc.start >= cue.end {
            bloc.end
        } else {
            cue.end
        };
        let date = nearest_date(ctx, dates, &strict, cue.start, claim_end)
            .filter(|_| !office_cue(ctx, &cue))
            .filter(|iso| !held_status(ctx, &cue) || since_dated(ctx, dates, iso))
            .filter(|iso| !date_of_other_cue(ctx, dates, &cue_spans, &cue, claim_end, iso))
            .filter(|_| !anniversary(ctx, &cue))
            // eval/README (session 18): a change the text only reports takes the report's date; a status
            // held ("Egypt, a BRICS member, said on Tuesday") or an office takes none.
            .or_else(|| {
                reported_date(ctx, dates, &cue, claim_end).filter(|_| {
                    !office_cue(ctx, &cue) && !held_status(ctx, &cue) && !anniversary(ctx, &cue)
                })
            });
        // "между Россией и Эстонией, которая с 2004 года входит в НАТО": a singular relative pronoun
        // after a list is about its last state only.
        let last_only;
        let claimed = match singular_relative(ctx, group, &cue) {
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
        let status = if cue.status == "member" && from_founding(ctx, claim_end) {
            "founder"
        } else if cue.status == "member" {
            admitted_as(ctx, claimed)
                .or_else(|| named_before(ctx, &cue, claimed))
                .unwrap_or(cue.status)
        } else {
            cue.status
        };
        claims.push(bloc.id, claimed, status, cue.negated, date.clone());
        if let Some(with) = ar_companions(ctx, &strict, &cue, claimed) {
            claims.push(bloc.id, with, status, cue.negated, date.clone());
        }
        if office_cue(ctx, &cue) {
            if let Some(next) = handed_to(ctx, &strict, claimed)
                .or_else(|| handed_over(ctx, &strict, &cue, bloc, claimed))
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
                let own = if is_list_gap(gap) && list_ends(ctx, dates, b.end) {
                    date.clone()
                } else if let Some(own) = elided_bloc(ctx, dates, prev_end, b) {
                    own
                } else {
                    break;
                };
                claims.push(b.id, claimed, cue.status, cue.negated, own);
                prev_end = b.end;
            }
        }
        if let Some(g) = kept {
            last_claim = Some((g, cue.end));
        }
        // A join in a second clause after a lesser status ("held observer status … and was admitted in
        // 2023") is the step up from it, not that status.
        // (Holding the chair is no join: "Brazil, which chairs BRICS, said Nigeria became a partner".)
        if own.is_some()
            && pair.is_none()
            && cue.status == "member"
            && plain_join(norm_range(ctx, cue.start, cue.end))
            && !office_cue(ctx, &cue)
            && ![cue.end, claim_end, claimed.end]
                .iter()
                .any(|&at| joined_in_full(ctx, at))
        {
            joined_plainly.extend(group.members.iter().map(|m| (bloc.id, *m)));
        }
    }

    let sent = Sent {
        ctx,
        dates,
        strict: &strict,
        blocs: &blocs,
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
    bracket_lists(&sent, &mut claims, &loose);
    founders_are_members(&mut claims);
    remember_claim(ctx, &claims.out);
    claims.out
}

/// Arabic split phrases: a verb before the state and the noun for its membership after it ("علقت أرمينيا
/// مشاركتها", [`split_claims`]), and a verb, a bloc, the noun and the state ([`verb_bloc_noun_claims`]),
/// whose noun is what the verb suspends or ends, not a second claim that the state is a member.
fn ar_split_phrases(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx,
        dates,
        strict,
        blocs,
    } = *sent;
    if ctx.lang == blocwatch_text::Lang::Ar {
        for (g, status, bloc_from) in split_claims(ctx, strict) {
            let Some(bloc) = blocs.iter().filter(|b| b.start >= bloc_from).find(|b| {
                gap_words(
                    ctx,
                    dates,
                    &ctx.doc_text[bloc_from..b.start],
                    bloc_from,
                    false,
                ) <= 2
            }) else {
                continue;
            };
            let date = nearest_date(ctx, dates, strict, g.start, bloc.end);
            claims.push(bloc.id, g, status, false, date);
        }
        // The noun is what the verb suspends or ends, not a second claim that the state is a member.
        let mut held: Vec<(&str, &str)> = Vec::new();
        for (g, status, bloc) in verb_bloc_noun_claims(ctx, dates, strict, blocs) {
            let date = nearest_date(ctx, dates, strict, bloc.end, g.start);
            claims.push(bloc.id, g, status, false, date);
            held.extend(g.members.iter().map(|m| (bloc.id, *m)));
        }
        claims.out.retain(|r| {
            r.status != "member"
                || r.negated
                || !held.contains(&(r.bloc.as_str(), r.member.as_str()))
        });
    }
}

/// The bloc's own verbs' claims ([`object_claims`]), after the cues' claims.
fn object_claims_pushed(
    claims: &mut Claims<'_, '_>,
    objects: &[(&Group<'_>, &'static str, String, Option<String>, bool)],
) {
    for (g, status, bloc, date, negated) in objects {
        // "ШОС приняла Турцию в качестве партнёра по диалогу": a state admitted to a lesser status named in
        // the sentence took that status, not membership.
        let members: Vec<&str> = g
            .members
            .iter()
            .copied()
            .filter(|m| {
                *status != "member"
                    || !claims.out.iter().any(|r| {
                        r.bloc == *bloc && r.member == *m && !r.negated && lesser_status(&r.status)
                    })
            })
            .collect();
        let admitted = Group {
            start: g.start,
            end: g.end,
            members,
        };
        claims.push(bloc, &admitted, status, *negated, date.clone());
    }
}

/// "Syria's membership of the Arab League was frozen in November 2011 and restored in May 2023": the
/// second participle gives the membership back, with its own date.
/// So does "وأعادتها" after «علّقت … عضوية سوريا», and «и восстановила его» after «приостановила членство».
fn restored(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
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
fn ordinal_followers(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
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
fn gapped_repeats(
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

/// "Членство Мали в ЭКОВАС было приостановлено": the noun is what the participle suspends, not a
/// second claim that the state is a member (unless the sentence also restores it).
fn ru_suspended_noun(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent { ctx, .. } = *sent;
    if ctx.lang == blocwatch_text::Lang::Ru {
        let n = ctx.norm.as_str();
        if (n.contains("приостановлен") || n.contains("заморожен")) && !n.contains("восстанов")
        {
            let held: Vec<(String, String)> = claims
                .out
                .iter()
                .filter(|r| r.status == "suspended" && !r.negated)
                .map(|r| (r.bloc.clone(), r.member.clone()))
                .collect();
            claims.out.retain(|r| {
                r.status != "member" || !held.contains(&(r.bloc.clone(), r.member.clone()))
            });
        }
    }
}

/// Russian elides the verb of a repeated claim behind a dash: "Финляндия вступила в НАТО в 2023 году,
/// а Швеция — в 2024-м", «…в январе 2001 года, Грузия — двумя годами раньше». A state after a comma
/// (and "а"/"и") and before a dash takes the claim before it.
fn ru_dash_elision(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
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
fn en_and_elision(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
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
fn of_list(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
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
                || claims
                    .out
                    .iter()
                    .any(|o| o.bloc == b.id && g.members.contains(&o.member.as_str()))
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
fn bracket_lists(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>, loose: &[Group<'_>]) {
    let Sent { ctx, blocs, .. } = *sent;
    for b in blocs {
        for g in loose {
            if g.members.len() < 2 || g.start < b.end {
                continue;
            }
            // «Страны-основательницы ОПЕК — Иран, Ирак…»: a list a cue already claimed with its own
            // status is that claim's, not a second claim that they are members.
            if claims
                .out
                .iter()
                .any(|r| r.bloc == b.id && g.members.contains(&r.member.as_str()))
            {
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

/// "تأسست رابطة آسيان عام 1967 بعضوية إندونيسيا…": a founder is a member from its founding; the same
/// state as a member of the same bloc at the same date (or none) is that claim again.
fn founders_are_members(claims: &mut Claims<'_, '_>) {
    let founded: SmallVec<[(String, String, Option<String>); 4]> = claims
        .out
        .iter()
        .filter(|r| r.status == "founder" && !r.negated)
        .map(|r| (r.bloc.clone(), r.member.clone(), r.date.clone()))
        .collect();
    if !founded.is_empty() {
        claims.out.retain(|r| {
            r.status != "member"
                || r.negated
                || !founded.iter().any(|(b, m, d)| {
                    *b == r.bloc && *m == r.member && (r.date.is_none() || r.date == *d)
                })
        });
    }
}

/// The states a pronoun before a cue points to: those opening the sentence ("Turkey said its membership…");
/// but a singular pronoun is not a list of states — "Argentina, Brazil, Paraguay and Uruguay notified
/// Venezuela that it had been suspended" is about the one state named last before it.
fn pronoun_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let opening = strict
        .iter()
        .find(|g| g.end <= cue.start && words_before(ctx, dates, g) <= 4)?;
    if !cue.singular || opening.members.len() < 2 {
        return Some(opening);
    }
    strict
        .iter()
        .rev()
        .find(|g| g.start >= opening.end && g.end <= cue.start && g.members.len() == 1)
}

/// Whether the meeting a bloc's name stands in is where the claim was made, not its object: "were granted
/// the status of dialogue partners at the SCO summit", «на саммите ШОС», "خلال قمة بريكس".
fn meeting_venue(ctx: &SentenceCtx<'_>, bloc: &SentMention<'_>) -> bool {
    let t = tables();
    let words = last_words(norm_before(ctx, bloc.start), 3);
    let mut w: &[&str] = &words;
    // Arabic and Russian put the word for the meeting before the bloc: «саммите ШОС», "قمة بريكس".
    if let [rest @ .., last] = w {
        if t.venues.iter().any(|v| v == venue_word(last)) {
            w = rest;
        }
    }
    if let [rest @ .., "the" | "its" | "a"] = w {
        w = rest;
    }
    matches!(
        w.last().map(|x| x.trim_start_matches('و')),
        Some("at" | "during" | "на" | "ходе" | "خلال" | "في")
    )
}

/// Whether a bloc's name is the attribute of a meeting or a document: a word for a summit or for the
/// bloc's agreements right after it ("the SAARC summit", "CIS agreements") or right before it («саммит
/// ШОС», «соглашений СНГ», "قمة بريكس").
fn names_meeting(ctx: &SentenceCtx<'_>, bloc: &SentMention<'_>) -> bool {
    let t = tables();
    let prev = last_words(norm_before(ctx, bloc.start), 1);
    venue_beside(
        t.venues.iter().chain(&t.documents),
        &next_word(ctx, bloc.end),
        prev.last().copied(),
    )
}

/// A word before a name with the Arabic proclitics a venue word may carry trimmed ("وقمة", "بقمة").
fn venue_word(w: &str) -> &str {
    w.trim_start_matches(['و', 'ب', 'ل', 'ف'])
}

/// Whether a word of `words` (venues, documents) is `next`, the word right after a name, or `prev`, the
/// word right before it ([`venue_word`]).
fn venue_beside<'w>(
    words: impl IntoIterator<Item = &'w String>,
    next: &str,
    prev: Option<&str>,
) -> bool {
    let prev = prev.map(venue_word);
    words
        .into_iter()
        .any(|v| *v == next || prev == Some(v.as_str()))
}

/// The normalised word right after document offset `at` (white space skipped; empty when no word char
/// follows).
fn next_word<'c>(ctx: &'c SentenceCtx<'_>, at: usize) -> Cow<'c, str> {
    let after = ctx.doc_text[at..ctx.range.end.max(at)].trim_start();
    norm_word(
        after
            .split(|c: char| !blocwatch_text::is_word_char(c))
            .next()
            .unwrap_or(""),
    )
}

/// Whether a bloc or a state is glued by a hyphen to a bloc or a state ("the NATO-Russia Council", "the
/// EU-China summit", "саммит Россия–АСЕАН"): the pair names another body or a meeting, and neither is a
/// party to a membership claim.
fn hyphened(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    let glued = |a: usize, b: usize| {
        ctx.doc_text
            .get(a..b)
            .is_some_and(|g| matches!(g, "-" | "–" | "—" | "‑"))
    };
    ctx.mentions.iter().any(|o| {
        matches!(o.kind, Kind::Bloc | Kind::Country)
            && (m.kind == Kind::Bloc || o.kind == Kind::Bloc)
            && ((o.start >= m.end && glued(m.end, o.start))
                || (o.end <= m.start && glued(o.end, m.start)))
    })
}

/// "Gabon returned to the group it had quit in 1995": a subject pronoun right after a word for the bloc
/// (or its name) opens a relative clause without "that", whose subject is the state named last before
/// the pronoun, not the one that opens the sentence.
fn contact_relative<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let n = ctx.norm.as_str();
    let words = last_words(norm_before(ctx, cue.start), 4);
    let k = words
        .iter()
        .rposition(|w| t.subject_pronouns.iter().any(|p| p == w))?;
    if k == 0 || k + 2 < words.len() {
        return None;
    }
    let pronoun = ctx.range.start
        + ctx
            .norm
            .orig_start(words[k].as_ptr() as usize - n.as_ptr() as usize);
    let bloc_word = t.anaphor_words.contains(words[k - 1])
        || ctx.mentions.iter().any(|m| {
            m.kind == Kind::Bloc
                && m.end <= pronoun
                && ctx.doc_text[m.end..pronoun].trim().is_empty()
        });
    if !bloc_word {
        return None;
    }
    strict.iter().rfind(|g| g.end <= pronoun)
}

/// "Since joining the EU in 2007, Bulgaria has…", "Having left OPEC in 2019, Qatar…", "After its accession
/// to the WTO, Russia…", "منذ انضمامها إلى الاتحاد عام 2007، حصلت بلغاريا": a clause that opens the sentence
/// with at most three words before its cue, all of them time or participle words (`fronted` rows), has the
/// main clause's subject: the first state after the clause's comma, at most one word (an Arabic verb, "the")
/// past it, with no state between the cue and the comma.
fn fronted_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let head = norm_before(ctx, cue.start);
    let mut words = 0;
    for tk in tokens(head) {
        let w = &head[tk.start..tk.end];
        words += 1;
        if tk.kind != TokenKind::Word
            || words > 3
            || !t.fronted.iter().any(|f| f == w.trim_start_matches('و'))
        {
            return None;
        }
    }
    if words == 0 {
        return None;
    }
    let comma = ctx.doc_text[cue.end..ctx.range.end].find([',', '،'])? + cue.end;
    let g = strict.iter().find(|g| g.start > cue.end)?;
    let after = comma
        + ctx.doc_text[comma..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
    (g.start >= after && gap_words(ctx, dates, &ctx.doc_text[after..g.start], after, false) <= 1)
        .then_some(g)
}

/// "أعلن جنوب السودان استقلاله …، بعد أن اعترفت به الخرطوم …، وانضم إلى الأمم المتحدة": an Arabic verb glued
/// to "و" right after a comma, with no state of its own, continues the sentence's first clause and shares
/// its subject: the state right after the verb that opens the sentence.
fn opening_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::Ar || cue.members == Side::Before {
        return None;
    }
    let head = norm_before(ctx, cue.start).strip_suffix('و')?;
    if !head.trim_end().ends_with(['،', ',']) {
        return None;
    }
    let g = strict.first()?;
    (g.end <= cue.start && words_before(ctx, dates, g) <= 1).then_some(g)
}

/// "Mali, Burkina Faso and Niger signed a charter in Niamey on 16 September 2023, creating the Alliance of Sahel
/// States": an English participle of founding right after a comma, with the bloc right after it, has the
/// subject of the main clause: the states that open the sentence (at most one word or a date before them),
/// with no other state between them and the comma.
fn participle_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::En || cue.status != "founder" {
        return None;
    }
    let c = norm_range(ctx, cue.start, cue.end);
    let first = tokens(c).find(|tk| tk.kind == TokenKind::Word)?;
    if !c[first.start..first.end].ends_with("ing")
        || !ctx.doc_text[ctx.range.start..cue.start]
            .trim_end()
            .ends_with(',')
    {
        return None;
    }
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    let bloc_at = cue.end + after.len() - after.trim_start().len();
    if !ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Bloc && m.start == bloc_at)
    {
        return None;
    }
    let g = strict.first()?;
    let alone = !ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country
            && m.start >= g.end
            && m.end <= cue.start
            && !locative_capital(ctx, m)
    });
    (alone
        && g.end <= cue.start
        && !ctx.doc_text[g.end..cue.start].contains([';', ':', '.'])
        && words_before(ctx, dates, g) <= 1)
        .then_some(g)
}

/// «Оман — единственная страна ССАГПЗ, не вступившая в коалицию»: a Russian cue that ends in its
/// preposition names its object right after it; when no bloc stands there and the object is no word for a
/// bloc nor a pronoun, the cue is about something else and takes no bloc from elsewhere in the sentence.
/// So for a treaty «о» something: «Украина, покинувшая СНГ, разорвала договор о дружбе» founds nothing.
fn other_object(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    if ctx.lang != blocwatch_text::Lang::Ru {
        return false;
    }
    let c = norm_range(ctx, cue.start, cue.end);
    if ![" в", " из", " к", " о", " об"]
        .iter()
        .any(|p| c.ends_with(p))
    {
        return false;
    }
    let rest = norm_range(ctx, cue.end, ctx.range.end);
    let Some(tk) = tokens(rest).find(|tk| tk.kind == TokenKind::Word) else {
        return false;
    };
    let w = &rest[tk.start..tk.end];
    // The pronouns a preposition takes for a bloc named before ("вступила в него").
    let pronoun = matches!(w, "него" | "нее" | "нем" | "ним" | "них" | "нему");
    !pronoun && !tables().anaphor_words.contains(w)
}

/// Whether the sentence holds a phrase pointing back at two states with mentions before the sentence to
/// point at ([`pair_group`]): one automaton pass, as a gate before the per-cue look.
fn names_pair<'w>(ctx: &SentenceCtx<'_>, walk: impl FnOnce() -> &'w Walked) -> bool {
    !ctx.earlier.is_empty() && walk().pair
}

/// Where the normalised phrase `p` stands in `n` as whole words (an Arabic word may carry a glued "و" or
/// "ف": "والبلدان"). (Its occurrences are those of `str::match_indices`: leftmost, not overlapping; a
/// phrase is valid UTF-8, so each starts and ends at a char boundary.)
fn phrase_in(n: &str, p: &Phrase) -> Option<usize> {
    let len = p.needle().len();
    p.find_iter(n.as_bytes()).find(|&i| {
        let head = n[..i]
            .strip_suffix(['و', 'ف'])
            .filter(|h| {
                !h.chars()
                    .next_back()
                    .is_some_and(blocwatch_text::is_word_char)
            })
            .unwrap_or(&n[..i]);
        !head
            .chars()
            .next_back()
            .is_some_and(blocwatch_text::is_word_char)
            && !n[i + len..]
                .chars()
                .next()
                .is_some_and(blocwatch_text::is_word_char)
    })
}

/// "хотя обе страны являются членами ЕАЭС", "Оба государства входят в СНГ", "both countries are members of":
/// a phrase pointing back at two states, among the four words before a cue whose states stand before it,
/// claims for the two states named before it — in its sentence, or when the sentence names none before
/// it, in the sentence before — when exactly two distinct states are named there (adjectives count:
/// "визит узбекского лидера в Таджикистан" names both).
fn pair_group<'a>(ctx: &SentenceCtx<'a>, cue: &Cue) -> Option<Group<'a>> {
    if cue.members == Side::After {
        return None;
    }
    let t = tables();
    let before = norm_before(ctx, cue.start);
    let tail = last_words(before, 8);
    // "Both countries were among the seven founders", «Оба государства были в числе основателей», "وكان
    // البلدان من بين مؤسسي": an inclusion opener among the cue's last words (its count, article and copula
    // with it) leaves the phrase its four words before the opener.
    let near = tail.len().saturating_sub(4);
    let opener = (near..tail.len())
        .rev()
        .find(|&i| INCLUSION_OPENERS.contains(&tail[i]))
        .unwrap_or(tail.len());
    let first = near.min(opener.saturating_sub(4));
    let from = tail.get(first)?.as_ptr() as usize - before.as_ptr() as usize;
    let at = t.pairs.iter().find_map(|p| phrase_in(&before[from..], p))? + from;
    let anaphor = ctx.range.start + ctx.norm.orig_start(at);
    Some(Group {
        start: anaphor,
        end: anaphor,
        members: pair_antecedents(ctx, anaphor)?,
    })
}

/// The words opening an inclusion after a phrase pointing back at two states ([`pair_group`]), normalised.
const INCLUSION_OPENERS: [&str; 6] = ["among", "числе", "число", "среди", "بين", "ضمن"];

/// How many sentences back a phrase pointing at two states looks for them ([`pair_antecedents`]).
const PAIR_REACH: usize = 3;

/// The two states a phrase pointing back at two states (at document offset `anaphor`) stands for: the
/// states named before it in its sentence when there are any, else those of the sentences before, the
/// nearest first, gathered until two are found ("Qatar and Oman opened a crossing on Sunday. Trade is
/// expected to double. Both countries are members of the GCC"; "Malaysia protested after Indonesia seized a
/// boat. … Indonesia … The two ASEAN members …") — exactly two, or none: three states leave the phrase
/// unread. Adjectives count ("визит узбекского лидера в Таджикистан" names both).
fn pair_antecedents<'a>(ctx: &SentenceCtx<'a>, anaphor: usize) -> Option<Vec<&'a str>> {
    let mut ids: Vec<&'a str> = Vec::new();
    let gather = |ids: &mut Vec<&'a str>, ms: &mut dyn Iterator<Item = &'a SentMention<'a>>| {
        for m in ms.filter(|m| m.kind == Kind::Country) {
            if !ids.contains(&m.id) {
                ids.push(m.id);
            }
        }
    };
    gather(
        &mut ids,
        &mut ctx.mentions.iter().filter(|m| m.end <= anaphor),
    );
    let mut end = ctx.range.start;
    // One state in the nearest sentence: the other is named further back ("Thailand moved troops …").
    for _ in 0..PAIR_REACH {
        if (ids.len() >= 2 || end == 0) || (end == ctx.range.start && !ids.is_empty()) {
            break;
        }
        let prev = previous_sentence_start(ctx.doc_text, end);
        gather(
            &mut ids,
            &mut ctx
                .earlier
                .iter()
                .filter(|m| m.start >= prev && m.end <= end),
        );
        end = prev;
    }
    (ids.len() == 2).then_some(ids)
}

/// Where the sentence before the one starting at `end` starts: after the last stop before its own.
fn previous_sentence_start(doc_text: &str, end: usize) -> usize {
    let head = doc_text[..end]
        .trim_end()
        .trim_end_matches(['.', '!', '?', '؟', '…', '"', '»', ')']);
    head.rfind(['.', '!', '?', '؟', '\n']).map_or(0, |i| i + 1)
}

/// "the two ASEAN members", "two NATO allies", «двух стран АСЕАН», «двух членов НАТО», "البلدين العضوين في
/// آسيان": a number for two (`pair_count` rows) before a noun for the bloc's members (`pair_noun` rows) and
/// the bloc's name, with nothing else between them, points back at two states named before
/// ([`pair_antecedents`]): both are members. Not when a state follows the phrase in its sentence ("two NATO
/// members, Hungary and Slovakia," names them there, for the cues).
fn counted_pair_claims(ctx: &SentenceCtx<'_>, out: &mut Vec<MembershipRec>) {
    let t = tables();
    let n = ctx.norm.as_str();
    let base = ctx.range.start;
    for count in &t.pair_counts {
        let mut from = 0;
        while let Some(i) = phrase_in(&n[from..], count).map(|i| i + from) {
            from = i + count.needle().len();
            let Some((bloc, end)) = counted_noun_phrase(ctx, from) else {
                continue;
            };
            let at = base + ctx.norm.orig_start(i);
            if ctx
                .mentions
                .iter()
                .any(|m| m.kind == Kind::Country && m.start >= end)
            {
                continue;
            }
            let Some(members) = pair_antecedents(ctx, at) else {
                continue;
            };
            for m in members {
                if out
                    .iter()
                    .any(|r| r.bloc == bloc && r.member == m && !r.negated)
                {
                    continue;
                }
                out.push(MembershipRec {
                    bloc: bloc.to_string(),
                    member: m.to_string(),
                    status: "member".to_string(),
                    date: None,
                    negated: false,
                    sentence: [ctx.range.start, ctx.range.end],
                    text: ctx.text.to_string(),
                });
            }
        }
    }
}

/// The bloc and the end (document offset) of a noun phrase for the bloc's members starting at normalised
/// offset `from`: a `pair_noun` word and one bloc's name, in either order, with at most a linking word
/// between ("ASEAN members", "members of NATO", «стран АСЕАН», "العضوين في آسيان").
fn counted_noun_phrase<'a>(ctx: &SentenceCtx<'a>, from: usize) -> Option<(&'a str, usize)> {
    let t = tables();
    let n = ctx.norm.as_str();
    let base = ctx.range.start;
    let (mut bloc, mut noun, mut links) = (None, false, 0);
    let mut at = from;
    let mut end = base + ctx.norm.orig_end(from);
    loop {
        let rest = &n[at..];
        let Some(tk) = tokens(rest).next() else { break };
        if tk.kind != TokenKind::Word || !rest[..tk.start].trim().is_empty() {
            break;
        }
        let (s, e) = (at + tk.start, at + tk.end);
        let doc_s = base + ctx.norm.orig_start(s);
        if let Some(b) = ctx
            .mentions
            .iter()
            .find(|m| m.kind == Kind::Bloc && m.start == doc_s)
        {
            if bloc.is_some() {
                break;
            }
            bloc = Some(b.id);
            end = b.end;
            at = norm_at(ctx, b.end);
            continue;
        }
        let w = &n[s..e];
        // The longest noun that starts here ("member states" over "member").
        let long = t
            .pair_nouns
            .iter()
            .filter(|p| phrase_in(&n[s..], p) == Some(0))
            .map(|p| p.needle().len())
            .max();
        if let Some(len) = long.filter(|_| !noun) {
            noun = true;
            end = base + ctx.norm.orig_end(s + len);
            at = s + len;
            if bloc.is_some() {
                break;
            }
            continue;
        } else if links == 0 && bloc.is_none() && noun && t.pair_links.iter().any(|l| l == w) {
            links += 1;
        } else {
            break;
        }
        at = e;
        if noun && bloc.is_some() {
            break;
        }
    }
    bloc.filter(|_| noun).map(|b| (b, end))
}

/// Claims about a bloc named in an earlier sentence: "The Eurasian Economic Union came into being in
/// 2015. Armenia joined on 2 January", "…منظمة شنغهاي. وانضمت الهند إلى التكتل". The bloc must have been
/// named in the sentence just before, or the sentence must point back to it ("the bloc", "التكتل",
/// "организация") within two sentences of it or of the last sentence that pointed back to it ([`nearer`]).
fn elided(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    recalled: &Recalled,
    hits: &[Hit],
) -> Vec<MembershipRec> {
    // Read for every sentence without a bloc that follows one: the cheap test first.
    if recalled.distance > 2 {
        return Vec::new();
    }
    let cues = cues(ctx, hits);
    if cues.is_empty() {
        return Vec::new();
    }
    let bloc = recalled.bloc.as_str();
    let t = tables();
    let points_back = points_back(ctx.norm.as_str());
    // "The bloc suspended Paraguay in 2012. Paraguay was readmitted in 2013": the state of the last claim,
    // named again two sentences after its bloc, continues that claim's story.
    let continued = recalled.distance == 2
        && previous_claim(ctx).is_some_and(|(member, _)| {
            ctx.mentions
                .iter()
                .any(|m| m.kind == Kind::Country && m.id == member)
        });
    let reaches = |distance: usize| distance == 1 || (distance == 2 && (points_back || continued));
    // Whether the bloc is near enough: read at the first cue with states, as the sentences between are
    // read for a word pointing back ([`nearer`]) only when this one alone does not reach it.
    let mut near: Option<bool> = reaches(recalled.distance).then_some(true);
    let strict = groups(ctx, false);
    let group_refs: Vec<&Group<'_>> = strict.iter().collect();
    let geo = Geometry { ctx, dates };
    let mut out: Vec<MembershipRec> = Vec::new();
    for cue in cues {
        // "Thirteen countries, including Algeria and Nigeria, were offered partner status": an inclusion
        // names a bloc's members only when the sentence points back to the bloc.
        if !points_back && cue.members == Side::After && cue.bloc == Side::Before {
            continue;
        }
        // «ШОС расширяется. В 2024 году в организацию была принята Белоруссия»: the word pointing back opens the
        // clause, the state follows the verb.
        let Some(group) = geo
            .nearest(&group_refs, &cue, cue.members, MAX_GAP_GROUPS, true, |g| {
                (g.start, g.end)
            })
            .or_else(|| inverted_anaphor(&geo, &group_refs, &cue))
        else {
            continue;
        };
        // Without a word pointing back, the verb must have no object of its own: "Armenia joined on
        // 2 January" leaves the bloc out, "Armenia joined the talks" does not.
        if !points_back && !object_free(t, ctx, dates, &cue, group) {
            continue;
        }
        if !*near.get_or_insert_with(|| reaches(nearer(ctx, recalled))) {
            return Vec::new();
        }
        // "Brunei joined in January 1984, a week after gaining independence from Britain": after a word of
        // sequence only a list closing its clause did the same ([`closes_clause`]), at a time of its own.
        let sequence = SEQUENCE_WORDS.contains(&norm_range(ctx, cue.start, cue.end));
        if sequence && !closes_clause(ctx, &cue, group) {
            continue;
        }
        // "… and Kyrgyzstan followed": the status of the claim before, in this sentence.
        let status = if cue.status == "same" {
            // "Катар покинул ОПЕК в 2019 году. Спустя пять лет его примеру последовала Ангола": with no
            // claim before it in this sentence, the last claim of the sentence before.
            let last = out
                .last()
                .map(|l| (l.member.clone(), l.status.clone()))
                .or_else(|| previous_claim(ctx));
            match last {
                Some((member, status)) if !group.members.contains(&member.as_str()) => status,
                _ => continue,
            }
        } else {
            cue.status.to_string()
        };
        let date = nearest_date(ctx, dates, &strict, cue.start, cue.end)
            .filter(|_| !sequence && !office_cue(ctx, &cue));
        for m in &group.members {
            if out.iter().any(|r| r.member == *m && r.status == status) {
                continue;
            }
            out.push(MembershipRec {
                bloc: bloc.to_string(),
                member: m.to_string(),
                status: status.clone(),
                date: date.clone(),
                negated: cue.negated,
                sentence: [ctx.range.start, ctx.range.end],
                text: ctx.text.to_string(),
            });
        }
    }
    remember_claim(ctx, &out);
    out
}

/// The last claim of the latest sentence with one: (document, sentence start, member, status).
type LastClaim = ((usize, usize), usize, String, String);

/// What this stage remembers of the earlier sentences of a document, per thread: sentences of a document
/// reach this stage in order on one thread, so the memory is a thread-local keyed by the document text
/// ([`doc_key`]).
#[derive(Default)]
struct Memory {
    doc: (usize, usize),
    last_start: usize,
    sentence: usize,
    bloc: Option<(String, usize)>,
    /// Where the last [`RECENT`] sentences start, the latest last.
    recent: [usize; RECENT],
    /// Kept with its own document key when the rest is reset ([`remember_claim`], [`previous_claim`]).
    last_claim: Option<LastClaim>,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// The key of a document's text in [`Memory`]: where it is and how long.
fn doc_key(ctx: &SentenceCtx<'_>) -> (usize, usize) {
    (ctx.doc_text.as_ptr() as usize, ctx.doc_text.len())
}

fn remember_claim(ctx: &SentenceCtx<'_>, out: &[MembershipRec]) {
    if let Some(l) = out.last() {
        let doc = doc_key(ctx);
        MEMORY.with(|c| {
            c.borrow_mut().last_claim =
                Some((doc, ctx.range.start, l.member.clone(), l.status.clone()));
        });
    }
}

/// The member and status of the last claim of an earlier sentence of this document.
fn previous_claim(ctx: &SentenceCtx<'_>) -> Option<(String, String)> {
    let doc = doc_key(ctx);
    MEMORY.with(|c| {
        c.borrow()
            .last_claim
            .as_ref()
            .filter(|(d, start, ..)| *d == doc && *start < ctx.range.start)
            .map(|(_, _, m, s)| (m.clone(), s.clone()))
    })
}

/// Whether the first word after a cue (past its states and dates) is one that leaves its object out, or
/// there is none before the clause ends.
fn object_free(
    t: &Tables,
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    cue: &Cue,
    group: &Group<'_>,
) -> bool {
    let at = if group.start >= cue.end {
        group.end
    } else {
        cue.end
    };
    let rest = &ctx.doc_text[at..ctx.range.end.max(at)];
    let Some(tk) = tokens(rest).next() else {
        return true;
    };
    let (s, e) = (at + tk.start, at + tk.end);
    if dates.iter().any(|d| d.start <= s && e <= d.end) {
        return true;
    }
    match tk.kind {
        TokenKind::Punct | TokenKind::Number => true,
        TokenKind::Word => {
            let w = norm_word(&rest[tk.start..tk.end]);
            t.elision_ok.iter().any(|e| *e == w)
        }
    }
}

/// The bloc named last in the previous sentences of this document and how many sentences back, then
/// remembers this sentence's. The pipeline runs the stages over a document's sentences in order on one
/// thread, so the memory is a thread-local keyed by the document text.
///
/// A sentence that names no bloc but points back to it with a word for it ("The bank, proposed by Xi in
/// 2013, …", «Решение объявили на саммите организации») keeps it as near as if it had named it: the
/// distance counts from such a sentence right before this one ([`nearer`], looked for only when a claim
/// needs it).
fn recall(ctx: &SentenceCtx<'_>, blocs: &[&SentMention<'_>]) -> Option<Recalled> {
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        let doc = doc_key(ctx);
        if m.doc != doc || ctx.range.start < m.last_start || m.sentence == 0 {
            *m = Memory {
                doc,
                last_claim: m.last_claim.take(),
                ..Memory::default()
            };
        }
        m.sentence += 1;
        let now = m.sentence;
        let recalled = m.bloc.as_ref().map(|(b, at)| Recalled {
            bloc: b.clone(),
            distance: now - at,
            recent: m.recent,
        });
        m.recent.rotate_left(1);
        m.recent[RECENT - 1] = ctx.range.start;
        m.last_start = ctx.range.start;
        // The bloc a later sentence points back to is the first named, the sentence's topic, not one named
        // after it beside it ("held the first meeting of the G20, … a seat beside the G7. Russia is among
        // its founders"; "set up GUAM while attending a Council of Europe summit. Uzbekistan joined the
        // group"), unless it is only one of a list of parties ("nineteen countries and the European Union
        // held the first meeting of the G20").
        let coordinated = |b: &SentMention<'_>| {
            let before = last_words(norm_before(ctx, b.start), 2);
            let conjunction = |w: &&str| matches!(*w, "and" | "or" | "и" | "или");
            ctx.doc_text[..b.start].ends_with('و')
                || match before[..] {
                    [.., w] if conjunction(&w) => true,
                    [w, "the"] => conjunction(&w),
                    _ => false,
                }
        };
        // Nor one in an aside set between commas, a few words on either side ("Turkey, a NATO member, has
        // applied to join the SCO", «Турция, член НАТО, подала заявку», "تركيا، العضو في حلف شمال الأطلسي،").
        let aside = |b: &SentMention<'_>| {
            let words = |t: &str| tokens(t).filter(|tk| tk.kind == TokenKind::Word).count();
            let head = &ctx.doc_text[ctx.range.start.min(b.start)..b.start];
            let tail = &ctx.doc_text[b.end..ctx.range.end.max(b.end)];
            let opened = head
                .rfind([',', '،'])
                .is_some_and(|i| words(&head[i..]) <= ASIDE_WORDS);
            opened
                && tail
                    .find([',', '،'])
                    .is_some_and(|i| words(&tail[..i]) <= ASIDE_WORDS)
        };
        if let Some(topic) = blocs
            .iter()
            .filter(|b| !coordinated(b) && !aside(b))
            .min_by_key(|b| b.start)
            .or_else(|| blocs.iter().min_by_key(|b| b.start))
        {
            m.bloc = Some((topic.id.to_string(), now));
        }
        recalled
    })
}

/// How many earlier sentences [`recall`] looks back through for a word pointing back to the bloc.
const RECENT: usize = 1;
/// How many words an aside between commas may hold on either side of a bloc that [`recall`] then passes over.
const ASIDE_WORDS: usize = 3;

/// A bloc named in an earlier sentence of the document ([`recall`]).
struct Recalled {
    bloc: String,
    /// How many sentences back it was named.
    distance: usize,
    /// Where the [`RECENT`] sentences before this one start, the latest last.
    recent: [usize; RECENT],
}

/// How many sentences back the recalled bloc was named or last pointed back to: the sentences between
/// its own and this one, the nearest first, are read for a word for it ([`points_back`]). Only read for a
/// claim without a bloc of its own, so those sentences are normalised here.
fn nearer(ctx: &SentenceCtx<'_>, r: &Recalled) -> usize {
    let between = r.distance.saturating_sub(1).min(RECENT);
    for k in 0..between {
        let start = r.recent[RECENT - 1 - k];
        let end = if k == 0 {
            ctx.range.start
        } else {
            r.recent[RECENT - k]
        };
        let sentence = ctx.doc_text.get(start..end).unwrap_or("");
        if !sentence.is_empty() && points_back(&normalize(sentence)) {
            return k + 1;
        }
    }
    r.distance
}

/// Whether normalised text holds a word pointing back to a bloc named earlier: "the bloc", "التكتل" (also
/// with a proclitic, "وللتكتل"), «организация».
fn points_back(n: &str) -> bool {
    let t = tables();
    tokens(n).any(|tk| {
        let w = &n[tk.start..tk.end];
        let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ك']);
        t.anaphor_words.contains(w)
            || t.anaphor_words.contains(bare)
            // ل before the article drops its alif: ل + التكتل = للتكتل.
            || bare
                .strip_prefix("لل")
                .is_some_and(|rest| t.anaphor_rests.contains(rest))
    })
}

/// Runs of country mentions joined only by separators and conjunctions; `loose` also joins mentions
/// separated by white space alone.
fn groups<'a>(ctx: &SentenceCtx<'a>, loose: bool) -> Vec<Group<'a>> {
    let mut out: Vec<Group<'a>> = Vec::new();
    // Per group: its mentions, and whether a word joins them ("and", "و", «и», "along with").
    let mut parts: Vec<(Spans<'a>, bool)> = Vec::new();
    for m in ctx
        .mentions
        .iter()
        // Adjectives modify other nouns ("the American foreign minister", "the Kazakh capital"); a
        // member is named by its name, its capital or an alias.
        .filter(|m| {
            m.kind == Kind::Country
                && m.form != Form::Adjective
                && !locative_capital(ctx, m)
                && !hyphened(ctx, m)
        })
    {
        if let Some(last) = out.last_mut() {
            let gap = &ctx.doc_text[last.end.min(m.start)..m.start];
            if last.end <= m.start
                && (is_list_gap(gap)
                    || without_aside(ctx, gap, last.end).is_some_and(|g| is_list_gap(&g)))
                && (loose || !gap.trim().is_empty())
                && !list_closed(ctx, &ctx.doc_text[last.start..last.end], gap)
            {
                last.end = m.end;
                if !last.members.contains(&m.id) {
                    last.members.push(m.id);
                }
                if let Some((p, worded)) = parts.last_mut() {
                    p.push((m.start, m.end, m.id));
                    *worded |= tokens(gap).any(|tk| tk.kind == TokenKind::Word);
                }
                continue;
            }
        }
        out.push(Group {
            start: m.start,
            end: m.end,
            members: vec![m.id],
        });
        parts.push((smallvec::smallvec![(m.start, m.end, m.id)], false));
    }
    // "After years of talks with Brussels and a dispute with Moscow, Georgia joined": states joined by commas
    // alone, with no word closing the list, are the end of a fronted phrase and the subject after it, not a
    // list (a list of the text's closes with "and", "و", «и»; a bracketed one is `loose`).
    // (The list may close past its last state: «Китай, Россия, Иран и страны Центральной Азии».)
    let closes_after = |end: usize| {
        let rest = norm_range(ctx, end, ctx.range.end);
        tokens(rest)
            .find(|tk| tk.kind == TokenKind::Word)
            .is_some_and(|tk| {
                let w = &rest[tk.start..tk.end];
                matches!(w, "and" | "or" | "и" | "или" | "а") || w.starts_with('و')
            })
    };
    let split_here = |p: &[(usize, usize, &str)], worded: bool| {
        p.len() > 1 && !worded && !p.last().is_some_and(|&(_, e, _)| closes_after(e))
    };
    if !loose && parts.iter().any(|(p, worded)| split_here(p, *worded)) {
        out = parts
            .into_iter()
            .zip(out)
            .flat_map(|((p, worded), g)| {
                let split: SmallVec<[Group<'a>; 4]> = if split_here(&p, worded) {
                    p.iter()
                        .map(|&(start, end, id)| Group {
                            start,
                            end,
                            members: vec![id],
                        })
                        .collect()
                } else {
                    smallvec::smallvec![g]
                };
                split
            })
            .collect();
    }
    if loose {
        return out;
    }
    // The sentence's first state, for "the country" after it; none when the sentence names no state.
    let first_state = out.first().map(|g| (g.end, g.members[0]));
    if out.is_empty() {
        out.extend(anaphor_group(ctx));
    }
    // "announced the country's withdrawal from", «объявил о выходе страны из», "انسحاب البلاد من": a word
    // for the state after the sentence's first state stands for that state, where it stands; "whose
    // country", "his country", «чья страна», "بلاده" for the country of the one just named, a state, the
    // state of a person, or a state named by its demonym (eval/README, session 26 (c)), also in a sentence
    // that names no state by its name ("Luis Arce, whose country is a member of Mercosur").
    let n = ctx.norm.as_str();
    let after_first = first_state.map(|(end, _)| norm_at(ctx, end));
    let mut at = 0;
    while let Some((s, e, own)) = country_word(n, at) {
        at = e;
        // "the country" only after the first state; "whose country" wherever it stands ("Nicolás Maduro, whose
        // country …, said Moscow backed Venezuela").
        if !own && after_first.is_none_or(|f| s < f) {
            continue;
        }
        let (start, end) = (
            ctx.range.start + ctx.norm.orig_start(s),
            ctx.range.start + ctx.norm.orig_end(e),
        );
        let lead = if own {
            // The one just named: the nearest state, person or company before the word ("France's
            // president praised the Hungarian leader, whose country …"); a capital places the one just
            // named, it is not his country ("… في القاهرة، بصفة بلاده").
            let nearest = ctx
                .mentions
                .iter()
                .filter(|m| m.end <= start)
                .filter(|m| match m.kind {
                    Kind::Country => m.form != Form::Capital,
                    Kind::Person | Kind::Company => m.country.is_some(),
                    _ => false,
                })
                .max_by_key(|m| m.end);
            match nearest {
                Some(m) if m.kind == Kind::Country => m.id,
                Some(m) => match m.country {
                    Some(c) => c,
                    None => continue,
                },
                None => match first_state {
                    Some((_, lead)) if after_first.is_some_and(|f| s >= f) => lead,
                    _ => continue,
                },
            }
        } else {
            match first_state {
                Some((_, lead)) => lead,
                None => continue,
            }
        };
        // «страны НАТО» are the bloc's states (the plural), not the country's.
        let of_bloc = ctx.mentions.iter().any(|m| {
            m.kind == Kind::Bloc && m.start >= end && ctx.doc_text[end..m.start].trim().is_empty()
        });
        if !of_bloc && !out.iter().any(|g| g.start < end && start < g.end) {
            out.push(Group {
                start,
                end,
                members: vec![lead],
            });
        }
    }
    out.sort_by_key(|g| g.start);
    out
}

/// Whether a person or company standing for a state is followed by a word for their own country ("Luis Arce,
/// whose country is a member of Mercosur", «Теббун, чья страна входит в ОПЕК», "تبون، الذي تنتمي بلاده"):
/// then a sentence naming no state by its name may still claim a membership ([`groups`]).
fn own_country_of_person(ctx: &SentenceCtx<'_>) -> bool {
    let Some(first) = ctx
        .mentions
        .iter()
        .find(|m| matches!(m.kind, Kind::Person | Kind::Company) && m.country.is_some())
    else {
        return false;
    };
    let n = ctx.norm.as_str();
    let mut at = norm_at(ctx, first.end);
    while let Some((_, e, own)) = country_word(n, at) {
        if own {
            return true;
        }
        at = e;
    }
    false
}

/// The next word for "the country" in the normalised sentence `n` from byte `from` ("the country's", «страны из»,
/// «страна», "البلاد", with a proclitic; "whose country", "his country", "بلاده"), as its span.
fn country_word(n: &str, from: usize) -> Option<(usize, usize, bool)> {
    let mut at = from;
    while at < n.len() {
        let rest = &n[at..];
        let tk = tokens(rest).find(|tk| tk.kind == TokenKind::Word)?;
        let (s, e) = (at + tk.start, at + tk.end);
        let w = &n[s..e];
        let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        // «страны» is also the plural ("обе страны входят"): the genitive only before the preposition of its
        // noun («о выходе страны из», «вступлении страны в»).
        let genitive = || {
            tokens(&n[e..])
                .find(|tk| tk.kind == TokenKind::Word)
                .is_some_and(|tk| matches!(&n[e + tk.start..e + tk.end], "из" | "в" | "во" | "к"))
        };
        // "بلاده", "وبلادها", "لبلاده": the country of the one just named ("الرئيس الإندونيسي … انسحاب بلاده").
        let own = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if matches!(w, "страна" | "страну" | "стране")
            || (w == "страны" && genitive())
            || bare == "البلاد"
            || bare == "لبلاد"
        {
            // «чья страна», «его страна»: the country of the one just named.
            let own = matches!(
                last_words(&n[..s], 1)[..],
                ["чья" | "чьей" | "чью" | "его" | "ее"]
            );
            return Some((s, e, own));
        }
        if matches!(own, "بلاده" | "بلادها" | "لبلاده" | "لبلادها") {
            return Some((s, e, true));
        }
        // "the country", and the country of the one just named: "Hungarian Prime Minister Viktor Orban, whose
        // country holds the EU's rotating presidency", "Mongolia's prime minister said his country".
        if w == "country" {
            if let Some(det) = ["the ", "whose ", "his ", "her "]
                .iter()
                .find(|d| n[..s].ends_with(*d))
            {
                return Some((s - det.len(), e, *det != "the "));
            }
        }
        at = e;
    }
    None
}

/// "انضمت مصر مع إثيوبيا إلى بريكس": the states after «مع» right after the subject of an Arabic verb-first cue
/// (the subject touching its verb) are its companions in the claim (the English "together with", «вместе с»
/// are list gaps already). Not after a subject set apart from its verb ("ناقشت تركيا مع روسيا طلب انضمامها"),
/// nor after an object or apposition ("تتفاوض أرمينيا مع أذربيجان، العضو في").
fn ar_companions<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    cue: &Cue,
    claimed: &Group<'_>,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::Ar
        || claimed.start < cue.end
        || !norm_range(ctx, cue.end, claimed.start).trim().is_empty()
    {
        return None;
    }
    groups
        .iter()
        .find(|g| g.start >= claimed.end)
        .filter(|g| norm_range(ctx, claimed.end, g.start).trim() == "مع")
}

/// Whether a gap that would join a list opens a new clause instead: an English ", and" after a list that
/// already closed with "and" ("the founders were Russia, Belarus and Kazakhstan, and Armenia joined
/// later"), and the Russian contrastive ", а" alone («…Киргизия и Таджикистан, а Армения заморозила
/// участие»; «а также», «а затем» still join a list).
fn list_closed(ctx: &SentenceCtx<'_>, list: &str, gap: &str) -> bool {
    if !gap.contains(',') {
        return false;
    }
    let words = || {
        tokens(gap)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| &gap[tk.start..tk.end])
    };
    match ctx.lang {
        blocwatch_text::Lang::En => {
            words().any(|w| w == "and")
                && tokens(list)
                    .any(|tk| tk.kind == TokenKind::Word && &list[tk.start..tk.end] == "and")
        }
        blocwatch_text::Lang::Ru => words().eq(["а"]),
        _ => false,
    }
}

/// The word opening the sentence that points back at one state ("The country has been an ASEAN member
/// since 1997", "والبلاد عضو في", «Страна входит в АСЕАН»), as normalised offsets, when the sentence
/// names no state of its own.
fn opening_anaphor(ctx: &SentenceCtx<'_>) -> Option<(usize, usize)> {
    let n = ctx.norm.as_str();
    let t = tables();
    let mut words = tokens(n).filter(|tk| tk.kind == TokenKind::Word);
    let first = words.next()?;
    let w = &n[first.start..first.end];
    let bare = w
        .strip_prefix('و')
        .filter(|b| b.starts_with("ال") || *b == "هي")
        .unwrap_or(w);
    if t.state_anaphors.iter().any(|a| a == bare) {
        return Some((first.start, first.end));
    }
    let second = words.next()?;
    // An Arabic copula with its subject dropped ("وكانت من الدول الست المؤسسة للمنظمة", "وتعد عضوا
    // في"): the verb stands for the state, unless a definite noun after it is its subject ("وكانت
    // الحكومة قد…").
    let verb = w.strip_prefix('و').unwrap_or(w);
    if t.prodrop.iter().any(|v| v == verb) {
        let subject = &n[second.start..second.end];
        if !subject.starts_with("ال") {
            return Some((first.start, first.end));
        }
        // "وكانت البلاد قد تقدمت بطلب", "وأصبحت المملكة": the copula's subject is a word for the state.
        if t.state_anaphors.iter().any(|a| a == subject) {
            return Some((first.start, second.end));
        }
    }
    // Two-word anaphors: "the country", "the kingdom".
    let two = &n[first.start..second.end];
    t.state_anaphors
        .iter()
        .any(|a| a == two)
        .then_some((first.start, second.end))
}

/// The state an opening anaphor ([`opening_anaphor`]) stands for: the first state named in the sentence
/// before ("Myanmar's military seized power on Monday. The country has been an ASEAN member since 1997"),
/// as a one-state group standing where the anaphor stands.
fn anaphor_group<'a>(ctx: &SentenceCtx<'a>) -> Option<Group<'a>> {
    if ctx.earlier.is_empty() || ctx.mentions.iter().any(|m| m.kind == Kind::Country) {
        return None;
    }
    let (s, e) = opening_anaphor(ctx)?;
    let prev = previous_sentence_start(ctx.doc_text, ctx.range.start);
    let lead = ctx
        .earlier
        .iter()
        .find(|m| m.start >= prev && m.kind == Kind::Country)?;
    Some(Group {
        start: ctx.range.start + ctx.norm.orig_start(s),
        end: ctx.range.start + ctx.norm.orig_end(e),
        members: vec![lead.id],
    })
}

/// A list gap without the aside in brackets that it holds, when no name stands inside the brackets:
/// "Russia and Belarus (both already in a customs union) and Kazakhstan".
fn without_aside(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> Option<String> {
    let (open, close) = (gap.find('(')?, gap.rfind(')')?);
    let named = ctx
        .mentions
        .iter()
        .any(|m| m.start < offset + close && offset + open < m.end);
    (close > open && !named && close - open <= 80)
        .then(|| format!("{} {}", &gap[..open], &gap[close + 1..]))
}

/// Whether a mention is a capital naming a place ("in Astana", "at the Kuala Lumpur summit", "في موسكو",
/// "в Минске"), not a state acting.
fn locative_capital(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    if m.form != Form::Capital {
        return false;
    }
    let before = &ctx.doc_text[ctx.range.start.min(m.start)..m.start];
    // A dateline: "ASTANA, June 9 —", "بروكسل، 4 أبريل/نيسان -", "ДУШАНБЕ, 10 февраля —".
    let after = ctx.doc_text[m.end..ctx.range.end.max(m.end)].trim_start();
    // "Warsaw, a member of NATO and the EU, …" opens with an apposition, not a dateline: a lower-case word
    // follows the comma.
    let apposition = after
        .strip_prefix(',')
        .and_then(|r| r.trim_start().chars().next())
        .is_some_and(char::is_lowercase);
    if !before.chars().any(char::is_alphanumeric)
        && after.starts_with([',', '،', '—', '-', '–'])
        && !apposition
    {
        return true;
    }
    // An Arabic preposition glued to the name ("بموسكو") leaves a letter right before the mention.
    if before.ends_with(['ب', 'ل']) {
        return true;
    }
    let words = last_words(norm_before(ctx, m.start), 2);
    let t = tables();
    // A summit named by its city: "قمة أستانا", "the Astana summit", "саммит Астана".
    if venue_beside(&t.venues, &next_word(ctx, m.end), words.last().copied()) {
        return true;
    }
    words.iter().rev().take(2).enumerate().any(|(i, w)| {
        t.locatives.iter().any(|l| l == w)
            && (i == 0 || matches!(words.last().copied(), Some("the" | "a")))
    })
}

/// Whether the text between two mentions only separates list items: separators, conjunctions and the
/// two-word connectors of lists ("along with", "вместе с", "إضافة إلى", "إلى جانب").
pub(crate) fn is_list_gap(gap: &str) -> bool {
    if gap.len() > 40 {
        return false;
    }
    // The word a connector's second half needs before it ("with" after "along"), normalised.
    let mut prev: Option<Cow<'_, str>> = None;
    tokens(gap).all(|t| {
        let w = &gap[t.start..t.end];
        // A word normalisation leaves as it is is its own lower case too.
        let mut lower = Cow::Borrowed(w);
        if t.kind == TokenKind::Word {
            let n = norm_word(w);
            if matches!(n, Cow::Owned(_)) {
                lower = Cow::Owned(w.to_lowercase());
            }
            let first = prev.replace(n.clone());
            let pair = |a: &str, b: &str| first.as_deref() == Some(a) && n == b;
            if matches!(
                n.as_ref(),
                "along"
                    | "together"
                    | "then"
                    | "вместе"
                    | "затем"
                    | "потом"
                    | "اضافه"
                    | "بالاضافه"
                    | "جانب"
                    | "فضلا"
            ) || pair("along", "with")
                || pair("together", "with")
                || pair("вместе", "с")
                || pair("اضافه", "الي")
                || pair("بالاضافه", "الي")
                || pair("فضلا", "عن")
                || (n == "الي" && gap[t.end..].trim_start().starts_with("جانب"))
            {
                return true;
            }
        }
        match t.kind {
            TokenKind::Punct => matches!(
                w,
                "," | "،"
                    | "-"
                    | "–"
                    | "—"
                    | "/"
                    | "("
                    | ")"
                    | "&"
                    | "\""
                    | "«"
                    | "»"
                    | "'"
                    | "“"
                    | "”"
            ),
            // "أو" is compared normalised, so that its spelling without the hamza ("او") is a gap too.
            TokenKind::Word => {
                matches!(
                    lower.as_ref(),
                    "and" | "the" | "as" | "well" | "و" | "и" | "а" | "также" | "или" | "or" | "ثم"
                ) || norm_word(w) == "او"
            }
            TokenKind::Number => false,
        }
    })
}

/// The cues of the sentence with their negation and modality. Hypothetical ones ("if Armenia left", "لو
/// انضمت", "если бы") are dropped: they claim nothing.
fn cues(ctx: &SentenceCtx<'_>, hits: &[Hit]) -> Vec<Cue> {
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
    for &Hit { s, e, pat } in hits {
        let meta = t.meta[pat];
        if meta.status == "none" || !stem_match_ok(n, s, e) {
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
                ) || {
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
        // "Moldova would stay in the CIS", «Армения останется в ОДКБ»: staying, even promised, is a status
        // held now; a condition ("if", «если») still governs it.
        let staying = t.staying.iter().any(|p| p == &n[s..e]);
        if staying && !stays_in(ctx, base + norm.orig_end(e)) {
            continue;
        }
        if before
            .iter()
            .any(|w| hypothetical(t, w) && !(staying && t.future_aux.iter().any(|f| f == w)))
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
        if !office && !staying && future_before(t, clause_before(n, s)) {
            continue;
        }
        if matches!(meta.status, "suspended" | "former") && !freezes_membership(ctx, n, s, e) {
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
            verbs.extend(last_words(p, 2));
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
            let next: SmallVec<[&str; 5]> = tokens(&n[e..])
                .filter(|tk| tk.kind == TokenKind::Word)
                .take(5)
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
            "member" => {
                let from = clause_start(n, s);
                before
                    .iter()
                    .copied()
                    .filter(|w| w.as_ptr() as usize - n.as_ptr() as usize >= from)
                    .collect()
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
        if governed(&t.invitations) {
            continue;
        }
        // «Статус партнёра БРИКС был предложен Вьетнаму»: the offer named after the status, in its clause.
        if matches!(meta.status, "partner" | "observer" | "dialogue_partner")
            && tokens(&n[e..])
                .take_while(|tk| tk.kind != TokenKind::Punct)
                .filter(|tk| tk.kind == TokenKind::Word)
                .take(4)
                .any(|tk| {
                    t.offered_after
                        .iter()
                        .any(|o| *o == n[e + tk.start..e + tk.end])
                })
        {
            continue;
        }
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
        } else if membership_noun && verb_is(&t.split_end, "former") {
            "former"
        } else if let Some(passive) = membership_noun.then(|| passive_after(&n[e..])).flatten() {
            passive
        } else if membership_noun && suspended_beside(t, ctx.lang, &before, &n[e..]) {
            "suspended"
        } else {
            meta.status
        };
        // "Ukraine applied for NATO membership", "an application for EU membership": the bare noun after
        // a bloc's name claims only as the object of an application ("Ukraine's NATO membership is not on
        // the table" affirms nothing).
        // A verb of taking effect after it affirms it ("Sweden's NATO membership took effect in March").
        if meta.touching
            && &n[s..e] == "membership"
            && status != "applicant"
            && !takes_effect(t, &n[e..])
        {
            continue;
        }
        // "its members", "его членов": the bloc's members, named after the noun if at all — not the
        // sentence's subject ("Грузия, покинувшая СНГ, сохранила безвизовый режим с рядом его членов").
        let owned_members = before
            .last()
            .is_some_and(|w| t.possessives.iter().any(|p| p == w))
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
        let object_members = meta.status == "member"
            && plural_members(&n[s..e])
            && after_preposition(ctx, base, base + norm.orig_start(s));
        // Only the cue's own clause: in "امتنعت البرازيل والهند، العضوان في بريكس، عن التصويت" the
        // abstention is the sentence's act, not a refused membership.
        let in_clause = |w: &&str| w.as_ptr() as usize - n.as_ptr() as usize >= clause_from;
        // "لم تعد بريطانيا عضواً", «больше не входит», "is no longer an OPEC member": a membership the
        // negation says has ended is `former`, not a negated `member`.
        let ended = status == "member"
            && before
                .iter()
                .enumerate()
                .filter(|(_, w)| in_clause(w))
                .any(|(i, w)| {
                    negates(t, n, &before, i, w)
                        && no_longer(t, &before, i)
                        // "no longer interested in joining", «больше не заинтересована во вступлении», "لم
                        // تعد مهتمة بالانضمام": an interest has ended, not a membership.
                        && !before[i..].iter().any(|x| t.interest.matches(x))
                });
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
                    .filter(|(_, w)| in_clause(w))
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
                            // Whether any word is in each set, in one walk over the tokens.
                            let (mut refusal, mut pending) = (false, false);
                            for tk in tokens(n).filter(|tk| tk.kind == TokenKind::Word) {
                                let w = &n[tk.start..tk.end];
                                refusal = refusal || t.offer_refused.matches(w);
                                pending = pending || t.offer_pending.matches(w);
                                if refusal && pending {
                                    break;
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
                    && before
                        .iter()
                        .rev()
                        .take(2)
                        .any(|w| t.subject_pronouns.iter().any(|p| p == w))),
            singular: before
                .iter()
                .rev()
                .take(2)
                .any(|w| t.singular_pronouns.iter().any(|p| p == w)),
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
        if clause && words <= 3 && out[i].status == "applicant" && lesser_status(out[i + 1].status)
        {
            out.drain(i..i + 2);
        } else if clause && words <= 1 && out[i].status != "same" && out[i + 1].status != "same" {
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
            if out[i].status == "member" {
                out[i].status = next.status;
            }
            out[i].negated |= next.negated;
        } else {
            i += 1;
        }
    }
    out
}

/// "was frozen", "were suspended", "has been revoked" in the clause after an English membership noun (past
/// its bloc): what became of the membership.
fn passive_after(after: &str) -> Option<&'static str> {
    let mut prev = "";
    for tk in tokens(after) {
        let w = &after[tk.start..tk.end];
        if tk.kind == TokenKind::Punct && matches!(w, "," | ";" | "." | "(") {
            break;
        }
        if tk.kind != TokenKind::Word {
            continue;
        }
        if matches!(prev, "was" | "were" | "been" | "is" | "be") {
            match w {
                "frozen" | "suspended" => return Some("suspended"),
                "revoked" | "terminated" => return Some("former"),
                _ => {}
            }
        }
        prev = w;
    }
    None
}

/// Whether a word of suspending stands beside a membership noun: the word right before it, or (Arabic and
/// Russian, whose participles and adjectives follow the noun and its bloc) one of the next four words of
/// its clause. English after the noun needs "was"/"were" ([`passive_after`]).
fn suspended_beside(t: &Tables, lang: blocwatch_text::Lang, before: &[&str], after: &str) -> bool {
    // A suspension lifted ("сняло приостановку членства", "رفع تعليق عضوية") is none.
    if let [.., lift, prev] = before {
        if t.suspending.matches(prev) {
            return !t.lifting.matches(lift.trim_start_matches(['و', 'ف']));
        }
    } else if before.last().is_some_and(|w| t.suspending.matches(w)) {
        return true;
    }
    if lang == blocwatch_text::Lang::En {
        return false;
    }
    for tk in tokens(after).take(8) {
        let w = &after[tk.start..tk.end];
        match tk.kind {
            TokenKind::Punct if matches!(w, "," | ";" | "." | "(" | "،" | "؛") => return false,
            TokenKind::Word if t.suspending.matches(w) => return true,
            _ => {}
        }
    }
    false
}

/// Whether a normalised `member` cue names the members as a plural noun ("member states", "الدول الأعضاء").
fn plural_members(cue: &str) -> bool {
    matches!(
        cue,
        "members" | "member states" | "member countries" | "member nations"
    ) || cue.contains("اعضاي")
}

/// Whether the word before the cue at `cue_at` (past a bloc named right before it and an article) is a
/// preposition that makes the cue's noun an object: "to", "with", "against", "إلى", "مع", "ضد".
fn after_preposition(ctx: &SentenceCtx<'_>, base: usize, cue_at: usize) -> bool {
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
    let word = if matches!(last, "the" | "a" | "an") {
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

/// Whether the states of `g` follow "after"/"بعد"/"после" closing a clause with an ordinal: "NATO's seventh
/// Mediterranean partner, after Egypt", "سابع شريك فيه بعد مصر", "седьмым партнёром после Египта".
fn counted_before(ctx: &SentenceCtx<'_>, g: &Group<'_>) -> bool {
    let words = last_words(norm_before(ctx, g.start), 8);
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    // "after Hungary ratified its bid" opens a clause: the list must end its own ("after Egypt and Jordan.").
    let rest_of = ctx.doc_text[g.end..ctx.range.end.max(g.end)].trim_start();
    matches!(last, "after" | "بعد" | "после")
        && rest.iter().any(|w| ordinal(w))
        && (rest_of.is_empty() || rest_of.starts_with(['.', ',', ';', '،', '؛', ')', '!', '?']))
}

/// An ordinal from second on (`31st` too) in English, Arabic or Russian, normalised: English second to
/// twelfth and the -teenth and -ieth words ("thirteenth", "twentieth"; "twenty-first" ends with an ordinal); the
/// Arabic second to tenth and "حادي" (the "eleventh" of "الحادي عشر", "الحادي والعشرين": the other compounds end
/// with a unit's ordinal, "الثاني عشر"); the Russian stems from second to tenth, the -надцат- teens and
/// twentieth and thirtieth, each with an adjective ending.
fn ordinal(w: &str) -> bool {
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
    digits
        || EN.contains(&w)
        || en_long
        || AR.iter().any(|s| ar.starts_with(s))
        || RU_ENDINGS
            .iter()
            .any(|end| w.strip_suffix(end).is_some_and(ru_stem))
}

/// "علّقت جامعة الدول العربية في الثاني والعشرين من فبراير 2011 مشاركة ليبيا": an Arabic verb of suspending
/// or ending, its bloc, at most a date, then the word membership or participation and the state it belongs
/// to. Returns the group, the status and the bloc.
fn verb_bloc_noun_claims<'g, 'a, 'm>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &'g [Group<'a>],
    blocs: &[&'m SentMention<'m>],
) -> Vec<(&'g Group<'a>, &'static str, &'m SentMention<'m>)> {
    let t = tables();
    let mut out = Vec::new();
    for g in groups {
        let before = &ctx.doc_text[ctx.range.start..g.start];
        let trimmed = before.trim_end();
        let noun_start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !blocwatch_text::is_word_char(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let noun = norm_word(&trimmed[noun_start..]);
        let noun = noun.trim_start_matches(['و', 'ف', 'ب']);
        let noun = noun.strip_prefix("ال").unwrap_or(noun);
        if !matches!(noun, "مشاركه" | "عضويه") {
            continue;
        }
        let noun_at = ctx.range.start + noun_start;
        let Some(&bloc) = blocs
            .iter()
            .filter(|b| b.end <= noun_at && b.start >= ctx.range.start)
            .max_by_key(|b| b.end)
        else {
            continue;
        };
        // Only a date (and its preposition, "في", "منذ", "يوم") between the bloc and the noun.
        let gap = &ctx.doc_text[bloc.end..noun_at];
        let words = tokens(gap)
            .filter(|tk| tk.kind == TokenKind::Word)
            .filter(|tk| {
                let (s, e) = (bloc.end + tk.start, bloc.end + tk.end);
                let w = norm_word(&gap[tk.start..tk.end]);
                !in_date(dates, s, e) && !t.date_prepositions.iter().any(|p| *p == w)
            })
            .count();
        if words > 0 || gap.contains([',', '،', '.', ';', '؛']) {
            continue;
        }
        // "علقت السوق المشتركة الجنوبية (ميركوسور) عضوية فنزويلا": the verb stands before the name the
        // bracketed acronym repeats.
        let head = bracketed_repeat(ctx, blocs, bloc).unwrap_or(bloc);
        // The verb stands right before the bloc, or before the body of it that acts ("علّق مجلس السلم والأمن
        // التابع للاتحاد الأفريقي الاثنين عضوية النيجر"): the nearest verb of suspending or ending among the
        // six words before the bloc, in its clause.
        let status = last_words(
            clause_before(ctx.norm.as_str(), norm_at(ctx, head.start)),
            6,
        )
        .iter()
        .rev()
        .find_map(|w| {
            let forms = unglued(w);
            if t.split_suspend.iter().any(|v| forms.contains(&v.as_str())) {
                Some("suspended")
            } else if t.split_end.iter().any(|v| forms.contains(&v.as_str())) {
                Some("former")
            } else {
                None
            }
        });
        if let Some(status) = status {
            out.push((g, status, bloc));
        }
    }
    out
}

/// «объявил о создании рабочей группы ШОС»: a Russian founding cue whose bloc comes after other words
/// founds what its first word names (a body of the bloc), not the bloc. Dates and their preposition may
/// stand first («о создании в 2001 году ШОС»); a word for a bloc («основали объединение») or a second
/// founding word («договор о создании ЕАЭС») keeps the founding the bloc's.
fn founds_other(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    cue: &Cue,
    bloc: &SentMention<'_>,
) -> bool {
    if bloc.start < cue.start && founds_new_body(ctx, dates, cue) {
        return true;
    }
    if ctx.lang == blocwatch_text::Lang::Ar {
        return ar_founds_other(ctx, dates, cue);
    }
    if ctx.lang != blocwatch_text::Lang::Ru {
        return false;
    }
    if bloc.start < cue.end {
        return noun_of_other(ctx, dates, cue);
    }
    let t = tables();
    let gap = &ctx.doc_text[cue.end..bloc.start]; // A cue matched as a stem ends inside its word («основатель|ниц»): the word's tail is the cue's.
    let in_word = gap.chars().next().is_some_and(blocwatch_text::is_word_char);
    // «Созданный Россией, Белоруссией и Казахстаном, ЕАЭС…»: the founders in the instrumental (or an inverted
    // subject, «создали Китай и Россия ШОС») between the verb and its bloc are no object of their own.
    let founder_word = |s: usize, e: usize| {
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.start < e && s < m.end)
            || norm_range(ctx, s, e) == "и"
    };
    let Some(tk) = tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .find(|tk| {
            let (s, e) = (cue.end + tk.start, cue.end + tk.end);
            let tail = in_word && tk.start == 0;
            let dated = in_date(dates, s, e);
            !(tail || dated || founder_word(s, e) || matches!(norm_range(ctx, s, e), "в" | "во"))
        })
    else {
        return false;
    };
    let first = norm_range(ctx, cue.end + tk.start, cue.end + tk.end);
    let rest = norm_range(ctx, cue.end + tk.start, bloc.start);
    // «создали собственный Альянс государств Сахеля»: a word of novelty or ownership right before the
    // bloc's own name is said of that bloc, which the verb founds.
    if t.new_body.iter().any(|w| w == first)
        && ctx.doc_text[cue.end + tk.end..bloc.start].trim().is_empty()
    {
        return false;
    }
    !t.anaphor_words.contains(first)
        && !walk_words(rest)
            .cues
            .iter()
            .any(|h| h.s == 0 && t.meta[h.pat].status == "founder")
}

/// "Mali, Burkina Faso and Niger, which quit ECOWAS in January, have set up a confederation of their own",
/// «…, вышедшие из ЭКОВАС, создали собственную конфедерацию»: a founding verb whose object (past its date)
/// opens with an article or a word of novelty or ownership founds that new body, not the bloc before it.
fn founds_new_body(ctx: &SentenceCtx<'_>, dates: &[DateHit], cue: &Cue) -> bool {
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    let Some(tk) = tokens(after).find(|tk| {
        let (s, e) = (cue.end + tk.start, cue.end + tk.end);
        !in_date(dates, s, e)
    }) else {
        return false;
    };
    let (s, e) = (cue.end + tk.start, cue.end + tk.end);
    tk.kind == TokenKind::Word && tables().new_body.iter().any(|w| w == norm_range(ctx, s, e))
}

/// "اقترحت روسيا على دول بريكس إنشاء منصة استثمارية", "اتفاقاً مع روسيا لإنشاء مركز للغاز": an Arabic noun of
/// founding governs the noun right after it (past a date); when that is neither a bloc nor a bloc's head noun
/// before one ("إنشاء منظمة شنغهاي"), it founds that, not the bloc. A pronoun glued to the noun ("منذ
/// تأسيسها") is the bloc.
fn ar_founds_other(ctx: &SentenceCtx<'_>, dates: &[DateHit], cue: &Cue) -> bool {
    let t = tables();
    if !t
        .founding_nouns
        .iter()
        .any(|f| f == norm_range(ctx, cue.start, cue.end))
    {
        return false;
    }
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    if after
        .chars()
        .next()
        .is_some_and(blocwatch_text::is_word_char)
    {
        return false;
    }
    let bloc_at = |s: usize, e: usize| {
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Bloc && m.start < e && s < m.end)
    };
    let mut words = tokens(after)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| (cue.end + tk.start, cue.end + tk.end))
        .filter(|&(s, e)| !in_date(dates, s, e));
    let Some((s, e)) = words.next() else {
        return false;
    };
    if bloc_at(s, e) {
        return false;
    }
    let w = norm_range(ctx, s, e);
    let head = t.anaphor_rests.contains(w);
    !(head && words.next().is_some_and(|(s, e)| bloc_at(s, e)))
}

/// «Иран, присоединившийся к БРИКС в 2024 году, добивается создания общей платежной системы»: a Russian
/// noun of founding («создания», «учреждении», «основание») after its bloc whose next word (past a date and
/// «в») is neither a state nor a relative pronoun governs its own object: it founds that, not the bloc.
fn noun_of_other(ctx: &SentenceCtx<'_>, dates: &[DateHit], cue: &Cue) -> bool {
    let n = norm_range(ctx, cue.start, cue.end);
    if !(n.ends_with("ия") || n.ends_with("ии") || n.ends_with("ие")) {
        return false;
    }
    let t = tables();
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    let Some(tk) = tokens(after).find(|tk| {
        let (s, e) = (cue.end + tk.start, cue.end + tk.end);
        tk.kind != TokenKind::Word
            || !(in_date(dates, s, e) || matches!(norm_range(ctx, s, e), "в" | "во"))
    }) else {
        return false;
    };
    let (s, e) = (cue.end + tk.start, cue.end + tk.end);
    tk.kind == TokenKind::Word
        && !ctx.mentions.iter().any(|m| m.start < e && s < m.end)
        && !t.relatives.iter().any(|r| r == norm_range(ctx, s, e))
}

/// "the 54th state of the African Union", "the fifth nation in ASEAN": after an ordinal, a touching word
/// reaches the bloc after it across "of"/"in" and "the". Returns where in `n` the words it skips end.
fn ordinal_reach(n: &str, s: usize, e: usize) -> Option<usize> {
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

/// The mention of the same bloc that a bracketed name repeats ("السوق المشتركة الجنوبية (ميركوسور)",
/// "the Southern African Development Community (SADC)"): nothing but an opening bracket between them.
fn bracketed_repeat<'m>(
    ctx: &SentenceCtx<'_>,
    blocs: &[&'m SentMention<'m>],
    bloc: &SentMention<'_>,
) -> Option<&'m SentMention<'m>> {
    blocs.iter().copied().find(|b| {
        b.id == bloc.id && b.end <= bloc.start && ctx.doc_text[b.end..bloc.start].trim() == "("
    })
}

/// How many words of `gap` (at `offset`) are a preposition right before a date ("in", "on", "в", "في").
fn prepositions_before_dates(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    gap: &str,
    offset: usize,
) -> usize {
    tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| {
            let next = offset + tk.end + (gap[tk.end..].len() - gap[tk.end..].trim_start().len());
            matches!(
                norm_word(&gap[tk.start..tk.end]).as_ref(),
                "in" | "on" | "в" | "во" | "في"
            ) && dates.iter().any(|d| d.start == next)
                && !ctx.mentions.iter().any(|m| m.start == next)
        })
        .count()
}

/// Whether the document range `[s, e)` overlaps a date.
fn in_date(dates: &[DateHit], s: usize, e: usize) -> bool {
    dates.iter().any(|d| d.start < e && s < d.end)
}

/// Whether the word `w`, the `i`-th of the words before a cue, negates it: a negation that is not an
/// unglued contraction, nor the "لا"/"ما" of an Arabic verb of "still" ("لا تزال عضوا", "still a member").
fn negates(t: &Tables, n: &str, before: &[&str], i: usize, w: &str) -> bool {
    t.negations.matches(w)
        && !unglued_contraction(n, w)
        && !before
            .get(i + 1)
            .is_some_and(|next| t.still.iter().any(|s| s == next))
}

/// How many words of its clause before a member noun that names a join's seat ([`seat_of_join`]) are read for
/// a wish or an invitation: "Thailand hopes to join BRICS as a full member" has five words between the wish and
/// the noun, and a clause rarely holds more before the join's opener.
const SEAT_GOVERNOR_REACH: usize = 10;

/// Whether the member noun at `s` of the normalised sentence `n` names a join's seat: an `in_full_opener`
/// ("as", «в качестве», "بصفة") among the three words before it, or an `in_full_prefix` (the Arabic "ك") written on
/// it ("كعضو").
fn seat_of_join(t: &Tables, n: &str, s: usize) -> bool {
    let head = &n[..s];
    let glued = t.in_full_prefixes.iter().any(|p| {
        head.strip_suffix(p.as_str()).is_some_and(|h| {
            !h.chars()
                .next_back()
                .is_some_and(blocwatch_text::is_word_char)
        })
    });
    let near = last_words(head, 3);
    glued
        || t.in_full_openers.iter().any(|o| {
            let last = o.rsplit(' ').next().unwrap_or(o);
            near.contains(&last)
        })
}

/// Whether a normalised word puts a membership change in the future ("is set to join", «как ожидается, войдут»,
/// "ستنضم", "من المتوقع أن تنضم"): a change still to come gives no status yet (eval/README, Memberships: a
/// membership is written only when the text affirms it).
fn future(t: &Tables, w: &str) -> bool {
    t.future.has(w)
}

/// Whether a word of the future ([`future`]) stands among the last [`FUTURE_REACH`] whitespace-separated runs of
/// `clause`, read from its end without collecting them.
fn future_before(t: &Tables, clause: &str) -> bool {
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
fn no_longer(t: &Tables, before: &[&str], i: usize) -> bool {
    let is = |w: Option<&&str>| w.is_some_and(|w| t.no_longer.iter().any(|x| x == w));
    is(before.get(i + 1)) || (i > 0 && is(before.get(i - 1)))
}

/// Whether a normalised word makes a claim hypothetical. The stem of "إذا" (if) also starts "آذار" (March in
/// the Levantine series, "اذار" once normalised), which dates a claim and supposes nothing.
fn hypothetical(t: &Tables, w: &str) -> bool {
    t.hypothetical.matches(w) && w.trim_start_matches(['و', 'ف', 'ب', 'ل']) != "اذار"
}

/// The last state of a Russian list before the cue when a singular relative pronoun opens the clause that
/// holds the cue: "Россией и Эстонией, которая … входит в НАТО" is about Estonia.
fn singular_relative<'a>(ctx: &SentenceCtx<'_>, group: &Group<'a>, cue: &Cue) -> Option<&'a str> {
    if ctx.lang != blocwatch_text::Lang::Ru || group.members.len() < 2 || group.end > cue.start {
        return None;
    }
    let gap = ctx.doc_text[group.end..cue.start].trim_start();
    let rest = gap.strip_prefix(',')?;
    let first = tokens(rest).find(|tk| tk.kind == TokenKind::Word)?;
    matches!(
        norm_word(&rest[first.start..first.end]).as_ref(),
        "которая" | "который" | "которое"
    )
    .then(|| group.members.last().copied())
    .flatten()
}

/// Whether a Russian adjective qualifies a partner noun («крупнейшим торговым партнёром Евросоюза»): a
/// partner in trade or the like, not a state with partner status. `head` is the normalised text before it.
fn qualified_partner(ctx: &SentenceCtx<'_>, head: &str) -> bool {
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

/// Whether a bloc's name right before the cue at `cue_at` is owned: a possessive word or a name with "'s"
/// before it ("its EU partners", "Germany's EU partners").
fn owned_bloc(ctx: &SentenceCtx<'_>, cue_at: usize) -> bool {
    if ctx.lang != blocwatch_text::Lang::En {
        return false;
    }
    let Some(b) = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.start >= ctx.range.start && m.end <= cue_at)
        .max_by_key(|m| m.end)
    else {
        return false;
    };
    let head = ctx.doc_text[ctx.range.start..b.start].trim_end();
    head.ends_with("'s")
        || head.ends_with("’s")
        || last_words(norm_before(ctx, b.start), 1)
            .last()
            .is_some_and(|w| tables().possessives.iter().any(|p| p == w))
}

/// Whether a bloc's name touches the cue at `[start, end)` on `side`: only white space (or "'s") between.
fn bloc_touches(ctx: &SentenceCtx<'_>, start: usize, end: usize, side: Side) -> bool {
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

/// Whether normalised text ends with a phrase that puts the states before it among a set the relative
/// pronoun after it describes: "among the countries", "من بين الدول", "в число стран,".
/// The phrase is a whole word group, an Arabic و or ف glued to it aside: "ضمن الدول" is no inclusion at the end of
/// "يضمن الدول" ("guarantees the states").
fn inclusion_before(n: &str) -> bool {
    let n = n.trim_end();
    let word_end = |h: &str| {
        h.chars()
            .next_back()
            .is_some_and(blocwatch_text::is_word_char)
    };
    INCLUSION_PHRASES.iter().any(|p| {
        n.strip_suffix(p).is_some_and(|head| {
            let head = head
                .strip_suffix(['و', 'ف'])
                .filter(|h| !word_end(h))
                .unwrap_or(head);
            !word_end(head)
        })
    })
}

/// "was among the seven states that", "كانت … من بين الدول السبع التي", «был в числе семи государств,»: the
/// normalised gap between a state and a cue after it ends with an inclusion phrase — an opener ("among",
/// "one of", "من بين", «в числе», «одним из»), at most four words holding a word for a set of states,
/// then a relative pronoun or a comma — with nothing but copulas before the opener. Returns the number of
/// the gap's words, which then count as none: the states are among those the cue describes.
fn inclusion_span(n: &str) -> Option<usize> {
    let t = tables();
    let words: SmallVec<[&str; 8]> = tokens(n)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| n[tk.start..tk.end].trim_start_matches('و'))
        .collect();
    let mut end = words.len();
    if words
        .last()
        .is_some_and(|w| t.relatives.iter().any(|r| r == w))
    {
        end -= 1;
    } else if !n.trim_end().ends_with([',', '،']) {
        return None;
    }
    let is = |list: &[String], w: &str| list.iter().any(|x| x == w);
    let k = (end.saturating_sub(5)..end).rev().find(|&k| {
        let w = words[k];
        // "of" and «из» open a set only after a count: "one of", «одним из».
        let counted = !matches!(w, "of" | "из") || k > 0 && counting_word(words[k - 1]);
        is(&t.set_openers, w) && counted && words[k + 1..end].iter().any(|x| is(&t.set_nouns, x))
    })?;
    let k = if matches!(words[k], "of" | "из") {
        k - 1
    } else {
        k
    };
    // "من بين", «в числе»: an opener may take another before it.
    words[..k]
        .iter()
        .all(|w| is(&t.set_copulas, w) || is(&t.set_openers, w))
        .then_some(words.len())
}

/// The phrases of [`inclusion_before`], written in normalised form (a test checks) so that no call
/// normalises them again.
const INCLUSION_PHRASES: [&str; 14] = [
    "among the countries",
    "among the states",
    "among the nations",
    "among the members",
    "among those",
    "one of the countries",
    "one of the states",
    "من بين الدول",
    "بين الدول",
    "ضمن الدول",
    "в число стран,",
    "в числе стран,",
    "среди стран,",
    "в число государств,",
];

/// Whether the cue's object is a word for a bloc ("founded the group", "основали объединение", "أسست روسيا
/// وبيلاروسيا التكتل"): the first word after the cue past "the", "its" and the states of an Arabic verb-first
/// subject.
fn anaphor_follows(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    let rest = &ctx.doc_text[cue.end..ctx.range.end.max(cue.end)];
    for tk in tokens(rest) {
        let (s, e) = (cue.end + tk.start, cue.end + tk.end);
        if tk.kind != TokenKind::Word {
            return false;
        }
        if ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.start < e && s < m.end)
        {
            continue;
        }
        let w = norm_word(&rest[tk.start..tk.end]);
        if matches!(w.as_ref(), "the" | "its" | "و") {
            continue;
        }
        let bare = w.trim_start_matches(['و', 'ف']);
        return t.anaphor_words.contains(&w) || t.anaphor_words.contains(bare);
    }
    false
}

/// A second bloc whose verb is left out ("joined the AU in 1963 and BRICS in 2024", «вступила в ЕС в 1995
/// году и в НАТО в 2023 году», "انضمت تركيا إلى الناتو عام 1952 وإلى مجموعة العشرين عام 1999"): between the
/// bloc before (ending at `from`) and `b` stand only the first claim's date, a conjunction and prepositions,
/// and after `b` only its own date (if any) to the end of the clause. Returns `b`'s date, `None` inside when
/// it has none; `None` when `b` is no such bloc ("joined the AU in 1963 and BRICS said …").
fn elided_bloc(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    from: usize,
    b: &SentMention<'_>,
) -> Option<Option<String>> {
    let t = tables();
    let dated = |s: usize, e: usize| in_date(dates, s, e);
    let preposition = |w: &str| {
        t.date_prepositions.iter().any(|p| p == w)
            || matches!(w, "of" | "to" | "the" | "к" | "ко" | "الي")
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
                    && t.year_endings.iter().any(|y| y == w)
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
const SEQUENCE_WORDS: [&str; 4] = ["after", "после", "вслед за", "بعد"];

/// The date of the earlier claim an elided follower names after a word of sequence with a count before it: "four
/// months after Moldova", «через четыре месяца после Молдавии», counted back from the claim's date `iso`. Days
/// and weeks give the month they fall in, months the month, years the year; a count the claim's date is not
/// precise enough for gives nothing.
fn counted_back(before: &str, iso: &str) -> Option<String> {
    let words = last_words(before, 3);
    let (count, unit) = match &words[..] {
        [.., n, u] => (*n, *u),
        _ => return None,
    };
    let n: i64 = match count {
        "a" | "an" | "one" | "один" | "одну" | "одна" => 1,
        "two" | "два" | "две" => 2,
        "three" | "три" => 3,
        "four" | "четыре" => 4,
        "five" | "пять" => 5,
        "six" | "шесть" => 6,
        "seven" | "семь" => 7,
        "eight" | "восемь" => 8,
        "nine" | "девять" => 9,
        "ten" | "десять" => 10,
        "eleven" | "одиннадцать" => 11,
        "twelve" | "двенадцать" => 12,
        d => d.parse().ok().filter(|&v: &i64| (1..=400).contains(&v))?,
    };
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
fn closes_clause(ctx: &SentenceCtx<'_>, cue: &Cue, group: &Group<'_>) -> bool {
    if group.start < cue.end {
        return false;
    }
    let gap = &ctx.doc_text[cue.end..group.start];
    if tokens(gap)
        .any(|tk| tk.kind == TokenKind::Word && norm_word(&gap[tk.start..tk.end]) != "the")
    {
        return false;
    }
    let rest = ctx.doc_text[group.end..ctx.range.end.max(group.end)].trim_start();
    rest.is_empty() || rest.starts_with([',', '.', ';', '،', '؛', '—', '–'])
}

/// Whether what follows a coordinated bloc ends the list: the sentence's end, punctuation, a date or its
/// preposition, another list word. "Finland joined NATO and the EU imposed sanctions" opens a clause.
fn list_ends(ctx: &SentenceCtx<'_>, dates: &[DateHit], at: usize) -> bool {
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
    )
}

/// Whether the word before a bloc's name puts the sentence's states outside it ("from outside BRICS",
/// "beyond the EU", "خارج الاتحاد الأوروبي", «вне ЕС», «за пределами ЕС»).
fn outside(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    let words = last_words(norm_before(ctx, m.start), 2);
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    let last = if last == "the" {
        rest.last().copied().unwrap_or("")
    } else {
        last
    };
    matches!(last, "outside" | "beyond" | "خارج" | "وخارج" | "вне")
        || (last == "пределами" && rest.last() == Some(&"за"))
}

/// Whether `w`, a word sliced from `n`, is "won" without the "'t" that makes it "won't": "Mongolia won
/// observer status" denies nothing.
fn unglued_contraction(n: &str, w: &str) -> bool {
    w == "won"
        && (w.as_ptr() as usize)
            .checked_sub(n.as_ptr() as usize)
            .and_then(|at| n.get(at + w.len()..))
            .is_none_or(|rest| !rest.starts_with(['\'', '’']))
}

/// The normalised text from the start of the clause that holds offset `s` (past the last comma or stop) up to it.
/// Where the clause of the word at `s` begins ([`clause_before`]).
fn clause_start(n: &str, s: usize) -> usize {
    s - clause_before(n, s).len()
}

fn clause_before(n: &str, s: usize) -> &str {
    // By bytes: an ASCII byte is always its own char, and the second byte of «،» (D8 8C) or «؛» (D8 9B)
    // after D8 always ends that char (a lead byte is never a continuation byte).
    let b = &n.as_bytes()[..s];
    let from = (0..s)
        .rev()
        .find(|&i| match b[i] {
            b',' | b';' | b'.' => true,
            0x8C | 0x9B => i > 0 && b[i - 1] == 0xD8,
            _ => false,
        })
        .map_or(0, |i| i + 1);
    &n[from..s]
}

/// Russian puts the negation of an infinitive after it: "вступать в организацию не спешит".
fn negated_after(t: &Tables, lang: blocwatch_text::Lang, after: &str) -> bool {
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

/// Where document offset `at` falls in the sentence's normalised text: the number of bytes of `ctx.norm`
/// whose original character starts before `at`. `&ctx.norm.as_str()[..norm_at(ctx, x)]` is then the
/// normalisation of `&ctx.doc_text[ctx.range.start..x]` (normalisation reads left to right, so the prefix's
/// own is the whole's prefix), read from the sentence's one normalisation instead of made again. Always a
/// char boundary: all bytes that one original character produced share its start.
fn norm_at(ctx: &SentenceCtx<'_>, at: usize) -> usize {
    let rel = at.saturating_sub(ctx.range.start);
    let norm = &ctx.norm;
    let (mut lo, mut hi) = (0, norm.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if norm.orig_start(mid) < rel {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The normalised text of the sentence from its start to document offset `at` ([`norm_at`]).
fn norm_before<'c>(ctx: &'c SentenceCtx<'_>, at: usize) -> &'c str {
    &ctx.norm.as_str()[..norm_at(ctx, at)]
}

/// The normalised text of the document range `[a, b)` inside the sentence ([`norm_at`]); its first char may
/// differ from `normalize(&doc_text[a..b])` only where white space collapses into a space before `a`.
fn norm_range<'c>(ctx: &'c SentenceCtx<'_>, a: usize, b: usize) -> &'c str {
    let (s, e) = (norm_at(ctx, a), norm_at(ctx, b));
    &ctx.norm.as_str()[s..e.max(s)]
}

/// `normalize(w)` for one word, without allocating when normalisation leaves the word as it is: printable
/// ASCII but capitals, lower-case Cyrillic а–я and the Arabic letters that fold to nothing else (the chars
/// the normaliser itself copies in bulk), which is what most words between names are ("and", "و", "и").
fn norm_word(w: &str) -> Cow<'_, str> {
    let b = w.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] > b' ' && b[i] < 0x7F && !b[i].is_ascii_uppercase() {
            i += 1;
        } else if plain_pair(b[i], b.get(i + 1).copied()) {
            i += 2;
        } else {
            return Cow::Owned(normalize(w));
        }
    }
    Cow::Borrowed(w)
}

/// Whether the bytes `b0 b1` are a two-byte letter that normalisation leaves as it is: Cyrillic а..я
/// (U+0430..U+044F), Arabic ا..غ (U+0627..U+063A) but ة, and ف..و, ي (U+0641..U+0648, U+064A). The same
/// set as the normaliser's own bulk copy (a test checks each char).
fn plain_pair(b0: u8, b1: Option<u8>) -> bool {
    let Some(b1) = b1 else { return false };
    matches!(
        (b0, b1),
        (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x8F) | (0xD8, 0xA7..=0xA8 | 0xAA..=0xBA) | (0xD9, 0x81..=0x88 | 0x8A)
    )
}

/// Whether `part` occurs in `word`, as `str::contains` says, by a byte scan: `contains` sets up a two-way
/// searcher on every call, which cost more than the search over a word of a few bytes (the offer words
/// against every applicant cue and the words before it, some 30,000 calls per megabyte).
fn has_part(word: &str, part: &str) -> bool {
    let (w, p) = (word.as_bytes(), part.as_bytes());
    match p.first() {
        None => true,
        Some(&first) => w.windows(p.len()).any(|x| x[0] == first && x == p),
    }
}

/// The last `k` words of `text` (normalised), as the words of `tokens` over its last `48 * k` bytes or so
/// ([`crate::dates::tail`]).
///
/// Read backward by runs between white space: no token spans white space and the tokenizer starts afresh
/// after it, so each run, tokenized on its own from its start, yields the tokens the tail's tokenization
/// yields there; the runs are read from the end until `k` words are found, instead of tokenizing the
/// whole tail forward for its last words (called some 60,000 times per megabyte). The backward read that
/// finds a run's start also tells whether the run is one plain word ([`plain_char`]): most runs are, and
/// only the others are tokenized.
fn last_words(text: &str, k: usize) -> SmallVec<[&str; 4]> {
    let text = crate::dates::tail(text, 48 * k);
    let mut out: SmallVec<[&str; 4]> = SmallVec::new();
    let mut end = text.len();
    while out.len() < k {
        let run = text[..end].trim_end();
        if run.is_empty() {
            break;
        }
        // The run's start, read backward by bytes: ASCII in place, a two-byte char decoded in place
        // (its white space is U+0085 and U+00A0), a longer one by the standard decoder (never plain).
        // (Every char a plain one; every char an ASCII digit.)
        let (b, mut i) = (run.as_bytes(), run.len());
        let (mut plain, mut digits) = (true, true);
        while i > 0 {
            let x = b[i - 1];
            if x < 0x80 {
                if x == b' ' || (b'\t'..=b'\r').contains(&x) {
                    break;
                }
                match plain_char(char::from(x)) {
                    Some(digit) => digits &= digit,
                    None => plain = false,
                }
                i -= 1;
            } else if i >= 2 && b[i - 2] & 0xE0 == 0xC0 {
                let cp = (u32::from(b[i - 2] & 0x1F) << 6) | u32::from(x & 0x3F);
                if cp == 0x85 || cp == 0xA0 {
                    break;
                }
                match char::from_u32(cp).and_then(plain_char) {
                    Some(digit) => digits &= digit,
                    None => plain = false,
                }
                i -= 2;
            } else {
                let c = run[..i]
                    .chars()
                    .next_back()
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                if c.is_whitespace() {
                    break;
                }
                plain = false;
                i -= c.len_utf8();
            }
        }
        let start = i;
        let run = &run[start..];
        // The run's words, last first, after those of the runs after it. (A plain run is one token, a
        // number when all its chars are digits.)
        let at = out.len();
        if plain {
            if !digits {
                out.insert(at, run);
            }
        } else {
            for tk in tokens(run).filter(|tk| tk.kind == TokenKind::Word) {
                out.insert(at, &run[tk.start..tk.end]);
            }
        }
        end = start;
    }
    out.truncate(k);
    out.reverse();
    out
}

/// Whether the tokenizer reads `c` as a word char with no question, for [`last_words`]: an ASCII letter
/// or digit (`Some(true)` for a digit), or a word char of the Latin, Cyrillic and Arabic blocks that is
/// no digit (`Some(false)`), in the ranges below. A run of such chars is one token of `tokens`, a number
/// exactly when every char is a digit. `None` for any other char (white space, punctuation, Arabic-Indic
/// digits, other scripts): its run is tokenized.
#[inline]
fn plain_char(c: char) -> Option<bool> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then_some(c.is_ascii_digit());
    }
    // (Letters and marks that `is_word_char` accepts by its own fast ranges and `tokens` knows are no
    // digits: accented Latin but × and ÷, Cyrillic but the signs U+0482–U+0489, Arabic letters, marks and
    // tatweel up to U+065F, and U+066E–U+06D3. The test `plain_chars_are_one_token_each` checks every
    // char below U+0800.)
    matches!(c as u32, 0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x0400..=0x0481 | 0x048A..=0x052F | 0x0620..=0x065F | 0x066E..=0x06D3)
        .then_some(false)
}

/// Whether a word counts a state among a set, for [`CueMeta::among`] rows: an ordinal, "one", "only", "first"
/// ("the first of the SCO countries", "одной из стран ШОС", "أول دولة من دول الخليج", "إحدى دول بريكس").
fn counting_word(w: &str) -> bool {
    let ar = w.trim_start_matches(['و', 'ف']);
    ordinal(w)
        || matches!(
            w,
            "first"
                | "one"
                | "only"
                | "last"
                | "первой"
                | "первая"
                | "первым"
                | "первый"
                | "одной"
                | "одна"
                | "одним"
                | "один"
                | "одну"
                | "единственной"
                | "единственная"
                | "единственным"
                | "единственный"
                | "последней"
                | "последним"
                | "последняя"
        )
        || [w, ar].iter().any(|x| {
            matches!(
                *x,
                "احدي"
                    | "واحده"
                    | "واحد"
                    | "اوايل"
                    | "اول"
                    | "الاولي"
                    | "اخر"
                    | "الوحيده"
            )
        })
}

/// Whether the `among` cue at normalised offset `s` (document offset `cue_at`) is counted: English "X of
/// the BLOC countries" with X a [`counting_word`]; Russian "X из стран BLOC" with X the word before the cue;
/// Arabic "X (دولة من) دول BLOC" with X one of the three words before it.
fn counted_among(ctx: &SentenceCtx<'_>, n: &str, s: usize, cue_at: usize, bloc: Side) -> bool {
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
            let words = last_words(&n[..s], 3);
            match ctx.lang {
                blocwatch_text::Lang::Ar => words.iter().any(|w| counting_word(w)),
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

/// Whether at most two words and a comma follow a bloc's name: the opening of a list of its states set
/// between commas ([`apposed_list`]), checked before any list is built.
fn apposed_list_opens(after: &str) -> bool {
    after
        .find([',', '،'])
        .is_some_and(|at| after[..at].split_whitespace().count() <= 2)
}

/// "The five BRICS nations, Brazil, Russia, India, China and South Africa, met", "قادة دول بريكس الخمس،
/// البرازيل وروسيا…،", «Страны БРИКС, Бразилия, Россия и Индия, …»: a list of two or more states set between
/// commas (or closing the sentence) right after a bloc named with a word for its states (`list_head`:
/// "nations", "دول", «страны») before, inside or after its name are its members. `opener` is the text between the bloc
/// and the list.
fn apposed_list(ctx: &SentenceCtx<'_>, b: &SentMention<'_>, opener: &str, g: &Group<'_>) -> bool {
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
    let named = |w: &str| t.list_heads.iter().any(|h| h == w);
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
fn of_list_opens(after: &str) -> bool {
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
fn gapped<'d>(ctx: &SentenceCtx<'_>, dates: &'d [DateHit], g: &Group<'_>) -> Option<&'d DateHit> {
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

/// Whether a verb of taking effect ([`Tables::in_force`]) opens the normalised text `after` a cue.
fn takes_effect(t: &Tables, after: &str) -> bool {
    let after = after.trim_start();
    t.in_force.iter().any(|p| {
        after
            .strip_prefix(p.as_str())
            .is_some_and(|rest| !rest.starts_with(blocwatch_text::is_word_char))
    })
}

/// Whether a phrase dating a membership from the bloc's founding ([`Tables::since_founding`]) follows a
/// claim ending at `end`, past a comma at most.
fn from_founding(ctx: &SentenceCtx<'_>, end: usize) -> bool {
    let after = norm_range(ctx, end, ctx.range.end)
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '،');
    // "since the bloc was set up", "since the alliance was founded": the bloc named by a short noun
    // phrase as the subject of a passive founding verb.
    if let Some(rest) = after.strip_prefix("since ") {
        let words: SmallVec<[&str; 8]> = tokens(rest)
            .take_while(|tk| tk.kind == TokenKind::Word)
            .take(7)
            .map(|tk| &rest[tk.start..tk.end])
            .collect();
        if let Some(at) = words
            .iter()
            .take(5)
            .position(|w| matches!(*w, "was" | "were"))
        {
            let verb = words.get(at + 1).copied().unwrap_or("");
            if at > 0
                && (matches!(
                    verb,
                    "founded" | "created" | "established" | "launched" | "formed"
                ) || (verb == "set" && words.get(at + 2) == Some(&"up")))
            {
                return true;
            }
        }
    }
    tables().since_founding.iter().any(|p| {
        after
            .strip_prefix(p.as_str())
            .is_some_and(|rest| !rest.starts_with(blocwatch_text::is_word_char))
    })
}

/// Whether an English founding cue is a passive with no agent: a form of "be" right before it (an adverb
/// in "-ly" may stand between: "was formally set up") and no "by" in the rest of its sentence.
fn passive_founding(before: &[&str], cue: &str, after: &str) -> bool {
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
    // Only a verb: "are founding members" is a copula before a noun.
    let verb = last_words(cue, 1).first().is_some_and(|w| {
        matches!(
            *w,
            "founded" | "co-founded" | "established" | "created" | "formed" | "up"
        )
    });
    passive && verb && !by(cue) && !by(after)
}

/// Whether the words before a founding cue make it a time phrase: "since (the) founding", "منذ تأسيس",
/// "с момента основания", "со дня создания".
fn since_founding(before: &[&str]) -> bool {
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
fn after_founding(before: &[&str]) -> bool {
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

/// Whether the cue ending at `e` is owned by a pronoun: a possessive word before it ("its", "своё") or an
/// Arabic pronoun suffix on it ("عضويتها", "مشاركته").
fn possessed(t: &Tables, n: &str, e: usize, prev_word: Option<&str>) -> bool {
    if prev_word.is_some_and(|w| t.possessives.iter().any(|p| p == w)) {
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

/// Distances between a cue and the things around it.
#[derive(Debug, Clone, Copy)]
struct Geometry<'c, 'a> {
    ctx: &'c SentenceCtx<'a>,
    dates: &'c [DateHit],
}

impl Geometry<'_, '_> {
    /// Whether a gap before a cue (at `offset`) holds a relative pronoun, a semicolon, or a comma and a
    /// conjunction.
    fn clause_break(&self, gap: &str, offset: usize) -> bool {
        let t = tables();
        if gap.contains([';', '؛']) {
            return true;
        }
        let n = norm_range(self.ctx, offset, offset + gap.len());
        let mut comma = false;
        for tk in tokens(n) {
            let w = &n[tk.start..tk.end];
            match tk.kind {
                TokenKind::Punct if matches!(w, "," | "،") => comma = true,
                TokenKind::Word => {
                    let bare = w.trim_start_matches('و');
                    // "are among the countries that became BRICS partners", "من بين الدول التي انضمت",
                    // "в число стран, которые присоединились": the relative clause is the list's own.
                    if t.relatives.iter().any(|r| r == w || r == bare)
                        && !inclusion_before(&n[..tk.start])
                        && inclusion_span(&n[..tk.end]).is_none()
                    {
                        return true;
                    }
                    if comma && t.conjunctions.iter().any(|c| c == w) {
                        return true;
                    }
                    // Arabic glues و to the next word: "، وانضمت". "، وهي"/"، وهو" ("and it is") opens an
                    // aside about the state before it: "موريتانيا، وهي من الأعضاء المؤسسين".
                    // So does "، وكلها"/"، وجميعها" ("all of them"): "السعودية والإمارات وقطر، وكلها أعضاء في".
                    if comma
                        && w.starts_with('و')
                        && w.chars().count() > 2
                        && !matches!(
                            w,
                            "وهي"
                                | "وهو"
                                | "وكلها"
                                | "وكلهم"
                                | "وجميعها"
                                | "وجميعهم"
                                | "وكلاهما"
                                | "وكلتاهما"
                        )
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// The item (bloc or group) nearest to the cue on the allowed side, within `max_gap` words. A group
    /// after the cue must not be behind a comma or stop ("…, Brazil announced").
    fn nearest<'i, T>(
        &self,
        items: &[&'i T],
        cue: &Cue,
        side: Side,
        max_gap: usize,
        for_groups: bool,
        span: impl Fn(&T) -> (usize, usize),
    ) -> Option<&'i T> {
        let ctx = self.ctx;
        let mut best: Option<(usize, bool, &'i T)> = None;
        let mut best_fronted = false;
        for &it in items {
            let (s, e) = span(it);
            let (gap, before, offset) = if e <= cue.start {
                let (gap, offset) = skip_relative(ctx, &ctx.doc_text[e..cue.start], e);
                (gap, true, offset)
            } else if s >= cue.end {
                (&ctx.doc_text[cue.end..s], false, cue.end)
            } else {
                continue;
            };
            if (side == Side::Before && !before) || (side == Side::After && before) {
                continue;
            }
            // "Страны-участницы СНГ, в том числе Казахстан", "تضم أوبك اثنتي عشرة دولة، بينها الجزائر": the
            // states after an inclusion word are the cue's own list, whatever the comma and count before it.
            let (gap, offset) = match (!before && for_groups)
                .then(|| included_from(ctx, self.dates, gap, offset))
                .flatten()
            {
                Some(at) => (&gap[at..], offset + at),
                None => (gap, offset),
            };
            // "was founded at a summit in Abu Dhabi in May 1981 by Saudi Arabia…", "was set up in Shanghai on
            // 15 June 2001, by China…": the agent of a founding names its founders past the place and date.
            let agent =
                !before && for_groups && cue.status == "founder" && founders_by(ctx, gap, offset);
            // ... unless only the bloc's name stands between: "founding members of ASEAN, Indonesia, …".
            if !before
                && !agent
                && max_gap != usize::MAX
                && gap.contains([',', ';', '،', '.', '!', '?'])
                && gap_words(ctx, self.dates, gap, offset, false) > 0
                && (for_groups || !closes_aside(ctx, gap, offset))
            {
                continue;
            }
            // A state before a relative pronoun or a new clause (", then", "، ثم", "; ") is another
            // clause's subject: "Egypt joined the NDB, which BRICS founded", "…وسوريا، ثم انضم إليها اليمن".
            if before && max_gap != usize::MAX && self.clause_break(gap, offset) {
                continue;
            }
            // For a bloc, the states between it and the cue are the claim's subject and do not count
            // ("أسست الصين وروسيا … منظمة شنغهاي"); for states, other states in between do.
            // A bloc behind a comma is further than one right after the cue: "Иран, ставший членом ШОС,
            // теперь входит в БРИКС".
            let t = tables();
            let norm_gap = for_groups.then(|| norm_range(ctx, offset, offset + gap.len()));
            let words = gap_words(ctx, self.dates, gap, offset, !for_groups)
                .saturating_sub(norm_gap.map_or(0, |n| fillers(t, n)))
                // "Egypt was among the seven states that founded": the inclusion phrase is the list's own.
                .saturating_sub(
                    norm_gap
                        .filter(|_| before)
                        .and_then(inclusion_span)
                        .unwrap_or(0),
                )
                + usize::from(!for_groups && before && gap.contains([',', '،']));
            // States after the cue are its object or agent ("founded by", "انضمت إيران"), close to it;
            // farther ones belong to a later phrase ("a summit hosted by India").
            if words > max_gap.max(if agent { MAX_AGENT_GAP } else { 0 })
                || (!before && for_groups && !agent && words > MAX_GAP_AFTER)
            {
                continue;
            }
            // States after a conjunction open the next clause: "Finland became NATO's 31st member in
            // April 2023 and Sweden followed", "а Швеция — в марте".
            if !before && norm_gap.is_some_and(|n| after_conjunction(t, n)) {
                continue;
            }
            // Ties go to the left: "Russia, a member of the SCO, and China" — Russia is the member.
            // An Arabic verb-first subject right after its verb beats a state ending a fronted phrase behind a
            // comma: "بعد خلافات مع موسكو، انضمت جورجيا إلى".
            let fronted = ctx.lang == blocwatch_text::Lang::Ar
                && for_groups
                && before
                && gap.contains([',', '،']);
            let better = match best {
                None => true,
                // For a bloc, ties go to the right: "Турция, член НАТО, подала заявку на вступление в
                // БРИКС" applies to the bloc the cue's preposition leads to.
                Some((bw, bb, _)) => {
                    words < bw
                        || (words == bw && for_groups && before && !bb && !fronted)
                        || (words == bw && !for_groups && !before && bb)
                        || (words == bw && for_groups && !before && best_fronted)
                }
            };
            if better {
                best = Some((words, before, it));
                best_fronted = fronted;
            }
        }
        best.map(|b| b.2)
    }
}

/// Whether a cue may take the inverted Russian order of [`inverted_order`]: a Russian verb of joining or
/// leaving whose states stand before it and its bloc after it («покинула», «принята в»).
fn inverts(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    ctx.lang == blocwatch_text::Lang::Ru
        && cue.members == Side::Before
        && cue.bloc == Side::After
        && !cue.possessed
        && matches!(cue.status, "member" | "former")
}

/// Russian may put the bloc first and the state after the verb: «ОПЕК покинула Ангола», «В 2019 году ОПЕК покинул
/// Катар», «В ШОС была принята Белоруссия». For a verb whose states stand before it and its bloc after
/// («покинула», «принята в»), when no bloc was found after it (the caller asks first): a bloc opening the verb's
/// clause (after at most a preposition and a date) at most two words before the verb, and a state right after
/// the verb (past a date or an adverb, «официально»), are that order. A bloc inside a phrase («делегация ОПЕК
/// покинула…») or a state behind a noun («…покинула делегация Ирана») is not.
fn inverted_order<'b, 'g, 'a>(
    geo: &Geometry<'_, 'a>,
    blocs: &[&'b SentMention<'a>],
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<(&'b SentMention<'a>, &'g Group<'a>)> {
    let ctx = geo.ctx;
    if !inverts(ctx, cue) {
        return None;
    }
    let bloc = *blocs
        .iter()
        .filter(|b| b.end <= cue.start)
        .max_by_key(|b| b.end)?;
    inverted_after(geo, (bloc.start, bloc.end), groups, cue).map(|g| (bloc, g))
}

/// The state after a Russian verb whose bloc (or the word pointing back to it) stands at `bloc`, a span of the
/// document, before the verb in the order [`inverted_order`] describes: the bloc opening the verb's clause
/// (only в/из/к and dates before it) at most two words before the verb, and a state right after the verb.
fn inverted_after<'g, 'a>(
    geo: &Geometry<'_, 'a>,
    bloc: (usize, usize),
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let ctx = geo.ctx;
    let (bloc_start, bloc_end) = bloc;
    let gap = &ctx.doc_text[bloc_end..cue.start];
    if gap.contains([',', ';', ':', '—', '–', '(', ')', '«', '»', '"'])
        || gap_words(ctx, geo.dates, gap, bloc_end, false) > 2
    {
        return None;
    }
    let n = ctx.norm.as_str();
    let at = norm_at(ctx, bloc_start);
    let from = ctx.range.start + ctx.norm.orig_start(clause_start(n, at));
    let opening = &ctx.doc_text[from.min(bloc_start)..bloc_start];
    let opens = tokens(opening)
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| {
            let (s, e) = (from + tk.start, from + tk.end);
            !in_date(geo.dates, s, e)
        })
        .all(|tk| {
            let w = norm_word(&opening[tk.start..tk.end]);
            tables()
                .inverted_openers
                .iter()
                .any(|o| o.as_str() == w.as_ref())
        });
    if !opens {
        return None;
    }
    let group = *groups
        .iter()
        .filter(|g| g.start >= cue.end)
        .min_by_key(|g| g.start)?;
    let after = &ctx.doc_text[cue.end..group.start];
    let plain = !after.contains([',', ';', ':', '.', '—', '(', '«'])
        && tokens(after)
            .filter(|tk| tk.kind == TokenKind::Word)
            .filter(|tk| {
                let (s, e) = (cue.end + tk.start, cue.end + tk.end);
                !in_date(geo.dates, s, e)
            })
            .all(|tk| {
                let w = norm_word(&after[tk.start..tk.end]);
                w.chars().count() > 4
                    && tables()
                        .adverb_endings
                        .iter()
                        .any(|x| w.ends_with(x.as_str()))
            });
    plain.then_some(group)
}

/// The word pointing back to a bloc that opens a Russian verb's clause in the inverted order of
/// [`inverted_order`], and the state after the verb: «ШОС расширяется. В июле 2024 года в организацию была
/// принята Белоруссия». The word must be the last before the verb, past a date at most.
fn inverted_anaphor<'g, 'a>(
    geo: &Geometry<'_, 'a>,
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let ctx = geo.ctx;
    if !inverts(ctx, cue) {
        return None;
    }
    let t = tables();
    let from = ctx.range.start;
    let before = &ctx.doc_text[from..cue.start];
    let word = tokens(before)
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| {
            let (s, e) = (from + tk.start, from + tk.end);
            !in_date(geo.dates, s, e)
        })
        .last()?;
    if !t
        .anaphor_words
        .contains(norm_word(&before[word.start..word.end]).as_ref())
    {
        return None;
    }
    inverted_after(geo, (from + word.start, from + word.end), groups, cue)
}

/// Whether the gap between a founding cue and the states after it ends with "by" and holds no clause of its
/// own (no stop, semicolon, relative pronoun or conjunction): "founded at a summit in Abu Dhabi in May 1981
/// by", "set up in Shanghai on 15 June 2001, by".
fn founders_by(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> bool {
    if ctx.lang != blocwatch_text::Lang::En || gap.contains(['.', ';', '!', '?']) {
        return false;
    }
    let t = tables();
    let n = norm_range(ctx, offset, offset + gap.len());
    let words: SmallVec<[&str; 8]> = tokens(n)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| &n[tk.start..tk.end])
        .collect();
    words.last() == Some(&"by")
        && !words
            .iter()
            .any(|w| t.relatives.iter().any(|r| r == w) || t.conjunctions.iter().any(|c| c == w))
}

/// Whether a comma in the gap between a verb-first cue and its bloc only closes an aside of the subject
/// list, with at most one word (the preposition) after it: "انضمت مصر وإيران، إضافة إلى الإمارات، إلى
/// بريكس".
fn closes_aside(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> bool {
    let Some(comma) = gap.rfind([',', '،']) else {
        return false;
    };
    let head = gap[..comma].trim_end();
    let head_end = offset + head.len();
    !gap[..comma].contains(['.', ';', '!', '?'])
        && tokens(&gap[comma..])
            .filter(|tk| tk.kind == TokenKind::Word)
            .count()
            <= 1
        && ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.end == head_end)
}

/// The gap between a state and a cue after it, past a relative clause that the state is the subject of:
/// in "Iran, which joined the SCO in 2023, is also a member of BRICS" the gap to `member` is "is also a",
/// and to `joined` it is empty. A relative pronoun elsewhere ("Egypt joined the NDB, which BRICS founded")
/// is left for [`Geometry::clause_break`].
fn skip_relative<'g>(ctx: &SentenceCtx<'_>, gap: &'g str, offset: usize) -> (&'g str, usize) {
    let t = tables();
    let trimmed = gap.trim_start();
    // Arabic relatives follow their noun without a comma: "أرمينيا التي جمدت مشاركتها".
    let rest = trimmed.strip_prefix([',', '،']).unwrap_or(trimmed);
    let comma = rest.len() < trimmed.len();
    let rest_t = rest.trim_start();
    if !comma && !rest_t.starts_with('ا') {
        return (gap, offset);
    }
    let word_end = rest_t
        .char_indices()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(rest_t.len(), |(i, _)| i);
    let word = norm_word(&rest_t[..word_end]);
    if !t.relatives.iter().any(|r| *r == word) {
        // An appositive between commas describes the state: "Iran, an SCO observer since 2005, became
        // the organisation's ninth full member". The claim's gap is what follows it.
        if comma {
            if let Some(i) = rest.find([',', '،']) {
                let at = gap.len() - rest.len() + i;
                let at = at + gap[at..].chars().next().map_or(1, char::len_utf8);
                return (&gap[at..], offset + at);
            }
        }
        return (gap, offset);
    }
    let inner_start = gap.len() - rest_t.len() + word_end;
    // A comma between two states belongs to a list inside the clause ("which joined the GUAM group of
    // Georgia, Ukraine, Azerbaijan and Moldova in 1999, formally left it"): the clause closes at the next.
    let list_comma = |i: usize| {
        let after = &gap[i + gap[i..].chars().next().map_or(1, char::len_utf8)..];
        let prev = offset + gap[..i].trim_end().len();
        let next = offset + gap.len() - after.trim_start().len();
        // (Arabic glues و to the next item, "روسيا، وأوكرانيا"; English may put "the" before it.)
        let item = after.trim_start();
        let glued = next
            + if item.starts_with('و') {
                'و'.len_utf8()
            } else if item.starts_with("the ") {
                4
            } else {
                0
            };
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.end == prev)
            && ctx
                .mentions
                .iter()
                .any(|m| m.kind == Kind::Country && (m.start == next || m.start == glued))
    };
    let closing = gap[inner_start..]
        .match_indices([',', '،'])
        .map(|(i, _)| i)
        .find(|&i| !list_comma(inner_start + i));
    match closing {
        // The cue stands after the relative clause: the gap is what follows its closing comma.
        Some(i) => {
            let at = inner_start
                + i
                + gap[inner_start + i..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            (&gap[at..], offset + at)
        }
        // The cue stands inside it: the state is the relative clause's subject.
        None => (&gap[inner_start..], offset + inner_start),
    }
}

/// Arabic verb-first claims with the state inside the phrase: a suspending verb, the state and "its
/// participation/membership" ("علقت أرمينيا مشاركتها في المنظمة"), or a verb of returning, the state and
/// "to" ("عادت سوريا إلى الجامعة"). Returns the group, the status and where the bloc is looked for.
fn split_claims<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
) -> Vec<(&'g Group<'a>, &'static str, usize)> {
    let t = tables();
    let mut out = Vec::new();
    for g in groups {
        let before = ctx.doc_text[ctx.range.start..g.start].trim_end();
        let verb = before
            .rsplit(|c: char| !blocwatch_text::is_word_char(c))
            .next()
            .unwrap_or("");
        let verb = norm_word(verb);
        let forms = unglued(&verb);
        let is = |list: &[String]| list.iter().any(|v| forms.contains(&v.as_str()));
        let after = &ctx.doc_text[g.end..ctx.range.end];
        let next_len = after
            .trim_start()
            .find(|c: char| !blocwatch_text::is_word_char(c))
            .unwrap_or(after.trim_start().len());
        let lead = after.len() - after.trim_start().len();
        let next = norm_word(&after.trim_start()[..next_len]);
        let bloc_from = g.end + lead + next_len;
        if is(&t.split_suspend) && t.split_noun.iter().any(|x| *x == next) {
            out.push((g, "suspended", bloc_from));
        } else if is(&t.split_end) && t.split_noun.iter().any(|x| *x == next) {
            out.push((g, "former", bloc_from));
        } else if is(&t.split_return) && next == "الي" {
            out.push((g, "member", bloc_from));
        }
    }
    out
}

/// Claims whose state is the object of the bloc's verb: "The African Union suspended Niger", "ECOWAS
/// expelled …", "Leaders of the G7 suspended Russia's participation in the G8" (the bloc after the
/// possessive noun wins), and with `recalled`, "It suspended Gabon" / "The bloc admitted Laos" after a
/// sentence that named the bloc. The verb must stand right before the state (an article aside) and the
/// bloc right before the verb: "the EU suspended talks with Turkey" claims nothing. Returns the group, the
/// status, the bloc and the date. Callers first ask [`Walked::object_verb`]: most sentences hold none.
fn object_claims<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &'g [Group<'a>],
    blocs: &[&SentMention<'_>],
    recalled: Option<&str>,
) -> Vec<(&'g Group<'a>, &'static str, String, Option<String>, bool)> {
    let t = tables();
    let mut out = Vec::new();
    if groups.is_empty() {
        return out;
    }
    for g in groups {
        let before = &ctx.doc_text[ctx.range.start..g.start];
        let words: Vec<(usize, usize)> = tokens(before)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| (tk.start, tk.end))
            .collect();
        let Some(mut k) = words.len().checked_sub(1) else {
            continue;
        };
        if matches!(norm_word(&before[words[k].0..words[k].1]).as_ref(), "the") {
            let Some(k1) = k.checked_sub(1) else {
                continue;
            };
            k = k1;
        }
        let (mut vs, ve) = words[k];
        // Only words and spaces between the verb and the state: "suspended, among others, Niger" is not it.
        if before[ve..].contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace()) {
            continue;
        }
        let verb = norm_word(&before[vs..ve]);
        let mut found = t.object_verbs.iter().find(|(v, _)| *v == verb);
        // A phrasal verb, its particle last: "later took in Myanmar, Nepal and Bhutan".
        if found.is_none() && k > 0 {
            let (ps, pe) = words[k - 1];
            if before[pe..vs].chars().all(char::is_whitespace) {
                let head = norm_word(&before[ps..pe]);
                found = t.object_verbs.iter().find(|(v, _)| {
                    v.strip_suffix(verb.as_ref())
                        .and_then(|h| h.strip_suffix(' '))
                        .is_some_and(|h| h == head)
                });
                if found.is_some() {
                    vs = ps;
                }
            }
        }
        let Some(&(_, status)) = found else {
            continue;
        };
        let verb_at = ctx.range.start + vs;
        let prior = norm_before(ctx, ctx.range.start + vs);
        if last_words(prior, NEG_WINDOW)
            .iter()
            .any(|w| hypothetical(t, w))
        {
            continue;
        }
        // "NATO did not admit Ukraine", «НАТО не приняло Украину», "لم يقبل الحلف أوكرانيا": a negation in the
        // verb's own clause keeps the claim, negated ([`negates`], as for cues); one in a clause before it does
        // not reach it ("Ukraine was not admitted, but NATO admitted Finland").
        let clause = clause_before(prior, prior.len());
        let near = last_words(clause, NEG_WINDOW);
        let negated = near
            .iter()
            .enumerate()
            .any(|(i, w)| negates(t, clause, &near, i, w));
        let subject = blocs
            .iter()
            .filter(|b| b.end <= verb_at)
            .max_by_key(|b| b.end)
            .filter(|b| {
                let gap = &ctx.doc_text[b.end..verb_at];
                let words = gap_words(ctx, dates, gap, b.end, false)
                    .saturating_sub(prepositions_before_dates(ctx, dates, gap, b.end));
                !gap.contains([',', ';', '،', '؛', '.', '(', ')'])
                    // A date's preposition does not count: "Африканский союз в январе 2017 года вновь
                    // принял Марокко".
                    && (words <= 1
                        // "Commonwealth foreign ministers suspended Pakistan": the bloc's body of two
                        // words, its head a plural noun of office.
                        || (words == 2
                            && last_words(norm_range(ctx, b.end, verb_at), 1)
                                .first()
                                .is_some_and(|w| {
                                    matches!(*w, "ministers" | "leaders" | "heads" | "governments")
                                })))
            })
            .map(|b| b.id.to_string())
            .or_else(|| {
                // "It suspended Gabon", "The bloc admitted Laos": the sentence opens with a pronoun or
                // a word for the bloc, and nothing else stands before the verb.
                let opening: Vec<&str> = tokens(prior)
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .map(|tk| &prior[tk.start..tk.end])
                    .collect();
                let pointer =
                    // "They admitted Belarus", «Они приняли Белоруссию».
                    |w: &str| {
                        matches!(w, "it" | "they")
                            || t.anaphor_words.contains(w)
                            || t.subject_pronouns.iter().any(|a| a == w)
                    };
                (opening.len() <= 3
                    && opening.last().is_some_and(|w| pointer(w))
                    && opening
                        .iter()
                        .all(|w| matches!(*w, "the" | "then" | "later") || pointer(w)))
                .then(|| recalled.map(str::to_string))
                .flatten()
            })
            .or_else(|| moved_into(ctx, blocs, g, status).map(|b| b.id.to_string()));
        let Some(mut bloc) = subject else {
            continue;
        };
        // "suspended Russia's participation in the G8": the possessed noun says which bloc.
        let after = &ctx.doc_text[g.end..ctx.range.end];
        let rest = after.trim_start();
        // "The African Union lifted Gabon's suspension": a lifting verb gives back only a suspension.
        let lifting = t.lifting.matches(&verb);
        let owned = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s"));
        if lifting && owned.is_none() {
            continue;
        }
        if let Some(owned) = owned {
            let head = norm_range(ctx, ctx.range.end - owned.trim_start().len(), ctx.range.end);
            let nouns: &[&str] = if lifting {
                &["suspension"]
            } else {
                // "suspended Venezuela's rights in the bloc".
                &["participation", "membership", "seat", "rights"]
            };
            if !nouns.iter().any(|n| head.starts_with(n)) {
                continue;
            }
            match blocs.iter().find(|b| {
                b.start >= g.end
                    && gap_words(ctx, dates, &ctx.doc_text[g.end..b.start], g.end, false) <= 4
            }) {
                Some(b) => bloc = b.id.to_string(),
                // "suspended Russia's participation in its programmes" names no bloc's membership,
                // unless "its" is the subject bloc's own: "the AU suspended Niger's participation in
                // its activities", "in all its activities".
                None if head.starts_with("participation") && !own_activities(head) => continue,
                None => {}
            }
        }
        let date = nearest_date(ctx, dates, groups, verb_at, g.end);
        out.push((g, status, bloc, date, negated));
    }
    for g in groups {
        if let Some((status, bloc, date)) = relative_object(ctx, dates, groups, blocs, g) {
            out.push((g, status, bloc, date, false));
        }
    }
    out
}

/// The accusative relative pronouns a bloc's object verb may take as its object ([`relative_object`]).
const OBJECT_RELATIVES: [&str; 8] = [
    "which",
    "that",
    "whom",
    "который",
    "которую",
    "которое",
    "которые",
    "которых",
];

/// "Niger, which the African Union suspended after the coup, …", «Нигер, который ЭКОВАС исключило…»: a state
/// that is the object of a bloc's verb in a relative clause after it. The clause must open with an object
/// relative, then the bloc (past "the" and a date), then the verb, with no state right after the verb (its
/// object would be that state). Returns the status, the bloc and the clause's date.
fn relative_object(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &[Group<'_>],
    blocs: &[&SentMention<'_>],
    g: &Group<'_>,
) -> Option<(&'static str, String, Option<String>)> {
    if ctx.lang == blocwatch_text::Lang::Ar {
        return None;
    }
    let t = tables();
    let after = &ctx.doc_text[g.end..ctx.range.end];
    let rest = after.trim_start().strip_prefix(',')?;
    let mut words = tokens(rest)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| {
            let s = ctx.range.end - rest.len() + tk.start;
            (s, ctx.range.end - rest.len() + tk.end)
        })
        .filter(|&(s, e)| !in_date(dates, s, e));
    let (rs, re) = words.next()?;
    if !OBJECT_RELATIVES.contains(&norm_range(ctx, rs, re)) {
        return None;
    }
    let mut bloc: Option<&SentMention<'_>> = None;
    for (s, e) in words {
        let w = norm_range(ctx, s, e);
        if let Some(b) = blocs.iter().find(|b| b.start < e && s < b.end) {
            if bloc.is_some_and(|x| x.start != b.start) {
                return None;
            }
            bloc = Some(b);
            continue;
        }
        if w == "the" && bloc.is_none() {
            continue;
        }
        let b = bloc?;
        let (_, status) = t.object_verbs.iter().find(|(v, _)| v.as_str() == w)?;
        // Only words between the relative and the verb: "which, the AU said, suspended" is another clause.
        if ctx.doc_text[re..s].contains([',', ';', '(', ')', '—']) {
            return None;
        }
        let next = tokens(&ctx.doc_text[e..ctx.range.end])
            .find(|tk| tk.kind == TokenKind::Word)
            .map(|tk| (e + tk.start, e + tk.end));
        if next.is_some_and(|(ns, ne)| {
            ctx.mentions
                .iter()
                .any(|m| m.kind == Kind::Country && m.start < ne && ns < m.end)
        }) {
            return None;
        }
        let date = nearest_date(ctx, dates, groups, rs, e);
        return Some((status, b.id.to_string(), date));
    }
    None
}

/// "Председательство в ШОС перешло от Китая к Киргизии", "انتقلت رئاسة مجموعة العشرين من الهند إلى البرازيل": an
/// office handed from the claimed state to another goes to a member too. The claimed state stands right behind
/// "from" (`handover_from` rows) and the next state right behind "to" (`handover_to` rows).
fn handed_to<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    from: &Group<'_>,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let prior = last_words(norm_before(ctx, from.start), 1);
    if !prior
        .first()
        .is_some_and(|w| t.handover_from.iter().any(|p| p == w))
    {
        return None;
    }
    let next = groups.iter().find(|g| g.start >= from.end)?;
    let gap = norm_range(ctx, from.end, next.start).trim();
    t.handover_to.iter().any(|p| p == gap).then_some(next)
}

/// The state an office is handed to or taken over from, named right after the office (after its bloc when the
/// bloc follows it) behind "to" or "from" (`handover_to`, `handover_from` rows): "Brazil handed the G20
/// presidency to South Africa", "South Africa took over the G20 presidency from Brazil", "سلّمت البرازيل رئاسة
/// مجموعة العشرين إلى جنوب أفريقيا". A Russian verb of handing puts the recipient in the dative with no
/// preposition: «передала председательство в ОДКБ Киргизии».
fn handed_over<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    cue: &Cue,
    bloc: &SentMention<'_>,
    claimed: &Group<'_>,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let from = if bloc.start >= cue.end {
        bloc.end
    } else {
        cue.end
    };
    let next = groups.iter().find(|g| g.start >= from)?;
    if next.members.iter().any(|m| claimed.members.contains(m)) {
        return None;
    }
    let gap = norm_range(ctx, from, next.start).trim();
    let dative = gap.is_empty()
        && ctx.lang == blocwatch_text::Lang::Ru
        && last_words(norm_before(ctx, cue.start), 1)
            .first()
            .is_some_and(|w| w.starts_with("переда"));
    (dative || t.handover_to.iter().any(|p| p == gap) || t.handover_from.iter().any(|p| p == gap))
        .then_some(next)
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
fn freezes_membership(ctx: &SentenceCtx<'_>, n: &str, s: usize, e: usize) -> bool {
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
fn stance_on_accession(t: &Tables, n: &str, s: usize, e: usize) -> bool {
    let noun = &n[s..e];
    t.accession_nouns
        .iter()
        .any(|a| noun.starts_with(a.as_str()))
        && last_words(clause_before(n, s), 6)
            .iter()
            .any(|w| t.stances.matches(w))
}

/// The lesser status named right after an admitted state ("admitted Myanmar as an observer, alongside China",
/// «приняли Монголию в качестве наблюдателя»), from the `as_observer`, `as_partner`, `as_dialogue_partner` rows.
fn admitted_as(ctx: &SentenceCtx<'_>, g: &Group<'_>) -> Option<&'static str> {
    let rest = norm_range(ctx, g.end, ctx.range.end).trim_start();
    tables().admitted_as.iter().find_map(|(phrase, status)| {
        rest.strip_prefix(phrase.as_str())
            .filter(|after| !after.starts_with(char::is_alphanumeric))
            .map(|_| *status)
    })
}

/// The lesser status named by the noun that heads an admitted list after its cue ("ended with the admission of
/// five new observer states: Bosnia and Herzegovina, …", "admitted two partner countries, Laos and Nepal"),
/// from the `named_observer`, `named_partner`, `named_dialogue_partner` rows. Only between the cue and a list
/// after it: "observer states Iran and Belarus joined as full members" names the status they leave.
fn named_before(ctx: &SentenceCtx<'_>, cue: &Cue, g: &Group<'_>) -> Option<&'static str> {
    if g.start < cue.end {
        return None;
    }
    let gap = norm_range(ctx, cue.end, g.start)
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '—' | '–' | '-'));
    tables().named_before.iter().find_map(|(phrase, status)| {
        gap.strip_suffix(phrase.as_str())
            .filter(|head| {
                !head
                    .chars()
                    .next_back()
                    .is_some_and(blocwatch_text::is_word_char)
            })
            .map(|_| *status)
    })
}

/// Whether a cue naming an agreement that is the bloc itself, ending at `at` in the text, is its signing: a
/// signing word stands anywhere in the sentence (`signing` rows; «Соглашение о ВРЭП подписали Китай, …» puts it
/// after) and, in English, the bloc touching the cue ends its noun phrase: the sentence ends or a
/// `signed_bloc_end` word or a mark follows it ("signed the Regional Comprehensive Economic Partnership by video
/// link"; "signed the EU association agreement" and "signed the NATO accession protocols" sign something else).
fn signed_bloc(ctx: &SentenceCtx<'_>, n: &str, at: usize) -> bool {
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

/// Whether the words right after `at` (the end of a join's cue, bloc or states) say the join was to a member's
/// seat: an `in_full_opener` ("as", «как», «в качестве», "بصفه"; an `in_full_prefix`, the Arabic "ك" joined to its noun) and within
/// four words an `in_full_noun` ("member", «член…», "عضو") with no `in_full_lesser` word before it ("joined the SCO
/// as full members", "was admitted as the bloc's eleventh member", «вступили в ШОС как полноправные члены»,
/// "كعضوين كاملين"). Such a join is no plain one: a lesser status the sentence names ("Observer states Iran and
/// Belarus joined …", "an ASEAN observer since 2022") is the status the state leaves, not the one it takes.
fn joined_in_full(ctx: &SentenceCtx<'_>, at: usize) -> bool {
    let t = tables();
    let rest = norm_range(ctx, at, ctx.range.end).trim_start();
    let starts = |w: &str, stems: &[String]| stems.iter().any(|s| w.starts_with(s.as_str()));
    let mut words = rest.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // "كعضو كامل", "كاعضاء": the Arabic preposition is written onto its noun.
    if let Some(noun) = t
        .in_full_prefixes
        .iter()
        .find_map(|p| first.strip_prefix(p.as_str()))
    {
        if starts(noun, &t.in_full_nouns) {
            return true;
        }
    }
    let after = t
        .in_full_openers
        .iter()
        .find_map(|o| rest.strip_prefix(o.as_str()).filter(|a| a.starts_with(' ')));
    let Some(after) = after else {
        return false;
    };
    for w in after.split_whitespace().take(4) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if starts(w, &t.in_full_lesser) {
            return false;
        }
        if starts(w, &t.in_full_nouns) {
            return true;
        }
    }
    false
}

/// The bloc an object verb puts its state out of or into when the verb's subject is no bloc: "Regional leaders
/// suspended Niger from ECOWAS", «Министры исключили Россию из Совета Европы», "Heads of state admitted South
/// Sudan into the East African Community". The bloc must follow the state behind the preposition of the move
/// (`object_from`, `object_into` rows), an article aside: "expelled Russian diplomats from the country" names
/// no bloc, nor does "suspended imports from Russia to the EU market" (the state is no object of the verb).
fn moved_into<'m, 'a>(
    ctx: &SentenceCtx<'_>,
    blocs: &[&'m SentMention<'a>],
    g: &Group<'_>,
    status: &str,
) -> Option<&'m SentMention<'a>> {
    let t = tables();
    let preps = if status == "member" {
        &t.moved_into
    } else {
        &t.moved_from
    };
    let b = blocs.iter().copied().find(|b| b.start >= g.end)?;
    let mut words = norm_range(ctx, g.end, b.start).split_whitespace();
    let prep = words.next()?;
    let plain = match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => w == "the",
        _ => false,
    };
    (plain && preps.iter().any(|p| p == prep)).then_some(b)
}

/// The inclusion words of [`included_from`], written in normal form (a test checks): compared with the
/// sentence's normalisation as they are.
/// The relative forms ("eleven states, among which Russia and Turkey", «одиннадцать государств, среди
/// которых Россия», «в их числе», «بما فيها») open the list as the plain ones do.
const INCLUSION_MARKERS: [&str; 16] = [
    "including",
    "among them",
    "among which",
    "among whom",
    "such as",
    "в том числе",
    "включая",
    "среди них",
    "среди которых",
    "в их числе",
    "بينها",
    "منها",
    "بما فيها",
    // "قادة الدول العشر الأعضاء في بريكس، وهي البرازيل وروسيا…": "namely" after the bloc.
    "وهي",
    "وهم",
    "هي",
];

/// Whether a normalised "participation …" after a suspended state names the subject bloc's own work
/// ("participation in its activities", "in all of its bodies"; [`Tables::own_work`]): the bloc suspends
/// the state from itself ("its programmes" may be anything the bloc runs).
fn own_activities(head: &str) -> bool {
    let rest = head.trim_start_matches("participation").trim_start();
    let Some(rest) = rest.strip_prefix("in ") else {
        return false;
    };
    let rest = rest.trim_start_matches("all ").trim_start_matches("of ");
    rest.strip_prefix("its ").is_some_and(|work| {
        let noun = work.split(|c: char| !c.is_alphanumeric()).next();
        tables().own_work.iter().any(|w| Some(w.as_str()) == noun)
    })
}

/// Where the states of a list start after an inclusion word closing `gap` ("including", "among them",
/// "в том числе", "بينها", "منها"), when at most six words (not counting a bloc's name: "رابطة دول جنوب شرق
/// آسيا عشر دول، من بينها", nor a date: «создали в Стамбуле 25 июня 1992 года одиннадцать государств, среди
/// которых») stand before that word. `offset` is where `gap` starts in the document.
fn included_from(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    gap: &str,
    offset: usize,
) -> Option<usize> {
    let trimmed = gap.trim_end();
    let n = norm_range(ctx, offset, offset + trimmed.len());
    // A whole word, perhaps with a glued "و" ("ومنها"): "هي" is not the end of "انتهي".
    let word_ends = |h: &str| {
        !h.chars()
            .next_back()
            .is_some_and(blocwatch_text::is_word_char)
    };
    let marker = INCLUSION_MARKERS.iter().find(|m| {
        n.strip_suffix(*m)
            .is_some_and(|head| word_ends(head) || head.strip_suffix('و').is_some_and(word_ends))
    })?;
    let at = trimmed.len().checked_sub(marker.len())?;
    if !trimmed.is_char_boundary(at) || gap_words(ctx, dates, &trimmed[..at], offset, false) > 6 {
        return None;
    }
    Some(trimmed.len())
}

/// A second verb of a claim's subject, coordinated after the first: "Iran held observer status in the SCO
/// from 2005 and was admitted as a full member in 2023", "Иран стал членом ШОС в 2023 году, а до этого
/// имел статус наблюдателя", "انضمت أنغولا إلى أوبك عام 2007 ثم غادرتها". A cue with no state of its own
/// near it takes the states of the claim before it when only a conjunction — no state, no relative
/// pronoun, no stop — stands between the two cues.
fn shared_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    last: Option<(&'g Group<'a>, usize)>,
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let (group, prev_end) = last?;
    // An aspiration after a status held ("has long sought full membership") is no application the
    // press reports as such; a state or a person anywhere after the first claim may be the second
    // verb's subject or topic ("о членстве в Ташкенте пока не говорят").
    // A negated second verb ("но вступать в организацию не спешит") is left unclaimed, as before.
    if prev_end > cue.start || cue.status == "applicant" || cue.negated {
        return None;
    }
    let gap = &ctx.doc_text[prev_end..cue.start];
    // "… founded the union in 2015, and the EAEU now has five members": a bloc as the second clause's
    // subject counts its members; it says nothing more of the first clause's states.
    let counted = plural_members(norm_range(ctx, cue.start, cue.end))
        && ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Bloc && m.start >= prev_end && m.end <= cue.start);
    if counted
        || gap.contains([';', '؛', '.', '!', '?', ':'])
        || ctx
            .mentions
            .iter()
            .any(|m| m.kind != Kind::Bloc && m.start >= prev_end)
    {
        return None;
    }
    let t = tables();
    let n = norm_range(ctx, prev_end, cue.start);
    let mut conjunction = false;
    for tk in tokens(n).filter(|tk| tk.kind == TokenKind::Word) {
        let w = &n[tk.start..tk.end];
        if t.relatives.iter().any(|r| r == w) {
            return None;
        }
        conjunction |= t.conjunctions.iter().any(|c| c == w);
    }
    // Arabic glues و to the verb that opens the second clause, often the cue itself ("وأعادتها", "وانضمت").
    let cue_word = norm_range(ctx, cue.start, cue.end);
    let glued = ctx.lang == blocwatch_text::Lang::Ar
        && (cue_word.starts_with('و')
            || last_words(n, 1).first().is_some_and(|w| w.starts_with('و')));
    (conjunction || glued).then_some(group)
}

/// Whether the states before a cue are set beside the set the cue names, not in it: "China, Japan and New
/// Zealand alongside the ten members of ASEAN signed …", «Китай наряду с членами ЕАЭС», "الصين إلى جانب أعضاء
/// آسيان". A `companion` phrase stands between the list and the cue with no state after it, and no
/// `companion_other` word makes the list one of the set ("Hungary, along with other EU members, …"), and at
/// most three words lead from the companion to the cue.
fn beside_the_members(ctx: &SentenceCtx<'_>, group: &Group<'_>, cue: &Cue) -> bool {
    if group.end > cue.start {
        return false;
    }
    let t = tables();
    let gap = norm_range(ctx, group.end, cue.start);
    let Some((at, len)) = t
        .companions
        .iter()
        .filter_map(|c| phrase_in(gap, c).map(|i| (i, c.needle().len())))
        .min()
    else {
        return false;
    };
    // The companion must lead to the cue itself ("alongside the ten members of"), not to an earlier set
    // before a verb cue ("alongside the ten members of ASEAN, signed the …").
    if tokens(&gap[at + len..])
        .filter(|tk| tk.kind == TokenKind::Word)
        .count()
        > 3
    {
        return false;
    }
    let state_after = ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country
            && m.start >= ctx.range.start + ctx.norm.orig_start(norm_at(ctx, group.end) + at)
            && m.end <= cue.start
    });
    !state_after
        && !tokens(gap)
            .filter(|tk| tk.kind == TokenKind::Word)
            .any(|tk| {
                t.companion_others
                    .iter()
                    .any(|o| o == &gap[tk.start..tk.end])
            })
}

/// Whether the state before a "members" noun speaks to the members instead of being one: "Washington warned
/// BRICS members", "حذرت واشنطن أعضاء بريكس" (the verb before the state, the noun right after it).
fn addressed(ctx: &SentenceCtx<'_>, group: &Group<'_>, cue: &Cue) -> bool {
    // "دعت روسيا والصين أعضاء بريكس": a verb of calling on also reads as an invitation (applicant).
    if !matches!(cue.status, "member" | "applicant") || group.end > cue.start {
        return false;
    }
    // "دعت مصر، العضو في الاتحاد الأفريقي، إلى…": a cue set off by a comma is an apposition describing
    // the state, not the object the verb calls on.
    if ctx.doc_text[group.end..cue.start].contains([',', '،']) {
        return false;
    }
    let t = tables();
    let words_in = |a: usize, b: usize| -> Vec<&str> {
        let n = norm_range(ctx, a, b);
        tokens(n)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| &n[tk.start..tk.end])
            .collect()
    };
    let between = words_in(group.end, cue.start);
    if between.iter().any(|w| t.addressing.matches(w)) {
        return true;
    }
    let before = words_in(ctx.range.start, group.start);
    between.len() <= 1 && before.last().is_some_and(|w| t.addressing.matches(w))
}

/// Whether the states after a cue only own its object: "welcomed Iran's decision", "includes Russia's
/// largest partners". The noun after them is what the cue is about (and a cue of its own when it is one:
/// "welcomed Timor-Leste's admission").
fn possessor_after(ctx: &SentenceCtx<'_>, group: &Group<'_>, cue: &Cue) -> bool {
    ctx.lang == blocwatch_text::Lang::En
        && group.start >= cue.end
        && ctx.doc_text[group.end..ctx.range.end]
            .trim_start()
            .starts_with(['\'', '’'])
}

/// Whether a plural observer cue names people its bloc sends rather than a status: the bloc touches it
/// ("EU observers", «наблюдатели ОБСЕ», «миссия наблюдателей ЕС», "مراقبو الاتحاد الأوروبي") and the
/// states stand after both, a word or more away — where they watch ("said the vote in Mozambique was
/// flawed", «раскритиковали выборы в Грузии», "مراقبين إلى جورجيا"). A list right after the cue ("Arctic
/// Council observers China and India") is the status.
fn monitors(ctx: &SentenceCtx<'_>, dates: &[DateHit], group: &Group<'_>, cue: &Cue) -> bool {
    if cue.status != "observer" || group.start < cue.end {
        return false;
    }
    // An Arabic cue may be the stem of a longer word ("مراقب" of "مراقبين"): the whole word is compared.
    let word_end = ctx.doc_text[cue.end..ctx.range.end]
        .char_indices()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(ctx.range.end, |(i, _)| cue.end + i);
    let cue_norm = norm_range(ctx, cue.start, word_end);
    if !tables().monitors.iter().any(|m| m == cue_norm) {
        return false;
    }
    // The bloc that touches the cue, and where the phrase of the two ends.
    let Some(end) = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.form != Form::Capital)
        .find_map(|m| {
            let before = m.end <= cue.start && {
                let gap = ctx.doc_text[m.end..cue.start].trim();
                gap.is_empty() || gap == "'s" || gap == "’s"
            };
            let after = m.start >= cue.end && {
                let gap = norm_range(ctx, cue.end, m.start).trim();
                gap.is_empty() || gap == "от" || gap == "из"
            };
            if before {
                Some(cue.end)
            } else if after {
                Some(m.end)
            } else {
                None
            }
        })
    else {
        return false;
    };
    group.start >= end && gap_words(ctx, dates, &ctx.doc_text[end..group.start], end, true) >= 1
}

/// Whether a status is one short of membership: observer, partner, dialogue partner.
fn lesser_status(status: &str) -> bool {
    matches!(status, "observer" | "partner" | "dialogue_partner")
}

/// Whether the date `iso` a claim would take belongs to a cue of another status: one standing between the
/// date and the claim ("In 2016 Gabon returned to OPEC, two decades after it had left", "كانت إيران تتمتع
/// بصفة مراقب … قبل أن تصبح عضوا … في يوليو 2023"), or one on the date's other side and nearer to it («До
/// вступления в ШОС в июле 2023 года Иран … имел статус наблюдателя»). A plain join and the lesser status
/// after it are one claim ("joined BRICS as a partner country on 1 January 2025").
fn date_of_other_cue(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    spans: &[(usize, usize, &str, bool)],
    cue: &Cue,
    claim_end: usize,
    iso: &str,
) -> bool {
    let plain = cue.status == "member" && plain_join(norm_range(ctx, cue.start, cue.end));
    // "انضمت صربيا في آذار 2006 إلى برنامج الشراكة من أجل السلام": a lesser status led to by a preposition
    // is the object of a join, one claim with it (not «… Иран … имел статус наблюдателя»).
    let joined_to = lesser_status(cue.status)
        && last_words(norm_before(ctx, cue.start), 3).iter().any(|w| {
            matches!(
                w.trim_start_matches('و'),
                "to" | "into" | "as" | "الي" | "بصفه" | "في" | "в" | "во" | "к" | "ко"
            )
        });
    let words = |a: usize, b: usize| {
        let (a, b) = (a.min(b), a.max(b));
        gap_words(ctx, dates, &ctx.doc_text[a..b], a, true)
    };
    let (s, e) = (cue.start, claim_end);
    let Some((own, d)) = dates
        .iter()
        .filter(|d| d.iso == iso && (d.end <= s || d.start >= e))
        .map(|d| {
            let own = if d.end <= s {
                words(d.end, s)
            } else {
                words(e, d.start)
            };
            (own, d)
        })
        .min_by_key(|&(own, _)| own)
    else {
        return false;
    };
    spans.iter().any(|&(cs, ce, status, other_plain)| {
        if status == cue.status
            || status == "same"
            || (cs < e && s < ce)
            || (plain && lesser_status(status))
            || (other_plain && joined_to)
        {
            return false;
        }
        let between = (d.end <= cs && ce <= s) || (e <= cs && ce <= d.start);
        // (Across a comma the other cue is another clause's: "which joined the EU in May 2004, left".)
        let near = |a: usize, b: usize| {
            !ctx.doc_text[a..b].contains([',', ';', '،', '؛']) && words(a, b) < own
        };
        let beyond = if d.end <= s {
            ce <= d.start && near(ce, d.start)
        } else {
            cs >= d.end && near(d.end, cs)
        };
        between || beyond
    })
}

/// The date of a verb of saying that reports a claim with no date of its own ("Russia has decided to quit the
/// G8, Lavrov said on Friday", «…вновь стал членом картеля, сообщили в субботу», "أعلنت الخارجية الاثنين أن
/// ماليزيا قدمت طلباً"): a date outside the claim with a `report` word among the four words before it in its
/// clause; the nearest such date to the cue.
fn reported_date(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    cue: &Cue,
    claim_end: usize,
) -> Option<String> {
    let t = tables();
    let n = ctx.norm.as_str();
    dates
        .iter()
        .filter(|d| !d.back && (d.end <= cue.start || d.start >= claim_end))
        .filter(|d| {
            let at = norm_at(ctx, d.start);
            last_words(clause_before(n, at), 4)
                .iter()
                .any(|w| t.reports.matches(w))
        })
        .min_by_key(|d| {
            if d.end <= cue.start {
                cue.start - d.end
            } else {
                d.start - claim_end
            }
        })
        .map(|d| d.iso.clone())
}

/// Whether a word for an anniversary stands among the five words before a cue ("في الذكرى الخامسة والسبعين
/// لتأسيس الحلف", "the 75th anniversary of its founding", «в годовщину создания»): the date near it is the
/// anniversary's, not the founding's.
fn anniversary(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    last_words(norm_before(ctx, cue.start), 5).iter().any(|w| {
        let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        t.anniversaries.iter().any(|a| a == w || a == bare)
    })
}

/// Whether a cue names the holding of a bloc's chair or presidency ("Hungary took over the EU presidency in
/// July 2024"): its state is a member, but the date is the office's, not the membership's.
fn office_cue(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let n = norm_range(ctx, cue.start, cue.end);
    tokens(n)
        .find(|tk| tk.kind == TokenKind::Word)
        .is_some_and(|tk| tables().office.matches(&n[tk.start..tk.end]))
}

/// Whether the bloc a staying cue speaks of is the object of its "in": the first bloc after the cue follows
/// it at once or after one `staying_gap` word ("stay in the CSTO", «останется в составе ОДКБ»); an Arabic
/// verb puts its state first ("تبقى أرمينيا في الاتحاد"), so there the word right before the bloc must be
/// one ("في", "ضمن"). "Tehran's embargo stays in place", "يبقى الاتحاد الأوروبي الشريك الأول للمغرب": no
/// state stays in a bloc.
fn stays_in(ctx: &SentenceCtx<'_>, cue_end: usize) -> bool {
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
        Some(w) => tables().staying_gap.iter().any(|g| g == w) && (arabic || words.len() == 1),
    }
}

/// Whether `cue` states a status held rather than one taken: its phrase is a `stative` row and no verb of
/// becoming stands near it ([`BECOMING_REACH`] words before it in its sentence, or in its clause right after it:
/// «Членом ВТО … стал Лаос»). "Egypt, a BRICS member, signed … on Tuesday", "leaders of the SCO member states
/// met … on 4 July", «Сегодня в ОДКБ входят…»: the date is the meeting's or the signing's, and the text says
/// nothing of when the membership began; "became a full member … in 2017" is dated.
fn held_status(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    let phrase = norm_range(ctx, cue.start, cue.end);
    // A stem inside a longer word ("عضو" of "عضويته", membership) is no status noun.
    let whole = !ctx.doc_text[cue.end..ctx.range.end]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if !whole || !t.stative.iter().any(|p| p == phrase) {
        return false;
    }
    // An ordinal says which member the state became ("the tenth member", "العضو العاشر"), unless it stands
    // in an apposition that names the state's place among the members ("Egypt, the twelfth member of BRICS,
    // said on 4 June", «Египет, двенадцатый член БРИКС, заявил», "مصر، العضو الثاني عشر في بريكس"): then
    // only a verb of becoming makes the date the membership's.
    let prior = norm_before(ctx, cue.start);
    let apposed = apposed_ordinal(prior);
    let becoming = |w: &str| t.becoming.matches(w) || (!apposed && ordinal(w));
    let before = last_words(prior, BECOMING_REACH);
    if before.iter().any(|w| becoming(w)) {
        return false;
    }
    let after = norm_range(ctx, cue.end, ctx.range.end);
    !tokens(after)
        .take_while(|tk| {
            !(tk.kind == TokenKind::Punct
                && matches!(&after[tk.start..tk.end], "," | "،" | ";" | "."))
        })
        .filter(|tk| tk.kind == TokenKind::Word)
        .take(6)
        .any(|tk| becoming(&after[tk.start..tk.end]))
}

/// Whether the normalised text before a cue ends with an apposition's opening: a comma, then nothing but
/// articles and ordinals ("Egypt, the twelfth", «Египет, двенадцатый», "مصر،").
fn apposed_ordinal(prior: &str) -> bool {
    let clause = clause_before(prior, prior.len());
    prior[..prior.len() - clause.len()].ends_with([',', '،'])
        && tokens(clause)
            .filter(|tk| tk.kind == TokenKind::Word)
            .all(|tk| {
                let w = &clause[tk.start..tk.end];
                ordinal(w) || matches!(w, "the" | "its" | "a" | "an")
            })
}

/// Whether the claim's date `iso` opens a period: a since phrase begins it or stands right before it or
/// before its preposition ("since 2015", «с 2015 года», "منذ عام 2015", "as of 1 January", "اعتبارا من"), or
/// a one-word since word stands within the four words before it.
fn since_dated(ctx: &SentenceCtx<'_>, dates: &[DateHit], iso: &str) -> bool {
    let t = tables();
    let ends_with = |n: &str, p: &str| {
        n.strip_suffix(p)
            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
    };
    dates.iter().filter(|d| d.iso == iso).any(|d| {
        let inside = norm_range(ctx, d.start, d.end);
        let before = norm_before(ctx, d.start).trim_end();
        // Past the date's preposition: "منذ عام", "since in"
        let unprep = t
            .date_prepositions
            .iter()
            .find_map(|p| {
                before
                    .strip_suffix(p.as_str())
                    .filter(|r| r.is_empty() || r.ends_with(' '))
            })
            .map(str::trim_end);
        // "since joining in 1952", "منذ انضمامها إليه عام 1952": a since word a few words before it.
        let near = last_words(before, 4);
        d.since
            || t.since_words.iter().any(|p| {
                inside
                    .strip_prefix(p.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                    || ends_with(before, p)
                    || unprep.is_some_and(|b| ends_with(b, p))
                    || near.iter().any(|w| w == p)
            })
    })
}

/// Whether a `member` cue is only a verb of joining (`joined`, `присоединились`, `انضمت`), not the word
/// member or full membership, which says the status itself.
fn plain_join(n: &str) -> bool {
    !["member", "член", "عضو", "full", "полноправ", "كامل"]
        .iter()
        .any(|w| n.contains(w))
}

/// Turns the plain joins of a bloc into the lesser status the same sentence gives it, then drops the
/// duplicates that makes.
fn lesser_status_for_plain_joins(out: &mut Vec<MembershipRec>, plain: &[(&str, &str)]) {
    let lesser = |r: &MembershipRec| !r.negated && lesser_status(&r.status);
    for i in 0..out.len() {
        let r = &out[i];
        if r.status != "member"
            || r.negated
            || !plain.contains(&(r.bloc.as_str(), r.member.as_str()))
        {
            continue;
        }
        if let Some(status) = out
            .iter()
            // "joined the EAEU as a founding member": the same state's founding says how it joined.
            // A join dated apart from the lesser status is a later step up from it: «До вступления в ШОС в
            // июле 2023 года Иран … имел статус наблюдателя».
            .find(|o| {
                o.bloc == r.bloc
                    && ((lesser(o) && (r.date.is_none() || o.date.is_some()))
                        || (o.status == "founder" && o.member == r.member && !o.negated))
            })
            .map(|o| o.status.clone())
        {
            out[i].status = status;
        }
    }
    let mut seen: Vec<(String, String, String)> = Vec::new();
    out.retain(|r| {
        let key = (r.bloc.clone(), r.member.clone(), r.status.clone());
        if r.negated || !seen.contains(&key) {
            seen.push(key);
            true
        } else {
            false
        }
    });
}

/// Words that stand between a state and its status without adding a claim of their own ("is also one of
/// the newest members", "теперь входит и в"): not counted as distance. `n` is the normalised gap.
fn fillers(t: &Tables, n: &str) -> usize {
    tokens(n)
        .filter(|tk| {
            tk.kind == TokenKind::Word && t.fillers.iter().any(|f| *f == n[tk.start..tk.end])
        })
        .count()
}

/// Whether a normalised gap before a state holds a conjunction that opens a clause ("in April 2023
/// and", "2023 و"); "и" and "بعد" also join lists and phrases, so they do not count.
fn after_conjunction(t: &Tables, n: &str) -> bool {
    tokens(n).filter(|tk| tk.kind == TokenKind::Word).any(|tk| {
        t.clause_conjunctions
            .iter()
            .any(|c| *c == n[tk.start..tk.end])
    })
}

/// Words in a gap, not counting those inside mentions of states and blocs or dates ("members of the
/// Shanghai Cooperation Organisation: India" is one word away; "founded on 15 June 2001 by China" two;
/// "أسست الصين وروسيا … منظمة شنغهاي" puts the bloc right after the founders).
fn gap_words(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    gap: &str,
    offset: usize,
    skip_states: bool,
) -> usize {
    tokens(gap)
        .filter(|t| t.kind == TokenKind::Word)
        .filter(|t| {
            let (s, e) = (offset + t.start, offset + t.end);
            // Overlap, not containment: "وروسيا" is one token, the mention starts after "و".
            !ctx.mentions.iter().any(|m| {
                (m.kind == Kind::Bloc || (skip_states && m.kind.is_geo()))
                    && m.start < e
                    && s < m.end
            }) && !in_date(dates, s, e)
        })
        .count()
}

/// Words of the sentence before a group of states ([`gap_words`] from the sentence's start): how far the
/// group is from opening the sentence as its subject.
fn words_before(ctx: &SentenceCtx<'_>, dates: &[DateHit], g: &Group<'_>) -> usize {
    gap_words(
        ctx,
        dates,
        &ctx.doc_text[ctx.range.start..g.start],
        ctx.range.start,
        false,
    )
}

/// Whether a normalised stretch of text names a meeting, a summit or a session ([`Tables::meetings`]).
fn names_meeting_in(t: &Tables, gap: &str) -> bool {
    tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| t.meetings.matches(&gap[tk.start..tk.end]))
}

/// The sentence's date nearest to `[s, e)`, if no more than [`MAX_DATE_GAP`] words (not counting entity
/// names) away: a date at the other end of a long sentence belongs to another clause.
fn nearest_date(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &[Group<'_>],
    s: usize,
    e: usize,
) -> Option<String> {
    dates
        .iter()
        // «вышедшая из СНГ после войны 2008 года», "quit the CIS after the 2008 war": the year of a noun
        // that a word of sequence sets before or after the claim is the other event's, not the claim's.
        .filter(|d| {
            !(d.of_noun
                && last_words(norm_before(ctx, d.start), 3).iter().any(|w| {
                    matches!(
                        *w,
                        "after" | "before" | "после" | "до" | "перед" | "بعد" | "قبل"
                    )
                }))
        })
        .filter_map(|d| {
            let (gs, ge) = if d.end <= s {
                (d.end, s)
            } else if d.start >= e {
                (e, d.start)
            } else {
                (s, s)
            };
            let gap = &ctx.doc_text[gs..ge];
            // A date across a clause break belongs to the other clause, unless it opens the sentence
            // ("In 2023, Iran joined the SCO", "وفي العام 2009، اتفقت").
            // A date inside a fronted phrase that goes on past it ("Founded in 1997 by Bangladesh and
            // India, BIMSTEC later took in Nepal") dates that phrase, not the clause after its comma.
            let fronted = d.end <= s
                && tokens(&ctx.doc_text[ctx.range.start..d.start])
                    .filter(|t| t.kind == TokenKind::Word)
                    .count()
                    <= 2
                && !ctx.doc_text[d.end..s]
                    .split([',', '،'])
                    .next()
                    .is_some_and(|head| head.chars().any(blocwatch_text::is_word_char));
            // Commas inside a list of states ("by Brazil, Russia, India and China in 2009") are no break.
            let breaks = gap.char_indices().any(|(i, c)| {
                matches!(c, ',' | ';' | '،' | '؛')
                    && !groups.iter().any(|g| g.start <= gs + i && gs + i < g.end)
            });
            if !fronted && breaks {
                return None;
            }
            // "formed the AES in September 2023 and later quit ECOWAS": a date before a conjunction
            // belongs to the clause before it.
            let t = tables();
            let joined = d.end <= s
                && !fronted
                && tokens(gap).any(|tk| {
                    let (ts, te) = (gs + tk.start, gs + tk.end);
                    tk.kind == TokenKind::Word
                        && !groups.iter().any(|g| g.start <= ts && te <= g.end)
                        && {
                            let w = norm_word(&gap[tk.start..tk.end]);
                            t.conjunctions.iter().any(|c| *c == w)
                        }
                });
            if joined {
                return None;
            }
            let words = tokens(gap)
                .filter(|t| t.kind == TokenKind::Word)
                .filter(|t| {
                    let (ts, te) = (gs + t.start, gs + t.end);
                    // Overlap, as in `gap_words`: "والعراق" is one token around the mention of Iraq.
                    !ctx.mentions.iter().any(|m| m.start < te && ts < m.end)
                })
                .count();
            // "…admitted as an observer at a meeting of the group's foreign ministers in Sanaa in June
            // 2005": a date after the claim that dates the meeting it was made at dates the claim.
            let near = words <= MAX_DATE_GAP
                || (d.start >= e
                    && words <= MAX_DATE_GAP + MEETING_DATE_SLACK
                    && names_meeting_in(t, norm_range(ctx, gs, ge)));
            near.then_some((words, d))
        })
        .min_by_key(|&(w, _)| w)
        .map(|(_, d)| d.iso.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::testing;
    use blocwatch_text::Lang;

    #[test]
    fn inclusion_phrases_are_written_normalised() {
        for p in INCLUSION_PHRASES
            .iter()
            .chain(&INCLUSION_MARKERS)
            .chain(&INCLUSION_OPENERS)
        {
            assert_eq!(normalize(p), *p);
        }
    }

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

    /// `WordSet::matches` as it was before the trie: a hash set of the words, then every stem compared, over the
    /// forms of [`unglued`].
    fn matches_by_scan(words: &[String], w: &str) -> bool {
        let forms = unglued(w);
        let bare_forms = if forms.len() > 1 {
            &forms[1..]
        } else {
            &forms[..]
        };
        let stem = |x: &String| {
            let n = x.chars().count();
            !x.is_ascii() && (n >= 4 || (n == 3 && !x.chars().any(is_cyrillic)))
        };
        words
            .iter()
            .any(|x| x == w || bare_forms.contains(&x.as_str()))
            || words
                .iter()
                .filter(|x| stem(x))
                .any(|x| bare_forms.iter().any(|b| b.starts_with(x.as_str())))
    }

    /// Every modal, negation and refusal list, with the words that test it: each word, its first and
    /// last letters cut, glued to proclitics and endings, and every pair of words glued.
    #[test]
    fn word_sets_agree_with_a_scan_of_their_lists() {
        let modal = facts_rows(MODAL_CSV, &["word", "kind"]);
        let mut lists: Vec<Vec<String>> = modal
            .iter()
            .map(|r| r[1].clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|k| {
                modal
                    .iter()
                    .filter(|r| r[1] == k)
                    .map(|r| normalize(&r[0]))
                    .collect()
            })
            .collect();
        lists.push(
            facts_rows(NEGATION_CSV, &["word"])
                .into_iter()
                .map(|r| normalize(&r[0]))
                .collect(),
        );
        let (mut yes, mut no) = (0, 0);
        for words in lists {
            let set = WordSet::new(words.clone());
            let mut probes: Vec<String> = vec![String::new(), "x".into()];
            for w in &words {
                let mut cut = w.chars();
                cut.next_back();
                let mut head = w.chars();
                head.next();
                probes.extend([
                    w.clone(),
                    cut.as_str().to_string(),
                    head.as_str().to_string(),
                    format!("و{w}"),
                    format!("وف{w}"),
                    format!("{w}ها"),
                    format!("{w}ась"),
                    format!("{w}s"),
                ]);
            }
            for pair in words.windows(2) {
                probes.push(pair.concat());
            }
            for p in &probes {
                let want = matches_by_scan(&words, p);
                assert_eq!(set.matches(p), want, "{p:?}");
                if want {
                    yes += 1;
                } else {
                    no += 1;
                }
            }
        }
        assert!(yes > 500 && no > 500, "{yes} matched, {no} did not");
    }

    /// `expect`: one `bloc/member/status[ date][ negated]` line per claim.
    fn check(lang: Lang, input: &str, expect: &[&str]) {
        let ctx = testing::ctx(input, lang, Some("2024-10-22"));
        let dates = crate::dates::Dates::new(&ctx);
        let got: Vec<String> = find(&ctx, &dates)
            .iter()
            .map(|m| {
                let mut s = format!("{}/{}/{}", m.bloc, m.member, m.status);
                if let Some(d) = &m.date {
                    s.push(' ');
                    s.push_str(d);
                }
                if m.negated {
                    s.push_str(" negated");
                }
                s
            })
            .collect();
        assert_eq!(got, expect, "in {input:?}");
    }

    #[test]
    fn english_joining_and_founding() {
        check(
            Lang::En,
            "Iran joined the SCO in July 2023.",
            &["SCO/IRN/member 2023-07"],
        );
        check(
            Lang::En,
            "BRICS was founded by Brazil, Russia, India and China in 2009.",
            &[
                "BRICS/BRA/founder 2009",
                "BRICS/RUS/founder 2009",
                "BRICS/IND/founder 2009",
                "BRICS/CHN/founder 2009",
            ],
        );
        check(
            Lang::En,
            "Egypt, Ethiopia, Iran and the UAE became members of BRICS on January 1, 2024.",
            &[
                "BRICS/EGY/member 2024-01-01",
                "BRICS/ETH/member 2024-01-01",
                "BRICS/IRN/member 2024-01-01",
                "BRICS/ARE/member 2024-01-01",
            ],
        );
        check(
            Lang::En,
            "Turkey applied to join the SCO.",
            &["SCO/TUR/applicant"],
        );
        check(
            Lang::En,
            "Mongolia has observer status in the SCO.",
            &["SCO/MNG/observer"],
        );
        check(
            Lang::En,
            "Armenia froze its membership in the CSTO.",
            &["CSTO/ARM/suspended"],
        );
        check(
            Lang::En,
            "Uzbekistan withdrew from the CSTO in 2012.",
            &["CSTO/UZB/former 2012"],
        );
        check(
            Lang::En,
            "Belarus became a BRICS partner country.",
            &["BRICS/BLR/partner"],
        );
        check(
            Lang::En,
            "Egypt is an SCO dialogue partner.",
            &["SCO/EGY/dialogue_partner"],
        );
    }

    /// Session 7: constructions the unseen sets missed, on sentences written for this test.
    #[test]
    fn partnerships_ordinals_passives_and_objects() {
        // "won" is only negative as "won't"; آذار (March) is not إذا (if).
        check(
            Lang::En,
            "Mongolia won observer status in the SCO in 2004.",
            &["SCO/MNG/observer 2004"],
        );
        check(
            Lang::En,
            "Serbia won't join NATO.",
            &["NATO/SRB/member negated"],
        );
        check(
            Lang::Ar,
            "انضمت صربيا في آذار 2006 إلى برنامج الشراكة من أجل السلام لحلف شمال الأطلسي.",
            &["NATO/SRB/partner 2006-03"],
        );
        // A partnership programme makes partners; the states counted before an ordinal share it.
        check(
            Lang::En,
            "Bosnia joined NATO's Partnership for Peace in December 2006.",
            &["NATO/BIH/partner 2006-12"],
        );
        check(
            Lang::En,
            "Sweden became NATO's 32nd member after Finland.",
            &["NATO/SWE/member", "NATO/FIN/member"],
        );
        check(
            Lang::En,
            "Sweden became NATO's 32nd member after Hungary ratified its bid.",
            &["NATO/SWE/member"],
        );
        check(
            Lang::Ru,
            "Иордания стала третьим партнёром НАТО по Средиземноморскому диалогу, после Египта и Израиля.",
            &["NATO/JOR/partner", "NATO/EGY/partner", "NATO/ISR/partner"],
        );
        // A passive after the membership noun, and a second participle that gives it back.
        check(
            Lang::En,
            "Mali's membership in the AU was suspended in June 2021 and reinstated in 2024.",
            &["AU/MLI/suspended 2021-06", "AU/MLI/member 2024"],
        );
        // Members that a preposition leads to are another act's object.
        check(Lang::En, "Japan's exports to EU member states fell.", &[]);
        check(
            Lang::Ar,
            "تراجعت صادرات اليابان إلى الدول الأعضاء في الاتحاد الأوروبي.",
            &[],
        );
        // A bloc's verb, a date, the noun and its state; a Russian bloc's verb with its object.
        check(
            Lang::Ar,
            "جمّدت جامعة الدول العربية في نوفمبر 2011 عضوية سوريا.",
            &["ARAB_LEAGUE/SYR/suspended 2011-11"],
        );
        check(
            Lang::Ru,
            "Совет Европы в марте 2022 года исключил Россию.",
            &["COE/RUS/former 2022-03"],
        );
        // Blocs listed after the cue's bloc share the claim; a singular relative is about the last state.
        check(
            Lang::En,
            "Latvia joined NATO and the EU in 2004.",
            &["NATO/LVA/member 2004", "EU/LVA/member 2004"],
        );
        check(
            Lang::Ar,
            "انضمت ليتوانيا إلى حلف شمال الأطلسي والاتحاد الأوروبي عام 2004.",
            &["NATO/LTU/member 2004", "EU/LTU/member 2004"],
        );
        check(
            Lang::Ru,
            "Переговоры России и Латвии, которая с 2004 года входит в НАТО и ЕС, зашли в тупик.",
            &["NATO/LVA/member 2004", "EU/LVA/member 2004"],
        );
    }

    #[test]
    fn english_lists_and_negation() {
        check(
            Lang::En,
            "The summit of BRICS (Russia, China, Brazil, South Africa, India) opened.",
            &[
                "BRICS/RUS/member",
                "BRICS/CHN/member",
                "BRICS/BRA/member",
                "BRICS/ZAF/member",
                "BRICS/IND/member",
            ],
        );
        check(
            Lang::En,
            "Argentina declined to join BRICS.",
            &["BRICS/ARG/member negated"],
        );
        check(
            Lang::En,
            "Ukraine is not a member of NATO.",
            &["NATO/UKR/member negated"],
        );
        check(
            Lang::En,
            "Moscow hosted the SCO summit and praised China.",
            &[],
        );
    }

    #[test]
    fn arabic_claims() {
        check(
            Lang::Ar,
            "انضمت إيران إلى منظمة شنغهاي للتعاون عام 2023.",
            &["SCO/IRN/member 2023"],
        );
        check(
            Lang::Ar,
            "أسست الصين وروسيا وكازاخستان وقيرغيزستان وطاجيكستان وأوزبكستان منظمة شنغهاي للتعاون عام 2001.",
            &["SCO/CHN/founder 2001", "SCO/RUS/founder 2001", "SCO/KAZ/founder 2001", "SCO/KGZ/founder 2001", "SCO/TJK/founder 2001", "SCO/UZB/founder 2001"],
        );
        check(
            Lang::Ar,
            "تقدمت تركيا بطلب للانضمام إلى مجموعة بريكس.",
            &["BRICS/TUR/applicant"],
        );
        check(
            Lang::Ar,
            "لم تنضم الأرجنتين إلى مجموعة بريكس.",
            &["BRICS/ARG/member negated"],
        );
        check(
            Lang::Ar,
            "شارك وزراء خارجية دول البريكس (الهند-البرازيل- الصين- روسيا جنوب أفريقيا) في الاجتماع.",
            &[
                "BRICS/IND/member",
                "BRICS/BRA/member",
                "BRICS/CHN/member",
                "BRICS/RUS/member",
                "BRICS/ZAF/member",
            ],
        );
    }

    #[test]
    fn russian_claims() {
        check(
            Lang::Ru,
            "Иран вступил в ШОС в 2023 году.",
            &["SCO/IRN/member 2023"],
        );
        check(
            Lang::Ru,
            "Армения заморозила участие в ОДКБ.",
            &["CSTO/ARM/suspended"],
        );
        check(
            Lang::Ru,
            "Турция подала заявку на вступление в ШОС.",
            &["SCO/TUR/applicant"],
        );
        check(
            Lang::Ru,
            "Узбекистан вышел из ОДКБ в 2012 году.",
            &["CSTO/UZB/former 2012"],
        );
        check(
            Lang::Ru,
            "Аргентина не вступила в БРИКС.",
            &["BRICS/ARG/member negated"],
        );
        check(
            Lang::Ru,
            "Монголия имеет статус наблюдателя в ШОС.",
            &["SCO/MNG/observer"],
        );
    }

    #[test]
    fn partners_observers_and_founders() {
        check(
            Lang::Ar,
            "حصلت بيلاروسيا على صفة الدولة الشريكة في مجموعة بريكس مطلع 2025.",
            &["BRICS/BLR/partner 2025"],
        );
        check(
            Lang::Ru,
            "Белоруссия стала партнёром БРИКС 1 января 2025 года.",
            &["BRICS/BLR/partner 2025-01-01"],
        );
        check(
            Lang::En,
            "Bolivia became a partner country of BRICS in January 2025.",
            &["BRICS/BOL/partner 2025-01"],
        );
        check(
            Lang::Ar,
            "أصبحت إندونيسيا عضوا كاملا في مجموعة بريكس في يناير 2025.",
            &["BRICS/IDN/member 2025-01"],
        );
        check(
            Lang::Ru,
            "Лаос является страной-наблюдателем в ШОС.",
            &["SCO/LAO/observer"],
        );
        check(
            Lang::En,
            "The founding members of ASEAN, Indonesia, Malaysia, the Philippines, Singapore and Thailand, met.",
            &["ASEAN/IDN/founder", "ASEAN/MYS/founder", "ASEAN/PHL/founder", "ASEAN/SGP/founder", "ASEAN/THA/founder"],
        );
    }

    #[test]
    fn applications() {
        check(
            Lang::En,
            "Finland and Sweden submitted their NATO membership applications in May 2022.",
            &["NATO/FIN/applicant 2022-05", "NATO/SWE/applicant 2022-05"],
        );
        check(
            Lang::En,
            "Azerbaijan has applied for observer status in the SCO.",
            &[],
        );
        check(
            Lang::En,
            "Moldova and Ukraine were granted EU candidate status in June 2022.",
            &["EU/MDA/applicant 2022-06", "EU/UKR/applicant 2022-06"],
        );
        check(
            Lang::En,
            "Kazakhstan has no plans to join BRICS.",
            &["BRICS/KAZ/member negated"],
        );
        check(
            Lang::Ru,
            "Сербия ведёт переговоры о вступлении в Евросоюз с 2014 года.",
            &["EU/SRB/applicant 2014"],
        );
        check(
            Lang::Ru,
            "Азербайджан подал заявку на получение статуса наблюдателя в ШОС.",
            &[],
        );
        // The infinitive is the member's own application (session 17: "have" between the state and its
        // cue counts as no word).
        check(
            Lang::En,
            "Turkey is the only NATO member to have applied to join the SCO.",
            &["NATO/TUR/member", "SCO/TUR/applicant"],
        );
    }

    #[test]
    fn second_clauses_and_relative_clauses() {
        check(
            Lang::En,
            "Finland became NATO's 31st member in April 2023 and Sweden followed in March 2024.",
            &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
        );
        check(
            Lang::Ru,
            "Финляндия вступила в НАТО в апреле 2023 года, а Швеция — в марте 2024-го.",
            &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
        );
        check(
            Lang::Ar,
            "انضمت فنلندا إلى حلف شمال الأطلسي عام 2023 ولحقت بها السويد لاحقا.",
            &["NATO/FIN/member 2023", "NATO/SWE/member"],
        );
        check(
            Lang::En,
            "Iran, which joined the SCO in 2023, is also one of the newest members of BRICS.",
            &["SCO/IRN/member 2023", "BRICS/IRN/member"],
        );
        check(
            Lang::Ru,
            "Иран, ставший членом ШОС, теперь входит в БРИКС.",
            &["SCO/IRN/member", "BRICS/IRN/member"],
        );
        // The relative clause's subject is the bloc, not the state before it.
        check(
            Lang::En,
            "Egypt joined the NDB, which BRICS founded.",
            &["NDB/EGY/member"],
        );
    }

    #[test]
    fn joining_as_a_lesser_status() {
        check(
            Lang::Ru,
            "В октябре 2024 года к числу партнёров БРИКС присоединились Казахстан и Узбекистан.",
            &["BRICS/KAZ/partner 2024-10", "BRICS/UZB/partner 2024-10"],
        );
        check(
            Lang::Ar,
            "انضمت كازاخستان وأوزبكستان إلى بريكس كدولتين شريكتين في أكتوبر 2024.",
            &["BRICS/KAZ/partner 2024-10", "BRICS/UZB/partner 2024-10"],
        );
        check(
            Lang::En,
            "Vietnam became a BRICS partner country in June 2025, joining Belarus and Bolivia.",
            &[
                "BRICS/VNM/partner 2025-06",
                "BRICS/BLR/partner",
                "BRICS/BOL/partner",
            ],
        );
        // A full member and an observer in one sentence keep their own statuses.
        check(
            Lang::En,
            "Iran became a full member of the SCO in 2023, while Mongolia remains an SCO observer.",
            &["SCO/IRN/member 2023", "SCO/MNG/observer"],
        );
    }

    #[test]
    fn started_accession_procedures_and_seats_sought_are_applications() {
        check(
            Lang::Ar,
            "أطلقت قمة منظمة شنغهاي للتعاون إجراءات انضمام بيلاروس إلى المنظمة.",
            &["SCO/BLR/applicant"],
        );
        check(
            Lang::En,
            "The SCO launched the procedure for admitting Belarus at its summit in Samarkand.",
            &["SCO/BLR/applicant"],
        );
        check(
            Lang::En,
            "Vietnam has formally sought a seat in BRICS.",
            &["BRICS/VNM/applicant"],
        );
        check(
            Lang::Ru,
            "Шри-Ланка добивается места в БРИКС.",
            &["BRICS/LKA/applicant"],
        );
    }

    #[test]
    fn fronted_phrases_and_the_body_of_a_bloc_that_suspends() {
        // A state ending a fronted phrase is not the subject after it.
        check(
            Lang::En,
            "After years of talks with Brussels over its debts and a long dispute with Moscow, Georgia joined the WTO in 2000.",
            &["WTO/GEO/member 2000"],
        );
        check(
            Lang::En,
            "Seeking new markets after the collapse of the Soviet Union, Turkmenistan joined the Non-Aligned Movement in 1995.",
            &["NON_ALIGNED/TKM/member 1995"],
        );
        check(
            Lang::Ar,
            "بعد مفاوضات طويلة مع بروكسل وخلافات مع موسكو، انضمت جورجيا إلى منظمة التجارة العالمية عام 2000.",
            &["WTO/GEO/member 2000"],
        );
        // A list closed past its last state is still a list.
        check(
            Lang::Ru,
            "В ШОС входят Китай, Россия, Индия и страны Центральной Азии.",
            &["SCO/CHN/member", "SCO/RUS/member", "SCO/IND/member"],
        );
        // The verb of suspending may stand before the body of the bloc that acts.
        check(
            Lang::Ar,
            "علّق مجلس السلم والأمن التابع للاتحاد الأفريقي الاثنين عضوية النيجر حتى عودة الحكم الدستوري.",
            &["AU/NER/suspended 2024-10-21"],
        );
    }

    #[test]
    fn reported_changes_take_the_reports_date_held_statuses_none() {
        // eval/README, session 18 (b): the document date 2024-10-22 is a Tuesday.
        check(
            Lang::En,
            "Thailand has submitted its application to join BRICS, a government spokesman told reporters on Monday.",
            &["BRICS/THA/applicant 2024-10-21"],
        );
        check(
            Lang::Ru,
            "Вьетнам подал заявку на вступление в БРИКС, заявил в понедельник представитель МИД.",
            &["BRICS/VNM/applicant 2024-10-21"],
        );
        check(
            Lang::Ar,
            "أعلنت وزارة الخارجية الماليزية الاثنين أن ماليزيا قدمت طلباً للانضمام إلى مجموعة بريكس.",
            &["BRICS/MYS/applicant 2024-10-21"],
        );
        check(
            Lang::En,
            "Egypt, a BRICS member, said on Monday that it would raise interest rates.",
            &["BRICS/EGY/member"],
        );
        check(
            Lang::Ru,
            "Лидеры трёх стран ОДКБ — России, Армении и Белоруссии — встретились 5 мая в Минске.",
            &["CSTO/RUS/member", "CSTO/ARM/member", "CSTO/BLR/member"],
        );
    }

    #[test]
    fn founding_nouns_elided_second_blocs_and_arabic_companions() {
        // An Arabic noun of founding claims the bloc it governs, not a body it founds beside a bloc.
        check(
            Lang::Ar,
            "شاركت مصر والسعودية في إنشاء جامعة الدول العربية عام 1945.",
            &[
                "ARAB_LEAGUE/EGY/founder 1945",
                "ARAB_LEAGUE/SAU/founder 1945",
            ],
        );
        check(
            Lang::Ar,
            "اتفقت روسيا والصين على إنشاء بنك للتنمية تابع لمجموعة بريكس.",
            &[],
        );
        check(
            Lang::Ar,
            "اقترحت البرازيل على دول بريكس إنشاء منصة للدفع.",
            &[],
        );
        // A second bloc whose verb is left out takes the claim with its own date.
        check(
            Lang::En,
            "Egypt joined the African Union in 1963 and BRICS in 2024.",
            &["AU/EGY/member 1963", "BRICS/EGY/member 2024"],
        );
        check(
            Lang::Ru,
            "Финляндия вступила в ЕС в 1995 году и в НАТО в 2023 году.",
            &["EU/FIN/member 1995", "NATO/FIN/member 2023"],
        );
        check(
            Lang::Ar,
            "انضمت تركيا إلى حلف الناتو عام 1952 وإلى مجموعة العشرين عام 1999.",
            &["NATO/TUR/member 1952", "G20/TUR/member 1999"],
        );
        check(
            Lang::En,
            "Egypt joined the African Union in 1963 and BRICS leaders met in 2024.",
            &["AU/EGY/member 1963"],
        );
        // «مع» after the subject touching its verb names companions in the claim; elsewhere it does not.
        check(
            Lang::Ar,
            "انضمت الإمارات مع إيران إلى مجموعة بريكس في يناير 2024.",
            &["BRICS/ARE/member 2024-01", "BRICS/IRN/member 2024-01"],
        );
        check(
            Lang::Ar,
            "ناقشت تركيا مع روسيا طلب انضمامها إلى منظمة شنغهاي للتعاون.",
            &["SCO/TUR/applicant"],
        );
        check(
            Lang::Ar,
            "تتفاوض أرمينيا مع أذربيجان، العضو في حركة عدم الانحياز، على معاهدة سلام.",
            &["NON_ALIGNED/AZE/member"],
        );
    }

    #[test]
    fn arabic_split_phrases_russian_passives_and_companions() {
        check(
            Lang::Ar,
            "علقت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي.",
            &["CSTO/ARM/suspended"],
        );
        check(
            Lang::Ar,
            "عادت سوريا إلى جامعة الدول العربية في مايو 2023.",
            &["ARAB_LEAGUE/SYR/member 2023-05"],
        );
        check(Lang::Ar, "عادت روسيا إلى طاولة المفاوضات مع الناتو.", &[]);
        check(
            Lang::Ar,
            "لم يحضر ممثل عن أرمينيا التي جمدت مشاركتها في منظمة معاهدة الأمن الجماعي.",
            &["CSTO/ARM/suspended"],
        );
        check(
            Lang::Ru,
            "Белоруссия была принята в ШОС на саммите в Астане в июле 2024 года.",
            &["SCO/BLR/member 2024-07"],
        );
        // "мол" (hearsay) is a whole word, not the start of "Молдавия".
        check(
            Lang::Ru,
            "Молдавия приостановила участие в органах СНГ.",
            &["CIS/MDA/suspended"],
        );
        check(
            Lang::En,
            "Uzbekistan received observer status in the EAEU in December 2020, alongside Cuba.",
            &["EAEU/UZB/observer 2020-12", "EAEU/CUB/observer 2020-12"],
        );
        check(
            Lang::En,
            "Iran, an SCO observer since 2005, became the organisation's ninth full member in July 2023.",
            &["SCO/IRN/observer 2005", "SCO/IRN/member 2023-07"],
        );
    }

    #[test]
    fn a_summit_city_is_no_member() {
        check(
            Lang::Ar,
            "انضمت بيلاروس رسميا إلى منظمة شنغهاي للتعاون خلال قمة أستانا، لتصبح العضو العاشر في المنظمة.",
            &["SCO/BLR/member"],
        );
        check(
            Lang::En,
            "Belarus joined the SCO at the Astana summit, becoming its tenth member.",
            &["SCO/BLR/member"],
        );
    }

    #[test]
    fn outsiders_addressing_members() {
        check(
            Lang::En,
            "Washington warned BRICS members against building a rival currency.",
            &[],
        );
        check(
            Lang::Ar,
            "حذرت واشنطن أعضاء بريكس من التخلي عن الدولار.",
            &[],
        );
        check(
            Lang::En,
            "Russia and China, both BRICS members, urged restraint.",
            &["BRICS/RUS/member", "BRICS/CHN/member"],
        );
    }

    #[test]
    fn followers_repeat_the_previous_claim() {
        check(
            Lang::En,
            "Iran became a member of the SCO in July 2023, and Belarus followed in July 2024.",
            &["SCO/IRN/member 2023-07", "SCO/BLR/member 2024-07"],
        );
        check(
            Lang::En,
            "Cuba became a BRICS partner country on 1 January 2025; Nigeria was added on 17 January.",
            &["BRICS/CUB/partner 2025-01-01", "BRICS/NGA/partner 2025-01-17"],
        );
        check(Lang::En, "Iran followed the talks closely.", &[]);
    }

    #[test]
    fn clauses_keep_their_dates() {
        check(
            Lang::En,
            "Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO, while Azerbaijan left the organisation in 1999.",
            &["CSTO/KAZ/member", "CSTO/KGZ/member", "CSTO/TJK/member", "CSTO/AZE/former 1999"],
        );
        check(
            Lang::En,
            "In 2023, Iran joined the SCO.",
            &["SCO/IRN/member 2023"],
        );
        check(
            Lang::Ar,
            "انضمت فنلندا إلى حلف شمال الأطلسي في نيسان/أبريل 2023، فيما انضمت السويد في آذار/مارس 2024.",
            &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
        );
    }

    #[test]
    fn not_membership() {
        check(
            Lang::En,
            "The EU suspended Russia's participation in its programmes, Brussels said.",
            &[],
        );
        check(
            Lang::En,
            "Saudi Arabia has not confirmed whether it will join BRICS.",
            &[],
        );
        check(
            Lang::En,
            "Were Turkey to join BRICS, it would be the first NATO member inside.",
            &[],
        );
        check(
            Lang::Ru,
            "Соглашение между ЕАЭС и Сербией вступило в силу в 2021 году.",
            &[],
        );
        check(
            Lang::Ru,
            "Если бы Армения вышла из ОДКБ, в организации осталось бы пять государств.",
            &[],
        );
        check(
            Lang::Ar,
            "لو انضمت السعودية إلى بريكس لتغيرت سوق النفط.",
            &[],
        );
        check(
            Lang::En,
            "Russia proposed creating a BRICS grain exchange.",
            &[],
        );
    }

    #[test]
    fn more_forms() {
        check(
            Lang::En,
            "Mali was suspended from ECOWAS after the coup.",
            &["ECOWAS/MLI/suspended"],
        );
        check(
            Lang::En,
            "Laos and Vietnam are ASEAN members, and Papua New Guinea is an observer.",
            &["ASEAN/LAO/member", "ASEAN/VNM/member", "ASEAN/PNG/observer"],
        );
        check(
            Lang::En,
            "Timor-Leste was admitted as the eleventh member of ASEAN at the Kuala Lumpur summit.",
            &["ASEAN/TLS/member"],
        );
        check(
            Lang::Ar,
            "أعلنت الأرجنتين رفضها الانضمام إلى مجموعة بريكس.",
            &["BRICS/ARG/member negated"],
        );
        check(
            Lang::Ar,
            "وتضم منظمة معاهدة الأمن الجماعي روسيا وبيلاروسيا وأرمينيا.",
            &["CSTO/RUS/member", "CSTO/BLR/member", "CSTO/ARM/member"],
        );
        check(
            Lang::Ar,
            "لم تنضم تركيا إلى العقوبات على روسيا رغم عضويتها في حلف شمال الأطلسي.",
            &["NATO/TUR/member"],
        );
        check(
            Lang::Ru,
            "В 2015 году Индия и Пакистан подали заявки на вступление в ШОС.",
            &["SCO/IND/applicant 2015", "SCO/PAK/applicant 2015"],
        );
        check(
            Lang::Ru,
            "Египет, Эфиопия, Иран и ОАЭ присоединились к БРИКС 1 января 2024 года.",
            &[
                "BRICS/EGY/member 2024-01-01",
                "BRICS/ETH/member 2024-01-01",
                "BRICS/IRN/member 2024-01-01",
                "BRICS/ARE/member 2024-01-01",
            ],
        );
        check(
            Lang::Ru,
            "Монголия имеет статус наблюдателя в ШОС, но вступать в организацию не спешит.",
            // The refusal is a second clause without its own subject: not coded.
            &["SCO/MNG/observer"],
        );
    }

    #[test]
    fn object_verb_with_the_bloc_after_its_state() {
        // The verb's subject is no bloc: the bloc stands behind the preposition of the move.
        check(
            Lang::En,
            "Regional leaders suspended Niger from ECOWAS in July 2023 after the coup.",
            &["ECOWAS/NER/suspended 2023-07"],
        );
        check(
            Lang::En,
            "Heads of state admitted South Sudan into the East African Community in 2016.",
            &["EAC/SSD/member 2016"],
        );
        check(
            Lang::Ru,
            "Министры исключили Россию из Совета Европы в марте 2022 года.",
            &["COE/RUS/former 2022-03"],
        );
        check(
            Lang::Ru,
            "Главы государств приняли Южный Судан в Восточноафриканское сообщество в 2016 году.",
            &["EAC/SSD/member 2016"],
        );
        // The state is no object of the verb, or a noun stands between it and the preposition.
        check(
            Lang::En,
            "Poland expelled Russian diplomats from the country and urged the EU to follow.",
            &[],
        );
        check(
            Lang::En,
            "Lithuania suspended imports from Russia to the EU market last year.",
            &[],
        );
        check(
            Lang::Ru,
            "Польша выслала российских дипломатов из страны и призвала ЕС последовать её примеру.",
            &[],
        );
    }

    #[test]
    fn the_commonwealth_by_its_short_name() {
        check(
            Lang::En,
            "Zimbabwe quit the Commonwealth in 2003.",
            &["COMMONWEALTH/ZWE/former 2003"],
        );
        check(
            Lang::En,
            "The Commonwealth of Australia signed the treaty with Japan in 2003.",
            &[],
        );
    }

    #[test]
    fn an_invitation_gives_no_status() {
        // eval/README, Memberships, session 19: the invitation is the bloc's act, answered or not.
        check(
            Lang::En,
            "Ethiopia was invited to join BRICS at the Johannesburg summit.",
            &[],
        );
        check(
            Lang::En,
            "Cuba was invited to become a BRICS partner country in Kazan.",
            &[],
        );
        check(
            Lang::Ar,
            "دعيت إثيوبيا للانضمام إلى بريكس في قمة جوهانسبرغ.",
            &[],
        );
        check(
            Lang::Ru,
            "Эфиопию пригласили вступить в БРИКС на саммите в Йоханнесбурге.",
            &[],
        );
        // The state's own application still makes it an applicant, and joining a member.
        check(
            Lang::En,
            "Egypt joined BRICS in 2024, a year after it was invited.",
            &["BRICS/EGY/member 2024"],
        );
    }

    #[test]
    fn the_au_peace_and_security_council_is_the_au() {
        check(
            Lang::En,
            "The African Union's Peace and Security Council suspended Mali in June 2021.",
            &["AU/MLI/suspended 2021-06"],
        );
    }

    #[test]
    fn an_office_handed_over_goes_to_a_member_too() {
        check(
            Lang::Ru,
            "Председательство в АСЕАН перешло от Индонезии к Лаосу.",
            &["ASEAN/IDN/member", "ASEAN/LAO/member"],
        );
        check(
            Lang::Ar,
            "انتقلت رئاسة مجموعة العشرين من الهند إلى البرازيل.",
            &["G20/IND/member", "G20/BRA/member"],
        );
    }

    #[test]
    fn a_bare_arabic_freeze_suspends_only_a_membership() {
        check(
            Lang::Ar,
            "جمّد الاتحاد الأفريقي عضوية النيجر عام 2023.",
            &["AU/NER/suspended 2023"],
        );
        check(
            Lang::Ar,
            "جمّدت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي.",
            &["CSTO/ARM/suspended"],
        );
        check(Lang::Ar, "جمّد البنك الدولي قروضه لروسيا يوم الأربعاء.", &[]);
        check(
            Lang::Ar,
            "جمّدت منظمة التجارة العالمية المحادثات مع بيلاروسيا.",
            &[],
        );
    }

    #[test]
    fn a_future_status_has_not_happened() {
        check(
            Lang::Ru,
            "Иран станет полноправным членом БРИКС в январе.",
            &[],
        );
        check(Lang::Ar, "ستصبح إيران عضواً كاملاً في بريكس في يناير.", &[]);
    }

    #[test]
    fn an_elided_bloc_dated_by_a_year_with_its_case_ending() {
        check(
            Lang::Ru,
            "Финляндия вступила в ЕС в 1995 году, а в НАТО — в 2023-м.",
            &["EU/FIN/member 1995", "NATO/FIN/member 2023"],
        );
    }

    #[test]
    fn the_status_an_admission_names_after_its_state() {
        check(
            Lang::En,
            "The Arab League admitted Venezuela as an observer in 2006, alongside India.",
            &[
                "ARAB_LEAGUE/VEN/observer 2006",
                "ARAB_LEAGUE/IND/observer 2006",
            ],
        );
    }

    #[test]
    fn a_state_admitted_to_a_lesser_status_took_that_status() {
        check(
            Lang::Ru,
            "ШОС в 2012 году приняла Турцию в качестве партнёра по диалогу.",
            &["SCO/TUR/dialogue_partner 2012"],
        );
        check(
            Lang::Ru,
            "ШОС в 2017 году приняла Индию.",
            &["SCO/IND/member 2017"],
        );
    }

    /// eval/README, Memberships: a change still to come gives no status yet; an office still to come is
    /// held by a member already.
    #[test]
    fn a_change_still_to_come_claims_nothing() {
        check(Lang::En, "Algeria is set to join the AIIB next month.", &[]);
        // Having no plans is a refusal, kept negated (`applications`), not a change to come.
        check(
            Lang::En,
            "Laos has no plans to join the SCO.",
            &["SCO/LAO/member negated"],
        );
        check(
            Lang::En,
            "Laos is expected to become an observer at the SCO.",
            &[],
        );
        check(
            Lang::Ru,
            "Таиланд вступит в БРИКС в качестве страны-партнёра с 1 января.",
            &[],
        );
        check(Lang::Ru, "Как ожидается, Лаос присоединится к ШОС.", &[]);
        check(Lang::Ar, "ستنضم تايلاند إلى بريكس بصفة دولة شريكة.", &[]);
        check(
            Lang::Ar,
            "ومن المقرر أن تنضم الجزائر إلى بنك التنمية الجديد.",
            &[],
        );
        check(
            Lang::Ar,
            "ستتولى البرازيل رئاسة مجموعة بريكس العام المقبل.",
            &["BRICS/BRA/member"],
        );
        // A future in another clause leaves the claim alone.
        check(
            Lang::En,
            "Laos joined ASEAN in 1997, and talks are expected to resume.",
            &["ASEAN/LAO/member 1997"],
        );
    }

    /// A join said to take a member's seat ("as full members", "as the bloc's tenth member", «как полноправные
    /// члены», "كعضوين كاملين") is no plain join: the lesser status the sentence names is the one left behind.
    #[test]
    fn a_join_to_a_members_seat_keeps_its_status() {
        check(
            Lang::En,
            "Observer states Iran and Belarus joined the SCO as full members.",
            &[
                "SCO/IRN/observer",
                "SCO/BLR/observer",
                "SCO/IRN/member",
                "SCO/BLR/member",
            ],
        );
        check(
            Lang::En,
            "Mongolia, an SCO observer since 2004, was admitted as the bloc's tenth member in March 2030.",
            &["SCO/MNG/observer 2004", "SCO/MNG/member 2030-03"],
        );
        check(
            Lang::En,
            "Laos joined BRICS as a partner country in March 2030.",
            &["BRICS/LAO/partner 2030-03"],
        );
        check(
            Lang::Ru,
            "Государства-наблюдатели Иран и Белоруссия вступили в ШОС как полноправные члены.",
            &[
                "SCO/IRN/observer",
                "SCO/BLR/observer",
                "SCO/IRN/member",
                "SCO/BLR/member",
            ],
        );
        check(
            Lang::Ar,
            "انضمت الدولتان المراقبتان إيران وبيلاروسيا إلى منظمة شنغهاي للتعاون كعضوين كاملين.",
            &[
                "SCO/IRN/member",
                "SCO/BLR/member",
                "SCO/IRN/observer",
                "SCO/BLR/observer",
            ],
        );
    }

    /// A plural lesser-status noun heading the list an admission admits gives the list that status.
    #[test]
    fn an_admitted_list_headed_by_a_lesser_status_noun() {
        check(
            Lang::En,
            "The SCO admitted dialogue partners Laos and Nepal in March 2030.",
            &[
                "SCO/LAO/dialogue_partner 2030-03",
                "SCO/NPL/dialogue_partner 2030-03",
            ],
        );
        check(
            Lang::En,
            "The Francophonie summit ended with the admission of three new observer states: Laos, Nepal and Chile.",
            &["FRANCOPHONIE/LAO/observer", "FRANCOPHONIE/NPL/observer", "FRANCOPHONIE/CHL/observer"],
        );
        check(
            Lang::Ru,
            "Саммит ШОС завершился приёмом новых государств-наблюдателей: Лаоса и Непала.",
            &["SCO/LAO/observer", "SCO/NPL/observer"],
        );
        check(
            Lang::En,
            "The Francophonie admitted Laos and Nepal, two observer states, as full members in March 2030.",
            &[
                "FRANCOPHONIE/LAO/member 2030-03",
                "FRANCOPHONIE/NPL/member 2030-03",
                "FRANCOPHONIE/LAO/observer",
                "FRANCOPHONIE/NPL/observer",
            ],
        );
    }

    /// Signing an agreement that is the bloc itself founds it; an agreement the bloc only names, one that is not
    /// signed, or one refused founds nothing.
    #[test]
    fn signing_an_agreement_that_is_the_bloc_founds_it() {
        check(
            Lang::En,
            "Chile, Peru and Vietnam signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in Santiago.",
            &["CPTPP/CHL/founder", "CPTPP/PER/founder", "CPTPP/VNM/founder"],
        );
        check(
            Lang::En,
            "Ukraine signed the EU association agreement in Brussels.",
            &[],
        );
        check(
            Lang::En,
            "Brazil and Argentina signed the EU-Mercosur trade deal.",
            &[],
        );
        check(
            Lang::En,
            "India refused to sign the Regional Comprehensive Economic Partnership.",
            &[],
        );
        check(
            Lang::Ru,
            "Соглашение о ВРЭП подписали Китай, Япония и Австралия.",
            &["RCEP/CHN/founder", "RCEP/JPN/founder", "RCEP/AUS/founder"],
        );
        check(
            Lang::Ru,
            "Соглашение о ВРЭП вступило в силу для Китая, Японии и Австралии.",
            &[],
        );
        check(Lang::Ru, "Россия и Китай обсудили соглашение о ЕАЭС.", &[]);
    }

    /// A list set beside the members a cue names is not among them, unless a word makes it one of them.
    #[test]
    fn a_list_beside_the_members_is_not_among_them() {
        check(
            Lang::En,
            "Japan and Canada alongside the eleven members of ASEAN met in Jakarta.",
            &[],
        );
        check(
            Lang::En,
            "Hungary, along with other EU members, condemned the attack.",
            &["EU/HUN/member"],
        );
        check(
            Lang::Ru,
            "Китай наряду с членами ЕАЭС поддержал проект.",
            &[],
        );
        check(
            Lang::Ru,
            "Венгрия вместе с другими членами ЕС осудила нападение.",
            &["EU/HUN/member"],
        );
    }

    /// "whose country", "his country", "بلاده" after a state (a possessive before a person, a state after him) stand
    /// for the nearest state before them, where they stand; after a demonym for the demonym's state (eval/README,
    /// session 26 (c): "the Ruritanian leader, whose country belongs to the Union").
    #[test]
    fn the_country_of_the_one_just_named() {
        check(
            Lang::En,
            "France's president praised Viktor Orban of Hungary, whose country holds the EU presidency.",
            &["EU/HUN/member"],
        );
        check(
            Lang::En,
            "Chile's foreign minister said his country had applied to join the OECD in May 2007.",
            &["OECD/CHL/applicant 2007-05"],
        );
        check(
            Lang::Ar,
            "حضر ممثل عن الهند الاجتماع في القاهرة بصفة بلاده دولة مراقبة في جامعة الدول العربية.",
            &["ARAB_LEAGUE/IND/observer"],
        );
        check(
            Lang::En,
            "Chile's foreign minister met Jan Novak, whose party holds the EU's rotating presidency.",
            &[],
        );
        check(
            Lang::En,
            "France's president praised the Hungarian leader, whose country holds the EU presidency.",
            &["EU/HUN/member"],
        );
    }

    /// A state list right after "after", «после», "بعد" that closes its clause did the same earlier (undated); one
    /// with a verb or a possessive of its own ("after Russia invaded", "after Hungary's parliament") did not.
    #[test]
    fn a_list_closing_its_clause_after_a_word_of_sequence_did_the_same() {
        check(
            Lang::En,
            "Latvia joined the Council of Europe in February 1995, three months after Lithuania and Estonia.",
            &[
                "COE/LVA/member 1995-02",
                "COE/LTU/member 1994-11",
                "COE/EST/member 1994-11",
            ],
        );
        check(
            Lang::En,
            "Finland joined NATO in April 2023 after Russia invaded Ukraine.",
            &["NATO/FIN/member 2023-04"],
        );
        check(
            Lang::En,
            "Finland joined NATO in April 2023, a year after Russia's invasion of Ukraine.",
            &["NATO/FIN/member 2023-04"],
        );
        check(
            Lang::En,
            "Armenia joined the EAEU in January 2015, days after talks with Russia.",
            &["EAEU/ARM/member 2015-01"],
        );
        check(
            Lang::Ru,
            "Латвия вступила в Совет Европы в феврале 1995 года, через три месяца после Литвы, а Россия ещё ждала.",
            &["COE/LVA/member 1995-02", "COE/LTU/member 1994-11"],
        );
        check(
            Lang::Ru,
            "Монголия стала наблюдателем ШОС в 2004 году, одновременно с Ираном.",
            &["SCO/MNG/observer 2004", "SCO/IRN/observer 2004"],
        );
        check(
            Lang::Ar,
            "انضمت لاتفيا إلى مجلس أوروبا عام 1995 بعد ليتوانيا.",
            &["COE/LVA/member 1995", "COE/LTU/member"],
        );
        check(
            Lang::Ar,
            "انضمت فنلندا إلى الناتو عام 2023 بعد غزو روسيا لأوكرانيا.",
            &["NATO/FIN/member 2023"],
        );
    }

    /// Re-founding a bloc founds it («возродили его», "أعادت إحياءها"); reviving talks or an application does not.
    #[test]
    fn reviving_a_bloc_founds_it() {
        check(
            Lang::Ru,
            "ГУАМ возродили в 2006 году Грузия, Украина и Молдавия.",
            &[
                "GUAM/GEO/founder 2006",
                "GUAM/UKR/founder 2006",
                "GUAM/MDA/founder 2006",
            ],
        );
        check(Lang::Ru, "Франция возродила переговоры с ЕС.", &[]);
        check(
            Lang::Ar,
            "أعادت تركيا إحياء طلب الانضمام إلى الاتحاد الأوروبي.",
            &["EU/TUR/applicant"],
        );
    }

    /// Staying in a bloc, told or promised, is a membership held now (undated); a condition still governs it,
    /// and staying "in place" or a bloc that itself "remains" something names no member.
    #[test]
    fn staying_in_a_bloc_is_a_membership_held() {
        check(
            Lang::En,
            "The new Moldovan leader pledged on Friday that Moldova would stay in the Commonwealth of Independent States.",
            &["CIS/MDA/member"],
        );
        check(
            Lang::En,
            "Kazakhstan will remain in the Eurasian Economic Union, its foreign minister said.",
            &["EAEU/KAZ/member"],
        );
        check(
            Lang::En,
            "If Hungary stays in the EU, it must accept the ruling.",
            &[],
        );
        check(
            Lang::En,
            "Iran applied to join the WTO, but the embargo on Tehran stays in place.",
            &["WTO/IRN/applicant"],
        );
        check(
            Lang::En,
            "Russian troops will remain in Syria next year.",
            &[],
        );
        check(
            Lang::Ru,
            "Президент заверил, что Таджикистан останется в ОДКБ и ЕАЭС.",
            &["CSTO/TJK/member", "EAEU/TJK/member"],
        );
        check(
            Lang::Ru,
            "Киргизия останется в составе ОДКБ.",
            &["CSTO/KGZ/member"],
        );
        check(Lang::Ru, "Санкции ЕС остаются в силе.", &[]);
        check(
            Lang::Ar,
            "وتعهد الوزير بأن تبقى الكويت في منظمة أوبك.",
            &["OPEC/KWT/member"],
        );
        check(
            Lang::Ar,
            "يبقى الاتحاد الأوروبي الشريك التجاري الأول للمغرب.",
            &[],
        );
    }

    #[test]
    fn a_membership_no_longer_held_is_former() {
        check(
            Lang::Ar,
            "لم تعد قطر عضواً في منظمة أوبك منذ يناير 2019.",
            &["OPEC/QAT/former 2019-01"],
        );
        check(
            Lang::Ru,
            "Катар больше не является членом ОПЕК.",
            &["OPEC/QAT/former"],
        );
        check(
            Lang::Ru,
            "Катар перестал быть участником ОПЕК в 2019 году.",
            &["OPEC/QAT/former 2019"],
        );
        check(
            Lang::Ru,
            "Катар и Эквадор перестали быть членами ОПЕК.",
            &["OPEC/QAT/former", "OPEC/ECU/former"],
        );
        // A plain negation stays a negated membership.
        check(
            Lang::Ar,
            "لم تنضم تركمانستان إلى منظمة معاهدة الأمن الجماعي.",
            &["CSTO/TKM/member negated"],
        );
    }

    #[test]
    fn the_country_after_a_state_stands_for_it() {
        check(
            Lang::Ru,
            "Президент Гватемалы объявил о выходе страны из ОАГ.",
            &["OAS/GTM/former"],
        );
        check(
            Lang::En,
            "Nicaragua's president announced the country's withdrawal from the OAS.",
            &["OAS/NIC/former"],
        );
        // «страны НАТО» are the bloc's states.
        check(
            Lang::Ru,
            "Россия вышла из договора, и страны НАТО приостановили его.",
            &[],
        );
    }

    #[test]
    fn russian_short_passive_founders_and_present_leaving() {
        check(
            Lang::Ru,
            "ОДКБ была учреждена в 2002 году Россией, Белоруссией и Арменией.",
            &[
                "CSTO/RUS/founder 2002",
                "CSTO/BLR/founder 2002",
                "CSTO/ARM/founder 2002",
            ],
        );
        check(
            Lang::Ru,
            "Катар выходит из ОПЕК, заявил министр энергетики.",
            &["OPEC/QAT/former"],
        );
        check(
            Lang::Ru,
            "Мали покидает Франкофонию, объявили власти.",
            &["FRANCOPHONIE/MLI/former"],
        );
    }

    #[test]
    fn an_office_handed_to_or_taken_from_a_state() {
        check(
            Lang::En,
            "Laos passed the ASEAN chairmanship to Malaysia in October.",
            &["ASEAN/LAO/member", "ASEAN/MYS/member"],
        );
        check(
            Lang::En,
            "India assumed the rotating BRICS chairmanship from Brazil.",
            &["BRICS/IND/member", "BRICS/BRA/member"],
        );
        check(
            Lang::Ar,
            "سلّمت لاوس رئاسة رابطة دول جنوب شرق آسيا إلى ماليزيا.",
            &["ASEAN/LAO/member", "ASEAN/MYS/member"],
        );
        check(
            Lang::Ru,
            "Лаос передал председательство в АСЕАН Малайзии.",
            &["ASEAN/LAO/member", "ASEAN/MYS/member"],
        );
        // A state after "to" that is no recipient of the office stays out.
        check(
            Lang::En,
            "Malaysia, which chairs ASEAN, sent envoys to Myanmar.",
            &["ASEAN/MYS/member"],
        );
    }

    /// «ОПЕК покинул Катар», «В ШОС была принята Белоруссия»: Russian puts the bloc before the verb and the state
    /// after it; a bloc inside a phrase or a state behind a noun is not that order.
    #[test]
    fn russian_bloc_first_state_after_the_verb() {
        check(
            Lang::Ru,
            "ОПЕК покинула Индонезия в 2016 году.",
            &["OPEC/IDN/former 2016"],
        );
        check(
            Lang::Ru,
            "В 2020 году ОПЕК покинул Эквадор.",
            &["OPEC/ECU/former 2020"],
        );
        check(
            Lang::Ru,
            "В Евразийский экономический союз была принята Киргизия.",
            &["EAEU/KGZ/member"],
        );
        check(
            Lang::Ru,
            "В БРИКС официально были приняты Иран и ОАЭ.",
            &["BRICS/IRN/member", "BRICS/ARE/member"],
        );
        // The ordinary order keeps its reading.
        check(
            Lang::Ru,
            "Кыргызстан был принят в ЕАЭС.",
            &["EAEU/KGZ/member"],
        );
        // The bloc names someone's delegation; the state is behind a noun.
        check(Lang::Ru, "Делегация ОПЕК покинула Венесуэлу.", &[]);
        check(Lang::Ru, "Саммит ОПЕК покинула делегация Ирака.", &[]);
    }

    /// «приостановил сотрудничество с МАГАТЭ», «приостановила взносы в бюджет Совета Европы»: a bare Russian verb
    /// of suspending suspends a membership only with a state as its object or a membership or participation
    /// after it.
    #[test]
    fn russian_bare_suspending_verbs() {
        check(
            Lang::Ru,
            "Пхеньян приостановил сотрудничество с МАГАТЭ.",
            &[],
        );
        check(
            Lang::Ru,
            "Турция приостановила взносы в бюджет Совета Европы.",
            &[],
        );
        check(
            Lang::Ru,
            "Молдавия приостановила в 2023 году своё участие в СНГ.",
            &["CIS/MDA/suspended 2023"],
        );
    }

    /// «Статус партнёра БРИКС предложен Алжиру», "was offered observer status": an offer is an invitation, no
    /// status (eval/README, Memberships, session 19).
    #[test]
    fn an_offered_status_is_no_status() {
        check(
            Lang::Ru,
            "Статус партнёра БРИКС предложен Алжиру и Уганде.",
            &[],
        );
        check(
            Lang::Ru,
            "Сербии предложили стать наблюдателем в ЕАЭС.",
            &[],
        );
        check(
            Lang::En,
            "Mongolia was offered observer status in the SCO.",
            &[],
        );
        // An offer taken is the status.
        check(
            Lang::Ru,
            "Уганда приняла предложенный ей статус страны-партнёра БРИКС.",
            &["BRICS/UGA/partner"],
        );
    }

    /// "vowed to veto Albania's accession", «одобрил вступление Черногории в НАТО»: another party's stance on an
    /// accession is that party's act, no claim of the state; an accession told as done still claims.
    #[test]
    fn another_party_s_stance_on_an_accession() {
        check(
            Lang::En,
            "Austria vowed to veto Albania's accession to the EU.",
            &[],
        );
        check(
            Lang::En,
            "Croatia's parliament ratified Montenegro's accession to NATO in 2016.",
            &[],
        );
        check(
            Lang::Ru,
            "Сенат США одобрил вступление Черногории в НАТО.",
            &[],
        );
        check(
            Lang::En,
            "Montenegro's accession to NATO in June 2017 angered Moscow.",
            &["NATO/MNE/member 2017-06"],
        );
    }

    /// Support for another party's accession is a stance on it, like approval; a wish told in a clause of
    /// «чтобы» claims nothing, however far its status word stands from «чтобы».
    #[test]
    fn support_for_an_accession_and_a_wished_membership() {
        check(
            Lang::Ru,
            "Германия поддерживает скорейшее вступление Молдавии в Евросоюз.",
            &[],
        );
        check(Lang::En, "Poland backed Ukraine's entry into NATO.", &[]);
        check(
            Lang::Ru,
            "Премьер выступил за то, чтобы Индия получила место постоянного члена Совета Безопасности ООН.",
            &[],
        );
        check(
            Lang::En,
            "If Georgia joins the EU, trade rules will change.",
            &[],
        );
        check(
            Lang::Ru,
            "Хорватия вступила в ЕС в 2013 году, чтобы открыть рынки.",
            &["EU/HRV/member 2013"],
        );
    }

    /// An English participle of founding after a comma has the states that open the sentence; not when another
    /// state stands between them and the participle. An official candidate (Arabic «المرشح») is an applicant.
    #[test]
    fn founding_told_by_a_participle_and_an_official_candidate() {
        check(
            Lang::En,
            "Kenya, Uganda and Tanzania signed a treaty in Arusha in 1999, establishing the East African Community.",
            &["EAC/KEN/founder", "EAC/UGA/founder", "EAC/TZA/founder"],
        );
        check(
            Lang::En,
            "Officials said the summit ended early, creating the impression of a rift.",
            &[],
        );
        check(
            Lang::Ar,
            "رحبت مقدونيا الشمالية، المرشح رسمياً لعضوية الاتحاد الأوروبي، بالقرار.",
            &["EU/MKD/applicant"],
        );
    }

    /// «добивается полноправного членства», «добивающаяся вступления»: seeking a membership is an application.
    #[test]
    fn seeking_a_membership_is_an_application() {
        check(
            Lang::Ru,
            "Молдавия добивается полноправного членства в ЕС.",
            &["EU/MDA/applicant"],
        );
        check(
            Lang::Ru,
            "Черногория, добивающаяся вступления в Евросоюз, ввела санкции.",
            &["EU/MNE/applicant"],
        );
    }

    /// "expelled" claims a state's leaving only with the state as its object or in a passive clause, not when a
    /// state expels diplomats.
    #[test]
    fn expelling_diplomats_is_no_leaving() {
        check(
            Lang::En,
            "Lithuania, a NATO member, expelled three Russian diplomats.",
            &["NATO/LTU/member"],
        );
        check(
            Lang::En,
            "The Council of Europe expelled Russia in March 2022.",
            &["COE/RUS/former 2022-03"],
        );
        check(
            Lang::En,
            "Russia was suspended from the Council of Europe in February 2022 and expelled weeks later.",
            &["COE/RUS/suspended 2022-02", "COE/RUS/former"],
        );
    }

    /// Memberships of a whole document, through the pipeline.
    /// An English founding verb in the passive with no agent tells of the bloc's birth: the states of the
    /// sentence did not found it; "a member since the bloc was founded" is a founder.
    #[test]
    fn a_passive_founding_of_the_bloc_founds_nothing() {
        check(
            Lang::En,
            "Morocco rejoined the African Union in 2017, fifteen years after the union was set up.",
            &["AU/MAR/member 2017"],
        );
        // With its agents it still founds.
        check(
            Lang::En,
            "The Arab League was founded in 1945 by Egypt and Syria.",
            &[
                "ARAB_LEAGUE/EGY/founder 1945",
                "ARAB_LEAGUE/SYR/founder 1945",
            ],
        );
        // A copula before a founding noun is no passive.
        check(
            Lang::En,
            "Both Uruguay and Paraguay are founding members of Mercosur.",
            &["MERCOSUR/URY/founder", "MERCOSUR/PRY/founder"],
        );
        check(
            Lang::En,
            "Kazakhstan, a member of the SCO since the organisation was founded, hosted the summit.",
            &["SCO/KAZ/founder"],
        );
        check(
            Lang::En,
            "Kazakhstan, a member of the SCO since 2001, hosted the summit.",
            &["SCO/KAZ/member 2001"],
        );
    }

    /// A founding noun after a word of sequence places another act against the bloc's birth: the state
    /// that joined after (or before) the founding did not found it; a founding with no such word founds.
    #[test]
    fn a_founding_after_a_word_of_sequence_founds_nothing() {
        check(
            Lang::Ru,
            "Казахстан вступил в ШОС после основания организации.",
            &["SCO/KAZ/member"],
        );
        check(
            Lang::Ar,
            "انضمت بليز إلى الجماعة الكاريبية بعد تأسيسها بسنوات.",
            &["CARICOM/BLZ/member"],
        );
        check(
            Lang::En,
            "Belize joined CARICOM years after the founding of the community.",
            &["CARICOM/BLZ/member"],
        );
        // Traps: a share in the founding itself still founds.
        check(
            Lang::Ar,
            "شاركت مصر في تأسيس جامعة الدول العربية.",
            &["ARAB_LEAGUE/EGY/founder"],
        );
        check(
            Lang::Ru,
            "Египет участвовал в основании Лиги арабских государств.",
            &["ARAB_LEAGUE/EGY/founder"],
        );
    }

    /// The year of a noun set after a word of sequence dates that other event, not the claim; a noun's
    /// year with no such word (the summit it was made at) still dates it.
    #[test]
    fn a_noun_s_year_after_a_word_of_sequence_dates_no_claim() {
        check(
            Lang::Ru,
            "Украина вышла из СНГ после конфликта 2014 года.",
            &["CIS/UKR/former"],
        );
        check(
            Lang::Ru,
            "Египет был принят в БРИКС на саммите 2023 года.",
            &["BRICS/EGY/member 2023"],
        );
    }

    /// A word of novelty or ownership right before the bloc's own name is said of that bloc; before a
    /// common noun it founds a new body.
    #[test]
    fn an_own_bloc_named_after_the_founding_verb() {
        check(
            Lang::Ru,
            "Россия, Белоруссия и Казахстан создали собственный Евразийский экономический союз в 2014 году.",
            &["EAEU/RUS/founder 2014", "EAEU/BLR/founder 2014", "EAEU/KAZ/founder 2014"],
        );
        check(
            Lang::Ru,
            "Мали и Нигер, вышедшие из ЭКОВАС, создали собственную конфедерацию.",
            &["ECOWAS/MLI/former", "ECOWAS/NER/former"],
        );
    }

    /// A state's own bid still waiting stands as an application; a refusal turns it down, and an
    /// invitation is no application at all.
    #[test]
    fn a_bid_still_waiting_is_an_application() {
        check(
            Lang::En,
            "Algeria's bid to join BRICS has not yet been approved.",
            &["BRICS/DZA/applicant"],
        );
        check(
            Lang::En,
            "The bloc is studying Azerbaijan's bid to join the SCO.",
            &["SCO/AZE/applicant"],
        );
        check(
            Lang::En,
            "Venezuela's bid to join BRICS was rejected.",
            &["BRICS/VEN/applicant negated"],
        );
        check(
            Lang::En,
            "Thailand was invited to join BRICS but has not yet answered.",
            &[],
        );
    }

    /// Russian full participles of joining and of suspension, the Arabic partner noun in its dual and an
    /// ally placed in its bloc, a partnership programme in the prepositional case.
    #[test]
    fn participles_duals_allies_and_programmes() {
        check(
            Lang::Ru,
            "Армения, вошедшая в ЕАЭС в 2015 году, получила доступ к рынку.",
            &["EAEU/ARM/member 2015"],
        );
        check(
            Lang::Ru,
            "Венесуэла, отстранённая от участия в МЕРКОСУР в 2016 году, протестует.",
            &["MERCOSUR/VEN/suspended 2016"],
        );
        check(
            Lang::Ar,
            "كازاخستان وأوزبكستان، الدولتان الشريكتان في مجموعة بريكس، وقعتا اتفاقاً.",
            &["BRICS/KAZ/partner", "BRICS/UZB/partner"],
        );
        check(
            Lang::Ar,
            "اليونان، الحليفة في الناتو، اعترضت على القرار.",
            &["NATO/GRC/member"],
        );
        // An ally in something that is no bloc.
        check(
            Lang::Ar,
            "وصفت روسيا الصين بأنها حليف في الحرب على الإرهاب.",
            &[],
        );
        check(
            Lang::Ru,
            "Армения остаётся союзницей по ОДКБ, заявил министр.",
            &["CSTO/ARM/member"],
        );
        check(
            Lang::Ru,
            "Мавритания участвует в Средиземноморском диалоге НАТО с 1995 года.",
            &["NATO/MRT/partner 1995"],
        );
        // "شريكة آسيان في الحوار": the dialogue phrase after the bloc makes the partner a dialogue partner.
        check(
            Lang::Ar,
            "وصل وزير خارجية روسيا، شريكة آسيان في الحوار، إلى جاكرتا.",
            &["ASEAN/RUS/dialogue_partner"],
        );
        check(
            Lang::Ar,
            "ماليزيا، شريكة بريكس، وقعت الاتفاق.",
            &["BRICS/MYS/partner"],
        );
    }

    /// A membership resumed or restored after a suspension is a membership again.
    #[test]
    fn a_resumed_or_restored_membership() {
        check(
            Lang::En,
            "Gabon resumed its participation in the African Union after the elections.",
            &["AU/GAB/member"],
        );
        check(
            Lang::En,
            "The AU reinstated Egypt in June 2014.",
            &["AU/EGY/member 2014-06"],
        );
        check(
            Lang::Ru,
            "Сирия возобновила участие в Лиге арабских государств в мае 2023 года.",
            &["ARAB_LEAGUE/SYR/member 2023-05"],
        );
        check(
            Lang::Ar,
            "قررت الجامعة العربية استئناف مشاركة سوريا في اجتماعاتها.",
            &["ARAB_LEAGUE/SYR/member"],
        );
        // No bloc, no membership.
        check(
            Lang::En,
            "Russia resumed its participation in the grain deal.",
            &[],
        );
    }

    /// A bloc's body of two words as the subject of its verb ("Commonwealth foreign ministers"), and the
    /// rights a bloc suspends ("suspended Venezuela's rights in the bloc").
    #[test]
    fn a_bloc_s_ministers_and_a_state_s_rights() {
        check(
            Lang::En,
            "Commonwealth foreign ministers suspended Fiji from the group's councils in 2009.",
            &["COMMONWEALTH/FJI/suspended 2009"],
        );
        check(
            Lang::En,
            "Mercosur suspended Paraguay's rights in the bloc in June 2012.",
            &["MERCOSUR/PRY/suspended 2012-06"],
        );
        // Two words that are no body of the bloc.
        check(
            Lang::En,
            "ASEAN diplomats quietly suspended talks with Myanmar.",
            &[],
        );
        // A possessed noun that is no membership.
        check(
            Lang::En,
            "The EU suspended Russia's visa facilitation in 2022.",
            &[],
        );
    }

    #[test]
    fn arabic_or_spelt_without_hamza_joins_a_list() {
        // "او" is how "أو" is often written; both join two states of one claim.
        for or in ["أو", "او"] {
            check(
                Lang::Ar,
                &format!("انضمت الأرجنتين {or} أوروغواي إلى السوق المشتركة الجنوبية عام 1991."),
                &["MERCOSUR/ARG/member 1991", "MERCOSUR/URY/member 1991"],
            );
        }
        // A word that merely starts with those letters joins nothing: "أوضحت" is a verb.
        check(
            Lang::Ar,
            "انضمت الأرجنتين إلى ميركوسور عام 1991، وأوضحت أوروغواي موقفها.",
            &["MERCOSUR/ARG/member 1991"],
        );
    }

    #[test]
    fn inclusion_phrase_is_whole_words() {
        // "ضمن الدول" (among the states) puts the state before it among those the relative clause describes …
        check(
            Lang::Ar,
            "كانت مصر وإثيوبيا ضمن الدول التي انضمت إلى بريكس عام 2024.",
            &["BRICS/EGY/member 2024", "BRICS/ETH/member 2024"],
        );
        // … but the same letters ending "يضمن" (guarantees) do not: Egypt signed, the states joined.
        check(
            Lang::Ar,
            "وقعت مصر اتفاقا يضمن الدول التي انضمت إلى بريكس عام 2024 حق الاقتراض.",
            &[],
        );
        check(
            Lang::En,
            "Egypt was among the countries that joined BRICS in 2024.",
            &["BRICS/EGY/member 2024"],
        );
        check(
            Lang::Ru,
            "Египет вошёл в число стран, которые присоединились к БРИКС в 2024 году.",
            &["BRICS/EGY/member 2024"],
        );
    }

    #[test]
    fn a_glued_conjunction_leaves_the_verb_whole() {
        // "و" + "فقدت" (lost): stripping every و and ف would leave "قدت" and lose the verb of ending.
        for verb in ["فقدت", "وفقدت"] {
            check(
                Lang::Ar,
                &format!("{verb} روسيا عضويتها في مجلس أوروبا عام 2022."),
                &["COE/RUS/former 2022"],
            );
        }
        check(
            Lang::Ar,
            "فعلقت الجامعة العربية عضوية سوريا عام 2011.",
            &["ARAB_LEAGUE/SYR/suspended 2011"],
        );
    }

    #[test]
    fn ordinals_of_every_form() {
        for w in [
            "second",
            "twelfth",
            "thirteenth",
            "twentieth",
            "31st",
            "الثالث",
            "الحادي",
            "والعاشر",
            "двенадцатый",
            "одиннадцатым",
            "пятого",
            "третьего",
            "вторую",
            "седьмой",
            "двадцатая",
        ] {
            assert!(ordinal(w), "{w}");
        }
        for w in [
            "first",
            "teeth",
            "много",
            "того",
            "пятница",
            "двадцать",
            "عشرين",
            "نادي",
            "month",
        ] {
            assert!(!ordinal(w), "{w}");
        }
    }

    #[test]
    fn an_ordinal_in_an_apposition_dates_nothing() {
        // The apposition places the state among the members; the date is the report's, not the joining's.
        check(
            Lang::En,
            "Egypt, the twelfth member of BRICS, said on 4 June it backed the plan.",
            &["BRICS/EGY/member"],
        );
        check(
            Lang::Ru,
            "Египет, двенадцатый член БРИКС, заявил 4 июня о поддержке плана.",
            &["BRICS/EGY/member"],
        );
        check(
            Lang::Ar,
            "قالت مصر، العضو الثاني عشر في بريكس، يوم 4 يونيو إنها تؤيد الخطة.",
            &["BRICS/EGY/member"],
        );
        // A verb of becoming still dates it.
        check(
            Lang::En,
            "Egypt became the twelfth member of BRICS on 4 June.",
            &["BRICS/EGY/member 2024-06-04"],
        );
        check(
            Lang::Ru,
            "Египет стал двенадцатым членом БРИКС 4 июня.",
            &["BRICS/EGY/member 2024-06-04"],
        );
    }

    #[test]
    fn the_blocs_own_negated_verb_keeps_a_negated_claim_in_its_clause() {
        // The bloc's own verb with the state as its object: the claim is kept, negated, as a cue's is.
        check(
            Lang::Ru,
            "НАТО не приняло Украину на саммите.",
            &["NATO/UKR/member negated"],
        );
        check(
            Lang::En,
            "NATO has not admitted Ukraine.",
            &["NATO/UKR/member negated"],
        );
        // The negation of a clause before does not reach the verb of the next one.
        check(
            Lang::Ru,
            "Украину не пригласили, а НАТО приняло Финляндию в апреле 2023 года.",
            &["NATO/FIN/member 2023-04"],
        );
        check(
            Lang::En,
            "Turkey did not object, and NATO admitted Finland in April 2023.",
            &["NATO/FIN/member 2023-04"],
        );
    }

    #[test]
    fn a_wish_to_join_governs_the_seat_the_join_names() {
        // The member noun after "as", «в качестве», "كـ" names the seat of the join the wish is about.
        check(
            Lang::En,
            "Thailand hopes to join BRICS as a full member.",
            &["BRICS/THA/applicant"],
        );
        check(
            Lang::Ar,
            "تأمل تايلاند في الانضمام إلى بريكس كعضو كامل العضوية.",
            &["BRICS/THA/applicant"],
        );
        check(
            Lang::Ar,
            "تريد تركيا أن تصبح عضوا كاملا في بريكس.",
            &["BRICS/TUR/applicant"],
        );
        check(
            Lang::Ru,
            "Таиланд надеется вступить в БРИКС в качестве полноправного члена.",
            &["BRICS/THA/applicant"],
        );
        // An invitation is the bloc's act: the invited state takes no status.
        check(
            Lang::Ru,
            "Россия пригласила Индонезию стать страной-партнёром БРИКС в октябре 2024 года.",
            &[],
        );
        // A wish in the clause before does not reach a join told in its own clause.
        check(
            Lang::En,
            "Argentina had hoped to join, but Egypt joined BRICS as a full member in January 2024.",
            &["BRICS/EGY/member 2024-01"],
        );
        check(
            Lang::Ar,
            "انضمت مصر إلى بريكس كعضو كامل في يناير 2024.",
            &["BRICS/EGY/member 2024-01"],
        );
    }

    fn check_doc(lang: Lang, input: &str, expect: &[&str]) {
        let record = crate::Extractor::embedded().extract(&crate::Input {
            lang: Some(lang.code()),
            ..crate::Input::text(input)
        });
        let got: Vec<String> = record
            .memberships
            .iter()
            .map(|m| format!("{}/{}/{}", m.bloc, m.member, m.status))
            .collect();
        assert_eq!(got, expect, "in {input:?}");
    }

    /// The inverted Russian order with a word pointing back to the bloc of the sentence before: the word opens
    /// the verb's clause, the state follows the verb.
    #[test]
    fn inverted_order_with_a_word_pointing_back() {
        check_doc(
            Lang::Ru,
            "ОДКБ провела учения под Минском. В 2004 году в организацию была принята Армения.",
            &["CSTO/ARM/member"],
        );
        check_doc(
            Lang::Ru,
            "Ливия обсуждала квоты ОПЕК. В прошлом году из организации вышел Эквадор.",
            &["OPEC/ECU/former"],
        );
        // The word is no bloc's when something else stands between it and the verb.
        check_doc(
            Lang::Ru,
            "ОДКБ провела учения. В организацию в ответ на запрос была направлена Армения.",
            &[],
        );
    }

    #[test]
    fn blocs_named_in_an_earlier_sentence() {
        check_doc(
            Lang::En,
            "The Eurasian Economic Union came into being in 2015. Armenia joined on 2 January.",
            &["EAEU/ARM/member"],
        );
        check_doc(
            Lang::En,
            "The Eurasian Economic Union began work in 2015. Armenia joined in January and Kyrgyzstan followed in August.",
            &["EAEU/ARM/member", "EAEU/KGZ/member"],
        );
        check_doc(
            Lang::En,
            "Putin flew to the BRICS summit. Armenia joined the talks in Geneva.",
            &[],
        );
        check_doc(
            Lang::Ar,
            "تأسست منظمة شنغهاي للتعاون عام 2001. وفي عام 2017 انضمت الهند وباكستان إلى التكتل.",
            &["SCO/IND/member", "SCO/PAK/member"],
        );
        check_doc(
            Lang::Ru,
            "Саммит ОДКБ прошёл в Минске. Через два года Азербайджан вступил в организацию.",
            &["CSTO/AZE/member"],
        );
        // The bloc pointed back to is the first of the sentence before, not one named after it beside it,
        // nor one listed among other parties or set in an aside.
        check_doc(
            Lang::En,
            "The Eurasian Economic Union met in Minsk, a week after the CSTO summit in Astana. Armenia joined the union in 2015.",
            &["EAEU/ARM/member"],
        );
        check_doc(
            Lang::En,
            "Ministers from ten states and the European Union attended the ASEAN meeting. Laos joined the association in 1997.",
            &["ASEAN/LAO/member"],
        );
        check_doc(
            Lang::Ru,
            "Саммит ОДКБ прошёл в Минске, за неделю до саммита ЕАЭС в Астане. Армения вступила в организацию в 1992 году.",
            &["CSTO/ARM/member"],
        );
        check_doc(
            Lang::En,
            "Serbia, an OSCE member, has applied to join the European Union. Croatia joined the union in 2013.",
            &["OSCE/SRB/member", "EU/SRB/applicant", "EU/HRV/member"],
        );
        // A state named by a word for it after an Arabic copula; an office in a bloc named before.
        check_doc(
            Lang::Ar,
            "أصبحت مصر عضواً في بريكس في يناير 2024. وكانت البلاد قد تقدمت بطلب الانضمام إلى المجموعة عام 2023.",
            &["BRICS/EGY/member", "BRICS/EGY/applicant"],
        );
        check_doc(
            Lang::Ru,
            "В Минске открылся саммит ОДКБ. Казахстан, который председательствует в совете, предложил повестку.",
            &["CSTO/KAZ/member"],
        );
    }

    /// "whose country", «чья страна», "بلاده" after a person stand for the person's state, also in a sentence
    /// naming no state by its name, and after a state named by its demonym (eval/README, session 26 (c)).
    #[test]
    fn the_country_of_a_person_just_named() {
        check_doc(
            Lang::En,
            "Luis Arce, whose country is a full member of Mercosur, met Xi Jinping on Monday.",
            &["MERCOSUR/BOL/member"],
        );
        // A state named after the word is not the person's.
        check_doc(
            Lang::En,
            "Luis Arce, whose country belongs to Mercosur, said Moscow backed Venezuela.",
            &["MERCOSUR/BOL/member"],
        );
        check_doc(
            Lang::Ru,
            "Луис Арсе, чья страна входит в МЕРКОСУР, встретился в понедельник с Си Цзиньпином.",
            &["MERCOSUR/BOL/member"],
        );
        check_doc(
            Lang::Ar,
            "التقى لويس آرسي، الذي تعد بلاده عضواً كاملاً في ميركوسور، شي جين بينغ يوم الاثنين.",
            &["MERCOSUR/BOL/member"],
        );
        check_doc(
            Lang::Ar,
            "أعلن الرئيس الإندونيسي انسحاب بلاده من منظمة أوبك.",
            &["OPEC/IDN/former"],
        );
        // Traps: no one named before the word, a refusal, a state named after it only.
        check_doc(
            Lang::En,
            "The president, whose country belongs to Mercosur, flew to Russia.",
            &[],
        );
        check_doc(
            Lang::En,
            "Vladimir Putin, whose country is not a member of the ICC, flew to Mongolia.",
            &[],
        );
        check_doc(
            Lang::Ru,
            "Президент, чья страна входит в ЕС, прилетел в Киев.",
            &[],
        );
    }

    /// An interest ended is no membership ended, and weighing a join in the future claims nothing.
    #[test]
    fn no_longer_interested_and_weighing_a_join() {
        check(
            Lang::En,
            "Algeria is no longer interested in joining BRICS.",
            &["BRICS/DZA/member negated"],
        );
        check(
            Lang::Ru,
            "Алжир больше не заинтересован во вступлении в БРИКС.",
            &["BRICS/DZA/member negated"],
        );
        check(
            Lang::Ar,
            "قالت الجزائر إنها لم تعد مهتمة بالانضمام إلى مجموعة بريكس.",
            &["BRICS/DZA/member negated"],
        );
        // The membership itself ended: former.
        check(
            Lang::Ar,
            "قالت الجزائر إنها لم تعد عضواً في منظمة أوبك.",
            &["OPEC/DZA/former"],
        );
        check(
            Lang::Ru,
            "Турция рассмотрит вступление в БРИКС, если ей предложат членство.",
            &[],
        );
        check(
            Lang::Ar,
            "قالت تركيا إنها ستدرس الانضمام إلى مجموعة بريكس.",
            &[],
        );
    }

    /// "the EU's rotating presidency": the adjective between the bloc and its office.
    #[test]
    fn a_rotating_office_named_after_its_bloc() {
        check(
            Lang::En,
            "Hungary holds the EU's rotating presidency.",
            &["EU/HUN/member"],
        );
        check(
            Lang::En,
            "Hungary holds the rotating presidency of the EU.",
            &["EU/HUN/member"],
        );
        // The office of a bloc's meeting, its state named after it, is no membership of the state before.
        check(
            Lang::En,
            "Russia criticised the rotating presidency of the summit.",
            &[],
        );
    }

    /// A phrase pointing back at two states reaches past a sentence naming none or one ("… Trade is expected
    /// to double. Both countries are members"), and a number for two before a bloc's member noun points back
    /// too ("the two ASEAN members", «двух стран АСЕАН», "البلدين العضوين في آسيان").
    #[test]
    fn two_states_pointed_back_at_from_further() {
        check_doc(
            Lang::En,
            "Qatar and Oman opened a new border crossing on Sunday. Trade is expected to double. Both \
             countries are members of the Gulf Cooperation Council.",
            &["GCC/QAT/member", "GCC/OMN/member"],
        );
        check_doc(
            Lang::Ru,
            "Катар и Оман в воскресенье открыли новый пограничный переход. Товарооборот, как ожидается, \
             удвоится. Обе страны входят в Совет сотрудничества стран Залива.",
            &["GCC/QAT/member", "GCC/OMN/member"],
        );
        check_doc(
            Lang::Ar,
            "افتتحت قطر وسلطنة عمان معبراً حدودياً جديداً يوم الأحد. ومن المتوقع أن يتضاعف حجم التبادل \
             التجاري. والبلدان عضوان مؤسسان في مجلس التعاون الخليجي.",
            &["GCC/QAT/founder", "GCC/OMN/founder"],
        );
        check_doc(
            Lang::En,
            "Malaysia summoned the Indonesian ambassador on Tuesday. Indonesia had seized a fishing boat. \
             The foreign ministers of the two ASEAN members will meet next week.",
            &["ASEAN/IDN/member", "ASEAN/MYS/member"],
        );
        check_doc(
            Lang::En,
            "Hungary and Slovakia quarrelled over a dam, the first such row between two NATO members.",
            &["NATO/HUN/member", "NATO/SVK/member"],
        );
        check_doc(
            Lang::Ru,
            "Венгрия и Словакия поссорились из-за плотины на Дунае. Спор десятилетиями разделяет двух \
             членов НАТО.",
            &["NATO/HUN/member", "NATO/SVK/member"],
        );
        check_doc(
            Lang::Ar,
            "تنازعت المجر وسلوفاكيا على سد على نهر الدانوب. وفرق الخلاف بين الدولتين العضوين في حلف شمال \
             الأطلسي لعقود.",
            &["NATO/HUN/member", "NATO/SVK/member"],
        );
        // Traps: three states before, the states named after the phrase, a noun for no member, a number
        // for something else.
        check_doc(
            Lang::En,
            "Hungary, Slovakia and Austria quarrelled over a dam. Both countries are members of NATO.",
            &[],
        );
        check_doc(
            Lang::En,
            "Poland met Lithuania on Monday. Two NATO members, Hungary and Slovakia, objected.",
            &["NATO/HUN/member", "NATO/SVK/member"],
        );
        check_doc(
            Lang::En,
            "Poland and Lithuania met on Monday. The two EU envoys left early.",
            &[],
        );
        check_doc(
            Lang::Ru,
            "Венгрия и Словакия встретились в понедельник. Они подписали два соглашения с НАТО.",
            &[],
        );
    }

    /// The facts the seed articles state, read from `../shared/seeds/` at run time (never copied here).
    #[test]
    fn seed_articles_state_their_facts() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
        let read = |name: &str| {
            std::fs::read_to_string(format!("{dir}/{name}"))
                .unwrap_or_else(|e| panic!("seed {name} is missing: {e}"))
        };
        let facts = |name: &str| {
            let text = read(name);
            let r = crate::Extractor::embedded().extract(&crate::Input::text(&text));
            let m: Vec<String> = r
                .memberships
                .iter()
                .map(|m| {
                    let d = m.date.as_deref().unwrap_or("-");
                    format!(
                        "{}/{}/{} {d}{}",
                        m.bloc,
                        m.member,
                        m.status,
                        if m.negated { " negated" } else { "" }
                    )
                })
                .collect();
            let q: Vec<String> = r
                .quantities
                .iter()
                .map(crate::dates::testing::quantity_line)
                .collect();
            (m, q)
        };
        let has = |got: &[String], want: &[&str]| {
            for w in want {
                assert!(got.iter().any(|g| g == w), "{w} not in {got:?}");
            }
        };

        // Arabic: BRIC's four states in 2009, South Africa joining, India and Pakistan applying to the
        // SCO (named as "the bloc") in 2015, and Russia-China trade of more than $80 billion in 2015.
        let (m, q) = facts("000_a7c79debf407b728.txt");
        has(
            &m,
            &[
                "BRICS/BRA/member -",
                "BRICS/RUS/member -",
                "BRICS/IND/member -",
                "BRICS/CHN/member -",
                "BRICS/ZAF/member -",
                "SCO/IND/applicant 2015",
                "SCO/PAK/applicant 2015",
            ],
        );
        assert_eq!(q, ["trade 80000000000 USD more_than [RUS CHN] 2015"]);

        // Arabic: the BRICS summit's five members listed in brackets.
        let (m, q) = facts("001_6fad075f7c06c29f.txt");
        has(
            &m,
            &[
                "BRICS/RUS/member -",
                "BRICS/CHN/member -",
                "BRICS/BRA/member -",
                "BRICS/ZAF/member -",
                "BRICS/IND/member -",
            ],
        );
        assert!(q.is_empty(), "{q:?}");

        // English: China's $400 billion invested in Iran; NATO member Türkiye.
        let (_, q) = facts("002_c443c5979956f45f.txt");
        assert_eq!(q, ["investment 400000000000 USD - [IRN RUS CHN] -"]);
        let (m, _) = facts("003_13c24b93aad7d8a9.txt");
        has(&m, &["NATO/TUR/member -"]);

        // Nothing in the seeds leaves, is suspended from, or refuses a bloc.
        for name in [
            "000_a7c79debf407b728.txt",
            "001_6fad075f7c06c29f.txt",
            "002_c443c5979956f45f.txt",
            "003_13c24b93aad7d8a9.txt",
            "004_35ed50bfc5744d1b.txt",
        ] {
            let (m, _) = facts(name);
            assert!(
                m.iter().all(|c| !c.contains("/former")
                    && !c.contains("/suspended")
                    && !c.contains("negated")),
                "{name}: {m:?}"
            );
        }
    }

    #[test]
    fn facts_data_is_complete() {
        for (name, text, cols) in [
            (
                "membership_cues",
                CUES_CSV,
                &["lang", "phrase", "status", "members", "bloc"][..],
            ),
            ("membership_negation", NEGATION_CSV, &["lang", "word"][..]),
            ("membership_modal", MODAL_CSV, &["lang", "word", "kind"][..]),
        ] {
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count() - 1;
            assert_eq!(
                facts_rows(text, cols).len(),
                lines,
                "{name}: a row lacks a value or source"
            );
        }
        assert_eq!(
            tables().meta.len(),
            CUES_CSV.lines().count() - 1,
            "unknown status or side"
        );
    }

    /// Words that reach every branch of the three fact stages, shuffled into sentences.
    const VOCAB: &[&str] = &[
        "Iran",
        "BRICS",
        "SCO",
        "joined",
        "not",
        "the",
        "bloc",
        "in",
        "2015",
        "May",
        "7",
        ",",
        "،",
        "؛",
        ".",
        "(",
        ")",
        ":",
        "$",
        "80",
        "billion",
        "over",
        "trade",
        "a",
        "barrel",
        "إيران",
        "بريكس",
        "انضمت",
        "لم",
        "إلى",
        "التكتل",
        "عام",
        "٢٠١٥",
        "مليار",
        "دولار",
        "نحو",
        "تجاوز",
        "عضويتها",
        "أمس",
        "مايو",
        "الماضي",
        "Иран",
        "ШОС",
        "вступил",
        "не",
        "в",
        "году",
        "1,5",
        "млрд",
        "до",
        "довести",
        "рублей",
        "вчера",
        "мае",
        "организацию",
        "Russia",
        "Россия",
        "روسيا",
        "and",
        "و",
        "и",
        "founded",
        "by",
        "its",
        "membership",
        "yesterday",
        "Tuesday",
        "last",
        "week",
    ];

    /// `points_back` as it was before the anaphors were a set: each word against each listed anaphor.
    fn points_back_by_list(n: &str) -> bool {
        let t = tables();
        tokens(n).any(|tk| {
            let w = &n[tk.start..tk.end];
            let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ك']);
            t.anaphors.iter().any(|a| {
                a == w
                    || a == bare
                    || a.strip_prefix("ال")
                        .is_some_and(|rest| bare.strip_prefix("لل") == Some(rest))
            })
        })
    }

    #[test]
    fn points_back_agrees_with_the_list_scan() {
        let t = tables();
        let mut words: Vec<String> = Vec::new();
        for a in &t.anaphors {
            let rest = a.strip_prefix("ال").unwrap_or(a);
            for w in [
                a.clone(),
                format!("و{a}"),
                format!("فب{a}"),
                format!("ك{a}"),
                format!("لل{rest}"),
                format!("ولل{rest}"),
                format!("ل{a}"),
                format!("{a}s"),
                a.chars().skip(1).collect(),
                a.chars()
                    .take(a.chars().count().saturating_sub(1))
                    .collect(),
            ] {
                words.push(w);
            }
        }
        words.extend(
            [
                "the",
                "ال",
                "لل",
                "و",
                "bloc",
                "блок",
                "союз",
                "التكتل",
                "للتكتل",
                "x",
            ]
            .map(String::from),
        );
        for w in &words {
            for n in [w.clone(), format!("they said {w} met"), format!("{w}, {w}")] {
                assert_eq!(points_back(&n), points_back_by_list(&n), "{n:?}");
            }
        }
        assert!(words.iter().any(|w| points_back(w)));
    }

    proptest::proptest! {
        #[test]
        fn the_pipeline_never_panics_on_fact_words(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..40),
            date in proptest::option::of("20[0-9]{2}(-[01][0-9](-[0-3][0-9])?)?"),
        ) {
            let text = words.join(" ");
            for lang in ["en", "ar", "ru"] {
                let record = crate::Extractor::embedded().extract(&crate::Input {
                    lang: Some(lang),
                    date: date.as_deref(),
                    ..crate::Input::text(&text)
                });
                for q in &record.quantities {
                    proptest::prop_assert!(q.amount.is_finite());
                    proptest::prop_assert!(q.sentence[1] <= text.len());
                }
                for m in &record.memberships {
                    proptest::prop_assert!(text.is_char_boundary(m.sentence[0]));
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

    /// `WordSet::has` takes whole words only, with or without the conjunctions written on them: as the
    /// list of future words was read before it became a set.
    #[test]
    fn word_set_has_whole_words_only() {
        let set = WordSet::new(vec!["вступит".into(), "ستنضم".into(), "set".into()]);
        for (w, expect) in [
            ("вступит", true),
            ("вступить", false),
            ("вступ", false),
            ("ستنضم", true),
            ("وستنضم", true),
            ("فوستنضم", true),
            ("ستنضمان", false),
            ("set", true),
            ("sets", false),
            ("و", false),
            ("", false),
        ] {
            assert_eq!(set.has(w), expect, "{w}");
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

    proptest::proptest! {
        #[test]
        fn never_panics(s in "(Iran|BRICS|SCO|joined|not|و|إيران|انضمت|ШОС|вступил|\\(|,| |\\PC){0,30}") {
            for lang in [Lang::En, Lang::Ar, Lang::Ru] {
                let ctx = testing::ctx(&s, lang, None);
                for m in find(&ctx, &Dates::new(&ctx)) {
                    proptest::prop_assert!(m.sentence[1] <= s.len());
                }
            }
        }
    }
}
