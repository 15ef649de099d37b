//! The stage's word data: the cue rows, negations and modal kinds read from `data/facts/membership_*.csv`
//! into [`Tables`] (built once, [`TABLES`]), the one automaton over cue phrases, object verbs and pair
//! phrases ([`walk_words`]), and the windows the rules count words in.

use super::wordset::WordSet;
use super::Side;
use crate::dates::{facts_rows, leftmost_longest_first, Hit};
use crate::walk::{each_match, standard_dfa, WordDfa};
use aho_corasick::{AhoCorasick, MatchKind};
use blocwatch_text::normalize;
use smallvec::SmallVec;
use std::sync::LazyLock;

pub(super) const CUES_CSV: &str = include_str!("../../../../data/facts/membership_cues.csv");
pub(super) const NEGATION_CSV: &str =
    include_str!("../../../../data/facts/membership_negation.csv");
pub(super) const MODAL_CSV: &str = include_str!("../../../../data/facts/membership_modal.csv");
/// The modal kinds looked up with their stems ([`WordSet::matches`]): each of their rows says in its `form`
/// whether its word is also a stem (`stem`: «أصبح» in «أصبحتا», «отправ» in «отправила») or a whole word only
/// (`word`: «بات» starts «باتروشيف», «قال» «قاليباف», «стал» «Сталин»). The rows of the other kinds leave
/// `form` empty: they are compared whole or as phrases.
pub(super) const STEM_KINDS: &[&str] = &[
    "hypothetical",
    "applicant",
    "invitation",
    "interest",
    "withdrawing",
    "stance",
    "ratifying",
    "suspending",
    "meeting",
    "lifting",
    "addressing",
    "office",
    "becoming",
    "offer_refused",
    "offer_pending",
    "report",
    "watched",
    "sending",
    "delegation_noun",
    "summit_verb",
    "summit_leader",
    "sidelines",
    "summit_stop",
    "summit_host",
    "summit_host_stop",
    "summit_host_noun",
];

/// How many words may stand between a cue and its states or its bloc.
pub(super) const MAX_GAP: usize = 5;
/// How many words may stand between a cue and the states after it.
pub(super) const MAX_GAP_AFTER: usize = 4;
/// The gap limit for lists of states (before the cue; after it, [`MAX_GAP_AFTER`]).
pub(super) const MAX_GAP_GROUPS: usize = 5;
/// How many words may stand between a founding verb and the "by" that names its founders ([`founders_by`]).
pub(super) const MAX_AGENT_GAP: usize = 9;
/// How many words may stand between a claim and its date.
pub(super) const MAX_DATE_GAP: usize = 8;
/// How many more words a date may stand after a claim when a meeting is named between them ("at its
/// ministerial meeting in Kiruna on 15 May 2013"): the meeting's date is the claim's.
pub(super) const MEETING_DATE_SLACK: usize = 6;
/// How many words before a status noun are searched for a verb of becoming ([`held_status`]): a verb-first
/// Arabic clause puts the verb before a list of states and a date ("أصبحت مصر وإثيوبيا وإيران والإمارات في
/// الأول من يناير 2024 أعضاء"); a verb of another claim across a comma cannot date it ([`nearest_date`]).
pub(super) const BECOMING_REACH: usize = 16;
/// How many words before a cue are searched for a negation.
pub(super) const NEG_WINDOW: usize = 4;
/// How many words before a cue, in its clause, are searched for a word of the future ([`future_before`]): the verb
/// of joining and its bloc may stand between it and a status phrase («вступит в БРИКС в качестве
/// страны-партнёра»).
pub(super) const FUTURE_REACH: usize = 7;

pub(super) const STATUSES: [&str; 8] = [
    "founder",
    "member",
    "applicant",
    "observer",
    "partner",
    "dialogue_partner",
    "suspended",
    "former",
];

#[derive(Debug, Clone, Copy)]
pub(super) struct CueMeta {
    pub(super) status: &'static str,
    pub(super) members: Side,
    pub(super) bloc: Side,
    /// Rows of status `member_touching` ("state", "страной", "من بين"): a claim only when a bloc's name
    /// touches the word on the row's bloc side ("the only GCC state", "страной ССАГПЗ").
    pub(super) touching: bool,
    /// Rows of status `member_among` ("из стран", "countries", "دول"): touching rows that claim only after
    /// a word counting the state among the bloc's ("первой из стран ШОС", "the first of the SCO countries",
    /// "إحدى دول بريكس"): a set named with no count ("импорт из стран ЕС") claims nothing.
    pub(super) among: bool,
}

#[derive(Debug)]
pub(crate) struct Tables {
    /// The cue phrases (by index, as `meta`), then the object verbs (as `object_verbs`), then the pair
    /// phrases (as `pairs`): one automaton, walked once per sentence ([`walk_words`]).
    pub(super) words: WordDfa,
    pub(super) meta: Vec<CueMeta>,
    pub(super) negations: WordSet,
    pub(super) hypothetical: WordSet,
    /// Words that put a membership change still to come ("set", "expected", «вступит», «ожидается»,
    /// "ستنضم", "المتوقع"): in the last words before a cue they leave it no claim yet ([`future`]).
    /// Whole words, not stems: «вступит» must not reach the infinitive «вступить» ([`WordSet::has`]).
    pub(super) future: WordSet,
    /// Cue phrases of staying in a bloc ("stay in", «останется в», "تبقى"): a status held, so a word of the
    /// future or of a reported future ("would", "will", «ожидается») before them leaves the claim standing —
    /// staying, told or promised, says the state is a member now ([`stays_in`]).
    pub(super) staying: Vec<String>,
    /// The hypothetical words that only put an act in the future ("would", "will"): they leave a staying cue
    /// its claim, while "if", «если», "لو" do not.
    pub(super) future_aux: Vec<String>,
    /// The words that may stand between a staying cue and its bloc ("the", «составе», "في"; [`stays_in`]).
    pub(super) staying_gap: Vec<String>,
    /// Words that turn the negation beside them into "no longer" ("longer", «больше», "تعد"): a negated
    /// membership cue beside them is an ended membership, `former` ([`no_longer`]).
    pub(super) no_longer: Vec<String>,
    pub(super) applicant: WordSet,
    /// Words of an interest or wish ("interested", «заинтересована», "مهتمة"): after "no longer" and before a
    /// cue they end the interest, not a membership.
    pub(super) interest: WordSet,
    /// Words of withdrawing an application ("withdrew", «отозвала», "سحبت"): an application withdrawn in the
    /// cue's clause claims nothing ([`super::cues`]).
    pub(super) withdrawing: WordSet,
    /// Words of inviting ("invited", «приглашена», "دعوة"): before a membership word they make no claim.
    pub(super) invitations: WordSet,
    /// Words of another party's stance on an accession ("blocked", "ratified", "objection", «одобрил», «против»):
    /// before a noun of accession they make it that party's act, no claim ([`stance_on_accession`]).
    pub(super) stances: WordSet,
    /// Nouns (stems) of accession ("accession", "entry", «вступлени», «присоединени») that a stance word before
    /// makes another party's act ([`stance_on_accession`]).
    pub(super) accession_nouns: Vec<String>,
    /// Stance words of ratifying or approving (stems: "ratif", «ратифиц», «صادق»): a legislature's own
    /// state's accession they complete, not judge ([`stance_on_accession`]).
    pub(super) ratifying: WordSet,
    /// Words owning a noun of accession that point back at the acting legislature's state ("the country's",
    /// «страны», "البلاد"; [`stance_on_accession`]).
    pub(super) own_accession: Vec<String>,
    /// Words between a number and the member noun it counts ("13 of the members", «из», "من"; [`counted_apart`]).
    pub(super) count_links: Vec<String>,
    /// Words opening a list that may be part of a count ("including", «числе», "بينها"; [`counted_apart`]).
    pub(super) list_inclusions: Vec<String>,
    /// The words that may open the clause before a bloc in the inverted Russian order (в/из/к,
    /// [`inverted_after`]).
    pub(super) inverted_openers: Vec<String>,
    /// Endings of a Russian adverb (-о) that may stand between the verb and the state in the inverted order
    /// ([`inverted_after`]).
    pub(super) adverb_endings: Vec<String>,
    /// Participles of offering after a lesser status («Статус партнёра предложен Казахстану»): an invitation too.
    pub(super) offered_after: Vec<String>,
    /// Words that say a membership is suspended when they stand beside the word membership: right before
    /// it ("suspended membership", «приостановка членства», "معلقة العضوية") or, in Arabic and Russian,
    /// in its clause after it («членство которой в МЕРКОСУР приостановлено», "عضوية سوريا معلقة").
    pub(super) suspending: WordSet,
    /// Nouns of a delegation's rights in a bloc's assembly ("voting rights", «право голоса», "حقوق التصويت"):
    /// `suspended` cue rows that claim only with a word of suspending beside them ([`rights_suspended`]);
    /// rights stripped, restored or merely named give no status.
    pub(super) rights_nouns: Vec<String>,
    /// Nouns (stems) of a state's delegation to an assembly ("delegation", «делегаци», "وفد"): a demonym
    /// adjective beside one names the state ([`delegation_of`]).
    pub(super) delegation_nouns: WordSet,
    /// The words for a summit that a bloc's name may name ("summit", «саммите», "القمة"; [`names_summit`]).
    pub(super) summits: Vec<String>,
    /// Verbs of meeting or holding a summit ("held", «провели», "اجتمع"), words for the leaders of the states
    /// that hold it ("presidents", «Лидеры», "قادة") and for its sidelines ("sidelines", «полях», "هامش"):
    /// [`summit_members`].
    pub(super) summit_verbs: WordSet,
    pub(super) summit_leaders: WordSet,
    pub(super) sidelines: WordSet,
    /// Words that make a summit the time or place of another act ("talks", "before", "during", «накануне»,
    /// "خلال"): between the states and the summit they leave no claim.
    pub(super) summit_stops: WordSet,
    /// Verbs and nouns of hosting a summit ("hosting", «принимающий», "تستضيف") and the words between one and
    /// the summit that make the summit the place of another act ("at", «участие», "ضيفاً"): [`summit_hosts`].
    pub(super) summit_hosts: WordSet,
    pub(super) summit_host_stops: WordSet,
    /// The host words that are nouns ("host", «хозяин», "مضيف"), which open no relative clause after a summit.
    pub(super) summit_host_nouns: WordSet,
    /// Words for a meeting, summit or session, which a date after a claim may date ([`nearest_date`]).
    pub(super) meetings: WordSet,
    /// Verbs that lift a suspension ("lifted", «сняло», «отменил», "رفع"): the suspending word after them
    /// gives the membership back ([`suspended_beside`]).
    pub(super) lifting: WordSet,
    pub(super) possessives: Vec<String>,
    pub(super) locatives: Vec<String>,
    /// The anaphor rows as listed: only the test that checks the sets against a scan of the list reads them.
    #[cfg(test)]
    pub(super) anaphors: Vec<String>,
    /// The anaphor rows (kind `anaphor`) as a set, and the rest of each one written with the article ال after it
    /// (looked up whole wherever a word is asked whether it points back at a bloc; `points_back` asks it of
    /// every word of a sentence).
    pub(super) anaphor_words: WordSet,
    pub(super) anaphor_rests: WordSet,
    pub(super) elision_ok: Vec<String>,
    pub(super) possessive_nouns: Vec<String>,
    pub(super) relatives: Vec<String>,
    pub(super) conjunctions: Vec<String>,
    pub(super) subject_pronouns: Vec<String>,
    /// Pronouns that stand for one state ("it", "its", «она», «его»): never for a list of states.
    pub(super) singular_pronouns: Vec<String>,
    /// Verbs that address a bloc's members from outside ("warned", "حذرت", "пригрозил").
    pub(super) addressing: WordSet,
    /// Words of holding a bloc's chair or presidency ("chaired", "الرئاسة", «председательствовала»): the
    /// holder is a member, and a date beside them dates the office, not the membership ([`office_cue`]).
    pub(super) office: WordSet,
    /// Arabic verb-first claims whose state stands inside the phrase: "علقت أرمينيا مشاركتها في",
    /// "عادت سوريا إلى".
    pub(super) split_suspend: Vec<String>,
    pub(super) split_return: Vec<String>,
    /// "أنهت أوكرانيا مشاركتها في": a verb of ending, the state, "its participation".
    pub(super) split_end: Vec<String>,
    pub(super) split_noun: Vec<String>,
    /// Words for a summit or meeting that a capital names as its place ("قمة أستانا", "Astana summit").
    pub(super) venues: Vec<String>,
    /// Words for a bloc's documents ("agreements", «соглашений», "اتفاقيات"): leaving "the CIS agreements"
    /// is not leaving the CIS ([`names_meeting`]).
    pub(super) documents: Vec<String>,
    /// Arabic verbs of "still" (يزال، تزال، زال): the negation glued before them ("لا تزال", "ما زالت")
    /// affirms ("it is still a member"), so it negates no claim ([`negates`]).
    pub(super) still: Vec<String>,
    /// A bloc's own work ("activities", "institutions", "bodies"): "suspended Mali's participation in its
    /// activities" suspends Mali from the bloc ([`own_activities`]).
    pub(super) own_work: Vec<String>,
    /// Phrases dating a membership from the bloc's founding ("since its founding", «с момента основания»,
    /// "منذ تأسيسه"): the member is a founder ([`from_founding`]).
    pub(super) since_founding: Vec<String>,
    /// Verbs of taking effect ("took effect", "became official"): after "Sweden's NATO membership" they
    /// affirm it ([`takes_effect`]).
    pub(super) in_force: Vec<String>,
    /// Prepositions of a date ("in", «в», "عام"): all a gapped list may hold before its date ([`gapped`]).
    pub(super) date_prepositions: Vec<String>,
    /// Prepositions that put an English -ing verb after a cue ("accused NATO allies of arming Kyiv"): the
    /// states after the verb are its object (`geometry::gerund_between`).
    pub(super) gerund_links: Vec<String>,
    /// Cues that name a founding's list of states after the bloc ("تأسس مجلس التعاون في مايو 1981 بعضوية
    /// السعودية…", «в составе»): after a founding cue in their clause they claim founders ([`cues`]).
    pub(super) founding_lists: Vec<String>,
    /// Cues that state a status held, not one taken ("a member", "member states", «входят в», "العضو في"):
    /// a date beside them dates another act of the clause unless a since word opens it ([`held_status`]).
    pub(super) stative: Vec<String>,
    /// Verbs of becoming or being granted a status ("became", «стала», "حصلت"): before a `stative` cue in
    /// its clause they make the claim a change, which its date dates.
    pub(super) becoming: WordSet,
    /// Words that open a period running to the story ("since", «с», "منذ"; [`since_dated`]).
    pub(super) since_words: Vec<String>,
    /// Words for a bloc's states ("nations", "دول", «страны») that name a bloc before a list of its states
    /// set between commas ([`apposed_list`]).
    pub(super) list_heads: Vec<String>,
    /// Normalised words not counted between a state and its cue ([`fillers`]).
    pub(super) fillers: Vec<String>,
    /// Normalised conjunctions that open a new clause before a state ([`after_conjunction`]).
    pub(super) clause_conjunctions: Vec<String>,
    pub(super) hypothetical_initial: Vec<String>,
    /// Stems that make an application an offer or a bid ("invited", "bid", "دعوة", "приглашение") …
    pub(super) offers: Vec<String>,
    /// Verbs whose subject is the bloc and whose object is the state ("the AU suspended Niger", "NATO
    /// expelled", "the SCO admitted Belarus"), with the status they give.
    pub(super) object_verbs: Vec<(String, &'static str)>,
    /// The object verbs in the base form or infinitive ("suspend", «приостановить»): a claim only after a
    /// verb of deciding ([`Tables::deciding`]), never after "will", "could" or "threatened to".
    pub(super) object_bases: Vec<String>,
    /// Verbs of deciding before such a verb ("decided", "voted", «решили»): the decision is the act.
    pub(super) deciding: Vec<String>,
    /// … and the words that say it was turned down or is still being weighed ("declined", "weighing",
    /// "رفضت", "отклонило"): such an offer is kept as a negated application.
    pub(super) offer_refused: WordSet,
    /// Words that leave an offer unanswered ("has yet to answer", "weighing the invitation"): no
    /// application from an invitation, while a state's own bid (`own_bid`: "bid", "accession") waiting on
    /// them still stands.
    pub(super) offer_pending: WordSet,
    pub(super) own_bids: Vec<String>,
    /// Phrases pointing back at a group of three or more (`group_N` rows: "the five", «эта пятёрка», "الدول الخمس"),
    /// then those pointing back at two states ("both countries", "обе страны", "كلا البلدين"), normalised
    /// ([`pair_group`]).
    pub(super) pairs: Vec<Phrase>,
    /// How many states each phrase of `pairs` points back at: 2 for a `pair` row, N for a `group_N` row.
    pub(super) pair_sizes: Vec<usize>,
    /// Numbers for two before a noun for a bloc's members ("the two", «двух», "البلدين"; [`counted_pair_claims`]).
    pub(super) pair_counts: Vec<Phrase>,
    /// Arabic duals that count themselves ("عضوين", "الحليفين": two members, the two allies), read as a
    /// number for two with its noun ([`counted_pair_claims`]).
    pub(super) pair_duals: Vec<Phrase>,
    /// The words likening one state to another in an aside ("like", «как и», "مثل"; [`likened`]), normalised.
    pub(super) likening: Vec<String>,
    /// The nouns for a bloc's members they count ("members", "allies", «стран», "العضوين").
    pub(super) pair_nouns: Vec<Phrase>,
    /// The words that may link such a noun to its bloc ("of", "في").
    pub(super) pair_links: Vec<String>,
    /// Adjectives saying a membership has ended ("former", «бывшие», "السابقين"): around a member noun a number for
    /// two counts ([`counted_noun_phrase`]), or before a bloc touching a member cue ("a former NATO member"), they
    /// make the claim `former`.
    pub(super) former_adjectives: Vec<String>,
    /// English adjectives between the count and the member noun of a phrase pointing back at two states ("the
    /// two fellow members of the SCO"; `pair_adjective` rows, [`super::subjects::counted_noun_phrase`]).
    pub(super) pair_adjectives: Vec<String>,
    /// Arabic pronouns standing for the states before them and the partitive after them that count those states
    /// among a bloc's ("وهي من دول أوبك+"; `among_pronoun`, `among_partitive` rows,
    /// [`super::cues::counted_among`]).
    pub(super) among_pronouns: Vec<String>,
    pub(super) among_partitives: Vec<String>,
    /// The verbs of prolonging a membership that open its cue rows ("renew its participation in", «продлевать
    /// участие в», "تجديد مشاركتها في"; `prolonged_membership` rows): negated, the membership has ended.
    pub(super) prolonged: Vec<String>,
    /// Words setting a state beside a pair phrase as its partner in the act ("together with", «вместе с», "مع";
    /// [`pair_companions`]).
    pub(super) joint_with: Vec<String>,
    /// The same phrases in one automaton: whether a sentence holds any, in one pass ([`names_pair`]).
    /// Words that may open a clause before its cue whose subject is the main clause's ("since", "having",
    /// "منذ"; [`fronted_subject`]).
    pub(super) fronted: Vec<String>,
    /// Subjects pointing back at one state named in the sentence before ("the country", "البلاد",
    /// «страна», "it"), normalised ([`anaphor_group`]).
    pub(super) state_anaphors: Vec<String>,
    /// Arabic copulas that open a sentence with their subject, a state, dropped ("وكانت من الدول
    /// المؤسسة"; [`opening_anaphor`]).
    pub(super) prodrop: Vec<String>,
    /// Words opening the object of a founding verb that is a new body, not the bloc named before it ("set
    /// up a confederation of their own", «создали собственную конфедерацию»; [`founds_new_body`]).
    pub(super) new_body: Vec<String>,
    /// Arabic nouns of founding ("تأسيس", "إنشاء") that govern their object: the bloc must be it
    /// ([`ar_founds_other`]).
    pub(super) founding_nouns: Vec<String>,
    /// English participles of founding ("founded", "established", "set up" aside): a form of "be" before
    /// one makes a passive founding ([`passive_founding`](super::modality::passive_founding),
    /// [`from_founding`](super::founding::from_founding)).
    pub(super) founding_participles: Vec<String>,
    /// Verbs of saying that report a change ("said", «сообщили», "أعلنت"; [`reported_date`]).
    pub(super) reports: WordSet,
    /// An inclusion phrase before a cue ([`inclusion_span`]): its opening words ("among", "من بين",
    /// «в числе»), its words for a set of states ("states", "الدول", «государств»), and the copulas that
    /// may stand before it ("was", «был»).
    pub(super) set_openers: Vec<String>,
    pub(super) set_nouns: Vec<String>,
    pub(super) set_copulas: Vec<String>,
    /// Words for an anniversary ([`anniversary`]).
    pub(super) anniversaries: Vec<String>,
    /// The preposition after an object verb's state that names the bloc it is put out of ("from", «из»)
    /// or into ("into", «в») when the verb's subject is no bloc ([`moved_into`]).
    pub(super) moved_from: Vec<String>,
    pub(super) moved_into: Vec<String>,
    /// The phrases after an admitted state that name a lesser status ("as an observer", «в качестве
    /// наблюдателя»), longest first, with that status ([`admitted_as`]).
    pub(super) admitted_as: Vec<(String, &'static str)>,
    /// The lesser statuses an admission names in the noun before its list ("the admission of five new
    /// observer states: Bosnia and Herzegovina, …", «приём стран-наблюдателей»), longest first
    /// ([`named_before`]).
    pub(super) named_before: Vec<(String, &'static str)>,
    /// The words after a join that say it took a member's seat: openers ("as", «в качестве»), the member
    /// nouns' stems and the lesser statuses' stems that rule it out ([`joined_in_full`]).
    pub(super) in_full_openers: Vec<String>,
    /// Words opening what a join made its states besides the `in_full_opener` ones («в число», "بين"), and the
    /// stems of the founding nouns within a few words after them ("founding", «основател», "مؤسس"; [`joined_as_founder`]).
    pub(super) founder_openers: Vec<String>,
    pub(super) founder_nouns: Vec<String>,
    /// The openers written onto their noun (the Arabic "ك", "كعضو").
    pub(super) in_full_prefixes: Vec<String>,
    pub(super) in_full_nouns: Vec<String>,
    pub(super) in_full_lesser: Vec<String>,
    /// The case endings of a year written in figures («в 2023-м»), after its hyphen ([`elided_bloc`]).
    pub(super) year_endings: Vec<String>,
    /// The prepositions of an office handed over: from one state ("от", "من") to another ("к", "إلى")
    /// ([`handed_to`]).
    pub(super) handover_from: Vec<String>,
    pub(super) handover_to: Vec<String>,
    /// The bare Arabic verbs and noun of freezing that are suspending cues ("جمد", "تجميد"), and what they
    /// freeze when they suspend a membership ("عضوية", "مشاركة", "أنشطة"), as stems ([`freezes_membership`]).
    pub(super) bare_freezes: Vec<String>,
    pub(super) frozen_membership: Vec<String>,
    /// The plural observer cues that also name people a bloc sends to watch ("EU observers", «наблюдатели
    /// ОБСЕ», "مراقبو الاتحاد"): touching their bloc, with a state only further on, no status ([`monitors`]).
    pub(super) monitors: Vec<String>,
    /// The words between such a plural noun and the bloc after it that sends its people ("from", «от», "من").
    pub(super) monitor_links: Vec<String>,
    /// What people named by a one-word observer noun watch, or the mission they form ("election observers",
    /// «наблюдатели на выборах», "بعثة مراقبين"), the links that may stand between the noun and what it
    /// watches after it ("at the", «на», "في"), and the verbs of sending them ("sent observers", «направила
    /// наблюдателя», "أرسلت … مراقبين"): people watching, no status ([`watchers`]).
    pub(super) watched: WordSet,
    pub(super) watch_links: Vec<String>,
    pub(super) sending: WordSet,
    /// The conjunctions that join a second verb to a bloc's object verb without a subject of its own ("and",
    /// "but", «но», «а»), a subject pronoun aside ([`coordinated_bloc`]).
    pub(super) coordinators: Vec<String>,
    /// The singular nouns of a status ("member", «членом», "عضو"): set off after a list, about its last state
    /// ([`singular_apposition`]).
    pub(super) singular_status: Vec<String>,
    /// The singular nouns for a state that may stand between a preposition and a member noun («со страной —
    /// членом НАТО», "مع دولة عضو") ([`after_preposition`]).
    pub(super) state_nouns: Vec<String>,
    /// The prepositions of a topic or a purpose («о», «для», "حول", "about") before a noun of accession: what a
    /// question, talks or a framework are about, no status.
    pub(super) topic_prepositions: Vec<String>,
    /// A bloc's founding treaty or charter («учредительный договор», "founding treaty"), a founder cue only
    /// after a verb of signing in its clause (`signing`: «подписали», "signed").
    pub(super) founding_documents: Vec<String>,
    pub(super) signing: Vec<String>,
    /// The same verbs as a set, the Arabic ones also with و/ف glued on ("ووقعت"): the verb whose subject
    /// signs a bloc into being or out of it ([`signed_claims`](super::founding::signed_claims)).
    pub(super) signing_words: WordSet,
    /// Words of dissolving right before a bloc ("dissolved the Warsaw Pact", «о роспуске СЭВ», "بحل"): signed
    /// by its members, the act ends their membership ([`signed_claims`](super::founding::signed_claims)).
    pub(super) dissolving: WordSet,
    /// Words of setting up right before a bloc ("establishing", «о создании», "بإنشاء"): signed, the act
    /// founds it ([`signed_claims`](super::founding::signed_claims)).
    pub(super) founding_objects: WordSet,
    /// First words of a bloc's name that make the bloc a treaty («Договор о коллективной безопасности»,
    /// "معاهدة الأمن الجماعي"): its signatories at the signing founded it
    /// ([`signed_claims`](super::founding::signed_claims)).
    pub(super) treaty_names: WordSet,
    /// Words of a bloc's charter, right before the bloc ("the charter of the SCO", «Хартию ШОС», "ميثاق منظمة")
    /// or right after it ("the SCO charter"): signed, the act is its members'
    /// ([`signed_claims`](super::founding::signed_claims)).
    pub(super) charter_words: WordSet,
    /// Words of prolonging right before a bloc ("a protocol extending the Warsaw Pact", «о продлении»,
    /// "لتمديد"): signed, the act is its members' ([`signed_claims`](super::founding::signed_claims)).
    pub(super) prolonging: WordSet,
    /// Words of applying that, told with a year and no bloc of their own beside a join, tell the joining
    /// state's earlier application ([`earlier_application`](super::recall::earlier_application)).
    pub(super) application_aside: WordSet,
    /// The cues that name an agreement which is the bloc itself ("signed the Regional Comprehensive Economic
    /// Partnership", «Соглашение о ВРЭП подписали», "وقعت … اتفاقية الشراكة الاقتصادية الإقليمية الشاملة"):
    /// a founding only with a signing word in the sentence and the bloc touching the cue ([`signed_bloc`]).
    pub(super) signed_blocs: Vec<String>,
    /// The words that may follow a signed bloc in English, ending its noun phrase ("signed the RCEP on
    /// Sunday", not "signed the EU association agreement") ([`signed_bloc`]).
    pub(super) signed_bloc_ends: Vec<String>,
    /// Words setting a list beside another set ("alongside", «наряду с», "إلى جانب") and the words that make
    /// that set the list's fellows ("other", «другими») ([`beside_the_members`]).
    pub(super) companions: Vec<Phrase>,
    pub(super) companion_others: Vec<String>,
    /// Nouns of alliance ("ally", «союзница», "حليفة"; `fellow_ally` rows): set off after a state and joined to a
    /// bloc, the state is a member ([`fellow_claims`](super::fellows::fellow_claims)).
    pub(super) fellow_allies: Vec<String>,
    /// Nouns of partnership ("partner", «партнёр», "شريكة"; `fellow_partner` rows): a fellow member only with an
    /// owner ("Russia's partner in the Union State"); alone they may name partner status.
    pub(super) fellow_partners: Vec<String>,
    /// The plural forms of those nouns ("allies", «партнёрами», "حلفاؤها"; `fellow_plural` rows): said of a list of
    /// states ("Latvia and Estonia, Lithuania's partners").
    pub(super) fellow_plurals: Vec<String>,
    /// The words joining the noun to its bloc ("in", «по», "في"; `fellow_link` rows).
    pub(super) fellow_links: Vec<String>,
    /// Words that may open the English noun phrase ("a", "fellow"; `fellow_det` rows).
    pub(super) fellow_dets: Vec<String>,
    /// English possessives that make the noun after them owned ("its", "their", "our"; `owner` rows): an
    /// alliance noun then names fellow members, a candidate a person ([`super::cues::owned_bloc`]).
    pub(super) owners: Vec<String>,
    /// Words that count a state among a set, beside the ordinals ("one", "only", «единственной», "إحدى";
    /// `counting` rows, [`super::cues::counting_word`]).
    pub(super) counting_words: Vec<String>,
    /// Nouns of an application to join ("application", «заявку», "الطلب"; `application_noun` rows), the
    /// relative pronouns a clause about it opens with (`application_relative`), the verbs of handing it in
    /// (`application_verb`), the word stems that make a noun of request one of membership
    /// (`application_complement`), the Arabic preposition resuming it after its verb ("به";
    /// `application_particle`), the Russian passive participles of handing it in («поданную»;
    /// `application_participle`) and the English word naming their agent ("by"; `application_agent`)
    /// ([`super::relatives::applied_relatives`]). The nouns as one searcher (leftmost-longest; the nouns of
    /// word chars only, the others being no word the tokenizer gives): where none stands as a whole word
    /// the sentence has none.
    pub(super) application_noun_search: AhoCorasick,
    /// The nouns as a list (the tests compare [`super::text::whole_words`] with the tokens).
    #[cfg(test)]
    pub(super) application_nouns: Vec<String>,
    pub(super) application_relatives: Vec<String>,
    pub(super) application_verbs: Vec<String>,
    pub(super) application_complements: Vec<String>,
    pub(super) application_particles: Vec<String>,
    pub(super) application_participles: Vec<String>,
    pub(super) application_agents: Vec<String>,
    /// Nouns of a government whose head is named beside it ("Ilham Aliyev's government", «правительство
    /// Гарольда Вильсона», "حكومة هارولد ويلسون"; `government_noun` rows): the person stands for the state
    /// ([`super::groups::governing_person`]).
    pub(super) government_nouns: Vec<String>,
    /// Auxiliaries between an apposition's relative pronoun and its participle ("which was admitted";
    /// `apposition_aux` rows, [`super::subjects::apposed_state`]).
    pub(super) apposition_aux: Vec<String>,
    /// Prepositions joining a possessed membership noun to its bloc ("in", «в», "في"; `membership_link` rows,
    /// [`super::geometry::linked_bloc`]).
    pub(super) membership_links: Vec<String>,
}

/// A normalised phrase that [`phrase_in`] looks for in a stretch of text, with its substring searcher
/// built once: set up per search (`str::match_indices`), the searcher cost more than most searches.
pub(super) type Phrase = memchr::memmem::Finder<'static>;

/// A leftmost-longest searcher of the words of `words` made of word chars only, as
/// [`super::text::whole_words`] reads it: where one of them stands as a whole word, the search reports it
/// (no match can cover the non-word char before it, and a longer word at its place would run on past
/// its end, where no word char follows).
fn whole_word_search(words: &[String]) -> AhoCorasick {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty() && w.chars().all(blocwatch_text::is_word_char))
        .collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&words)
        .unwrap_or_else(|_| {
            AhoCorasick::new(Vec::<String>::new()).expect("the empty automaton builds")
        })
}

pub(super) fn phrases(words: &[String]) -> Vec<Phrase> {
    words
        .iter()
        .map(|w| memchr::memmem::Finder::new(w).into_owned())
        .collect()
}

/// The flat automaton of `words`, numbered in order. None may be empty: the automaton drops an empty
/// word, which would shift the numbers of the words after it (and an empty object verb or pair phrase
/// would have occurred in every sentence).
pub(super) fn nonempty_dfa<'w>(words: impl Iterator<Item = &'w String>) -> WordDfa {
    let words: Vec<&String> = words.collect();
    assert!(
        words.iter().all(|w| !w.is_empty()),
        "an empty membership cue word"
    );
    standard_dfa(words)
}

/// What one walk of a sentence's normalised text with [`Tables::words`] found: its cue phrases as a
/// leftmost-longest search finds them (in text order), whether an object verb or a phrase pointing back at
/// two states occurs anywhere, and where each number for two stands. (Three searches before, two of them
/// through the crate's generic search loop.)
#[derive(Debug, Default)]
pub(super) struct Walked {
    pub(super) cues: SmallVec<[Hit; 8]>,
    pub(super) object_verb: bool,
    pub(super) pair: bool,
    /// Every occurrence of a number for two, overlapping ones too, in order of their ends: (its index in
    /// `pair_counts` followed by `pair_duals`, where it starts in the text); as whole words or not
    /// ([`counted_pair_claims`]).
    pub(super) counted: SmallVec<[(usize, usize); 4]>,
}

pub(super) fn walk_words(n: &str) -> Walked {
    let t = tables();
    // "dialogue-partner status", «страна-партнёр»: a hyphen between two words walks as the space between
    // them, as the table's phrases do ([`unhyphened`]); one byte for one, so the offsets stay the text's.
    let spaced = unhyphened(n);
    let n = spaced.as_ref();
    let (cues, objects) = (t.meta.len(), t.meta.len() + t.object_verbs.len());
    let counts = objects + t.pairs.len();
    let mut w = Walked::default();
    each_match(&t.words, n, |pat, s, e| {
        if pat < cues {
            w.cues.push(Hit { s, e, pat });
        } else if pat < objects {
            w.object_verb = true;
        } else {
            w.pair = true;
            if pat >= counts {
                w.counted.push((pat - counts, s));
            }
        }
    });
    let kept = leftmost_longest_first(&mut w.cues);
    w.cues.truncate(kept);
    w
}

/// `n` with each hyphen that joins two words turned into a space ("dialogue-partner" walks as "dialogue
/// partner"): the cue phrases match whichever of the two a writer chose.
pub(super) fn unhyphened(n: &str) -> std::borrow::Cow<'_, str> {
    let b = n.as_bytes();
    // (Most sentences hold no hyphen: one `memchr` search, not a test per byte.)
    if !b.contains(&b'-') {
        return std::borrow::Cow::Borrowed(n);
    }
    let joins = |i: usize| {
        b[i] == b'-'
            && i > 0
            && i + 1 < b.len()
            && !b[i - 1].is_ascii_whitespace()
            && !b[i + 1].is_ascii_whitespace()
            && !b[i - 1].is_ascii_punctuation()
            && !b[i + 1].is_ascii_punctuation()
    };
    // (One walk to the first joining hyphen; the copy changes it and those after it only.)
    let Some(first) = (0..b.len()).find(|&i| joins(i)) else {
        return std::borrow::Cow::Borrowed(n);
    };
    let mut out = b.to_vec();
    for (i, o) in out.iter_mut().enumerate().skip(first) {
        if joins(i) {
            *o = b' ';
        }
    }
    // (Only an ASCII byte became another: the text is still UTF-8.)
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| n.to_string()))
}

/// The stage's tables: built at the first sentence that needs them, or before by
/// `Extractor::build_stage_tables`.
pub(crate) static TABLES: LazyLock<Tables> = LazyLock::new(build_tables);

pub(super) fn tables() -> &'static Tables {
    &TABLES
}

pub(super) fn side(s: &str) -> Option<Side> {
    match s {
        "before" => Some(Side::Before),
        "after" => Some(Side::After),
        "either" | "any" => Some(Side::Either),
        _ => None,
    }
}

/// The counts of the `group_N` rows: phrases pointing back at three to ten states ([`Tables::pairs`]).
const GROUP_SIZES: std::ops::RangeInclusive<usize> = 3..=10;

pub(super) fn build_tables() -> Tables {
    let mut pats = Vec::new();
    let mut meta = Vec::new();
    let mut defined = Vec::new();
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
            // The cue table is compiled in: a row the reader cannot take is a bug in the data.
            panic!("data/facts cues: unknown status or side in row {r:?}");
        };
        let pat = unhyphened(&normalize(&r[0])).into_owned();
        let cue = CueMeta {
            status,
            members,
            bloc,
            touching,
            among,
        };
        // "الشريك في الحوار", "العضو المراقب": an Arabic phrase also walks with the article on its first
        // word (a row that writes that form itself is kept as written).
        // (Only phrases of the lesser statuses: "العضو" and "المؤسسة" are read by their own rules, and a
        // single word with the article is an attribute, "الدولتان المراقبتان", not the status taken.)
        if matches!(
            status,
            "dialogue_partner" | "observer" | "partner" | "applicant"
        ) && pat.contains(' ')
            && pat.starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c))
            && !pat.starts_with("ال")
        {
            defined.push((format!("ال{pat}"), cue));
        }
        pats.push(pat);
        meta.push(cue);
    }
    for (pat, cue) in defined {
        if !pats.contains(&pat) {
            pats.push(pat);
            meta.push(cue);
        }
    }
    // Each negation row says whether its word is also a stem (`form` `stem`: "отказ" in «отказалась»,
    // «رفض» in «رفضها») or a whole word only (`word`: «سوى», «دون», «غير» start «سويسرا», «دونالد», «غيراسيموف»).
    let (negations, negation_stems): (Vec<String>, Vec<bool>) =
        facts_rows(NEGATION_CSV, &["word", "form"])
            .into_iter()
            .map(|r| (normalize(&r[0]), r[1] == "stem"))
            .unzip();
    let modal = facts_rows(MODAL_CSV, &["word", "kind"]);
    let formed = facts_rows(MODAL_CSV, &["word", "kind", "form"]);
    // The word set of a kind of [`STEM_KINDS`], each row's word a stem where its `form` says so.
    let stemmed = |k: &str| -> WordSet {
        debug_assert!(STEM_KINDS.contains(&k), "{k}");
        let (words, stems) = formed
            .iter()
            .filter(|r| r[1] == k)
            .map(|r| (normalize(&r[0]), r[2] == "stem"))
            .unzip();
        WordSet::with_stems(words, stems)
    };
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
    // A phrase pointing back at a group gives its count in its kind ("the five",group_5); the groups come
    // first, so that "البلدان الخمسة" is read before the pair phrase "البلدان" inside it.
    let (pairs, pair_sizes): (Vec<String>, Vec<usize>) = (GROUP_SIZES)
        .flat_map(|n| {
            of_kind(&format!("group_{n}"))
                .into_iter()
                .map(move |w| (w, n))
        })
        .chain(of_kind("pair").into_iter().map(|w| (w, 2)))
        .unzip();
    let pair_counts = of_kind("pair_count");
    let pair_duals = of_kind("pair_dual");
    let words = nonempty_dfa(
        pats.iter()
            .chain(object_verbs.iter().map(|(v, _)| v))
            .chain(&pairs)
            .chain(&pair_counts)
            .chain(&pair_duals),
    );
    Tables {
        words,
        meta,
        negations: WordSet::with_stems(negations, negation_stems),
        hypothetical: stemmed("hypothetical"),
        future: WordSet::new(of_kind("future")),
        no_longer: of_kind("no_longer"),
        staying: of_kind("staying"),
        future_aux: of_kind("future_aux"),
        staying_gap: of_kind("staying_gap"),
        applicant: stemmed("applicant"),
        interest: stemmed("interest"),
        withdrawing: stemmed("withdrawing"),
        invitations: stemmed("invitation"),
        offered_after: of_kind("offered_after"),
        stances: stemmed("stance"),
        accession_nouns: of_kind("accession_noun"),
        ratifying: stemmed("ratifying"),
        own_accession: of_kind("own_accession"),
        count_links: of_kind("count_link"),
        list_inclusions: of_kind("list_inclusion"),
        inverted_openers: of_kind("inverted_opener"),
        adverb_endings: of_kind("adverb_ending"),
        suspending: stemmed("suspending"),
        rights_nouns: of_kind("rights_noun"),
        delegation_nouns: stemmed("delegation_noun"),
        summits: of_kind("summit"),
        summit_verbs: stemmed("summit_verb"),
        summit_leaders: stemmed("summit_leader"),
        sidelines: stemmed("sidelines"),
        summit_stops: stemmed("summit_stop"),
        summit_hosts: stemmed("summit_host"),
        summit_host_stops: stemmed("summit_host_stop"),
        summit_host_nouns: stemmed("summit_host_noun"),
        meetings: stemmed("meeting"),
        lifting: stemmed("lifting"),
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
        addressing: stemmed("addressing"),
        office: stemmed("office"),
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
        gerund_links: of_kind("gerund_link"),
        founding_lists: of_kind("founding_list"),
        stative: of_kind("stative"),
        list_heads: of_kind("list_head"),
        becoming: stemmed("becoming"),
        since_words: of_kind("since_word"),
        fillers: of_kind("filler"),
        clause_conjunctions: of_kind("conjunction")
            .into_iter()
            .filter(|c| c != "и" && c != "بعد" && c != "قبل")
            .collect(),
        hypothetical_initial: of_kind("hypothetical_initial"),
        offers: of_kind("offer"),
        object_verbs,
        object_bases: of_kind("object_base"),
        deciding: of_kind("deciding"),
        offer_refused: stemmed("offer_refused"),
        offer_pending: stemmed("offer_pending"),
        own_bids: of_kind("own_bid"),
        pairs: phrases(&pairs),
        pair_sizes,
        pair_counts: phrases(&pair_counts),
        pair_duals: phrases(&pair_duals),
        likening: of_kind("likening"),
        pair_nouns: phrases(&of_kind("pair_noun")),
        pair_links: of_kind("pair_link"),
        former_adjectives: of_kind("former_adjective"),
        pair_adjectives: of_kind("pair_adjective"),
        among_pronouns: of_kind("among_pronoun"),
        among_partitives: of_kind("among_partitive"),
        prolonged: of_kind("prolonged_membership"),
        joint_with: of_kind("joint_with"),
        fronted: of_kind("fronted"),
        state_anaphors: of_kind("state_anaphor"),
        prodrop: of_kind("state_prodrop"),
        new_body: of_kind("new_body"),
        founding_nouns: of_kind("founding_noun"),
        founding_participles: of_kind("founding_participle"),
        reports: stemmed("report"),
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
        founder_openers: of_kind("founder_opener"),
        founder_nouns: of_kind("founder_noun"),
        in_full_prefixes: of_kind("in_full_prefix"),
        in_full_nouns: of_kind("in_full_noun"),
        in_full_lesser: of_kind("in_full_lesser"),
        year_endings: of_kind("year_ending"),
        handover_from: of_kind("handover_from"),
        handover_to: of_kind("handover_to"),
        bare_freezes: of_kind("bare_freeze"),
        frozen_membership: of_kind("frozen_membership"),
        monitors: of_kind("monitors"),
        monitor_links: of_kind("monitor_link"),
        watched: stemmed("watched"),
        watch_links: of_kind("watch_link"),
        sending: stemmed("sending"),
        coordinators: of_kind("coordinator"),
        singular_status: of_kind("singular_status"),
        state_nouns: of_kind("state_noun"),
        topic_prepositions: of_kind("topic_preposition"),
        founding_documents: of_kind("founding_document"),
        signing: of_kind("signing"),
        signing_words: WordSet::new(of_kind("signing")),
        dissolving: WordSet::new(of_kind("dissolving")),
        founding_objects: WordSet::new(of_kind("founding_object")),
        treaty_names: WordSet::new(of_kind("treaty_name")),
        charter_words: WordSet::new(of_kind("charter")),
        prolonging: WordSet::new(of_kind("prolonging")),
        application_aside: WordSet::new(of_kind("application_aside")),
        signed_blocs: of_kind("signed_bloc"),
        signed_bloc_ends: of_kind("signed_bloc_end"),
        companions: phrases(&of_kind("companion")),
        companion_others: of_kind("companion_other"),
        fellow_allies: of_kind("fellow_ally"),
        fellow_partners: of_kind("fellow_partner"),
        fellow_plurals: of_kind("fellow_plural"),
        fellow_links: of_kind("fellow_link"),
        fellow_dets: of_kind("fellow_det"),
        owners: of_kind("owner"),
        counting_words: of_kind("counting"),
        #[cfg(test)]
        application_nouns: of_kind("application_noun"),
        application_noun_search: whole_word_search(&of_kind("application_noun")),
        application_relatives: of_kind("application_relative"),
        application_verbs: of_kind("application_verb"),
        application_complements: of_kind("application_complement"),
        application_particles: of_kind("application_particle"),
        application_participles: of_kind("application_participle"),
        application_agents: of_kind("application_agent"),
        government_nouns: of_kind("government_noun"),
        apposition_aux: of_kind("apposition_aux"),
        membership_links: of_kind("membership_link"),
    }
}
