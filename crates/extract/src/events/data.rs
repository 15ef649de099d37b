//! The event coder's data: PLOVER types, per-language triggers and cue words, compiled in from
//! `data/events/*.csv` and turned into one word trie per language (the scanner's `heads`).
//!
//! A pattern is a sequence of words over the normalised text (`blocwatch_text::normalize`):
//! - `word` matches that word exactly (Arabic: after any proclitics و ف ب ل ك س ال, and before an object
//!   pronoun ها هما هم نا, or ه where the text writes ه and not ة: `scan::written_ha`);
//! - `stem*` matches any word that begins with `stem` (Russian inflection, English `-s/-ed`); in Arabic only
//!   the closed set of inflectional endings in [`AR_SUFFIXES`] may follow, because an open continuation would
//!   find زار "visited" inside وزارة "ministry";
//! - `…` (or `...`) skips up to four words ("supplied … drones").
//!
//! The trie holds the first word of every pattern; the rest is checked token by token.

use std::borrow::Cow;
use std::ops::Range;
use std::rc::Rc;
use std::sync::{LazyLock, OnceLock};

use blocwatch_text::{is_word_char, normalize, Lang};
use rustc_hash::FxHashMap;

use crate::walk::{any_match, standard_dfa, WordDfa};

const TYPES_CSV: &str = include_str!("../../../../data/events/types.csv");
const REFINE_CSV: &str = include_str!("../../../../data/events/refine.csv");
const LANG_FILES: [(Lang, &str, &str); 3] = [
    (
        Lang::Ar,
        include_str!("../../../../data/events/triggers_ar.csv"),
        include_str!("../../../../data/events/cues_ar.csv"),
    ),
    (
        Lang::En,
        include_str!("../../../../data/events/triggers_en.csv"),
        include_str!("../../../../data/events/cues_en.csv"),
    ),
    (
        Lang::Ru,
        include_str!("../../../../data/events/triggers_ru.csv"),
        include_str!("../../../../data/events/cues_ru.csv"),
    ),
];

const WORDS_CSV: &str = include_str!("../../../../data/events/words.csv");
const PLACES_CSV: &str = include_str!("../../../../data/events/places.csv");
/// The month names and ordinal day words of the dates stage (one list of each): a date written between a
/// verb and its object does not count against a pattern's gap ([`DateWords`]).
const MONTHS_CSV: &str = include_str!("../../../../data/facts/months.csv");
const DAY_WORDS_CSV: &str = include_str!("../../../../data/facts/day_words.csv");

/// The closed word lists the coder asks about by name (`data/events/words.csv`, column `list`): verbs
/// of naming, of buying, nouns that name an act, … They are lexical data, not grammar, so they live in
/// a data file with a source for every row rather than in `matches!` lists in the code. A word is
/// compared as the scanner's normalised token (`Scan::text`), exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordList {
    EnNamingVerb,
    ArLeftPronoun,
    ArSuspendVerb,
    ArSuspendNoun,
    /// The condemning names an English verb of naming gives that condemn wherever they stand after it,
    /// with or without an article: mostly adjectives ("called the drills dangerous", "described the move as
    /// unacceptable", "called the ban a cynical step") and the few nouns that never name the thing called
    /// ("a provocation", "blackmail"). The generated `called … NAME` trigger rows take their words from it
    /// (tools/trigger_classes.py). Split from [`WordList::EnCondemningWord`] by where the word may stand.
    EnCondemningName,
    EnDomesticAct,
    EnPurchaseVerb,
    EnChargeNoun,
    EnReactionVerb,
    EnTitleAfterDemonym,
    EnTimeBetweenAndVerb,
    EnNamingVerbOfAct,
    EnActNoun,
    EnCrowdNoun,
    EnHabitualVerb,
    StandingTradeVerb,
    ArActNounDefinite,
    ArActNoun,
    ArTakingPart,
    ArParticiple,
    ArFollowVerb,
    EnObjectPronoun,
    RuObjectPronoun,
    RuDocumentNoun,
    PatientThreat,
    ReportedWrong,
    AnnouncingFace,
    ThreatHarm,
    PronounSubject,
    OccasionOpener,
    OccasionPossessive,
    BackgroundOpener,
    /// A part of a day named after a background opener ("before dawn on Tuesday", «до рассвета»,
    /// «قبل فجر الثلاثاء»): the phrase tells a time of the act, not a background act.
    DayPart,
    MeasureBackground,
    VehicleNoun,
    ForumVerb,
    DraftNoun,
    DraftTopic,
    ArProposalVerb,
    ProposalNoun,
    RuActNounStem,
    PartitiveNumber,
    PossessiveCountry,
    SolidarityAdjunct,
    PluralPronoun,
    EnModalAfterNoun,
    RuCitizensStem,
    ArPossessiveSuffix,
    RuObliqueTitleEnding,
    RelativePronoun,
    NonStateGroup,
    EnStateBody,
    EnOrderingVerb,
    RuOrderingVerb,
    RuOrderingWord,
    MissionNoun,
    SittingNoun,
    ImportNoun,
    ListingVerb,
    ListNoun,
    FlagNoun,
    DateWord,
    DateLink,
    RuObliqueNumeral,
    EnMeetingParty,
    BlocLeaders,
    EnAdoptionVerb,
    BareLeaders,
    LeadersOf,
    ArSiteNoun,
    ArNonStateGroup,
    ArAdoptionVerb,
    ArTroopNoun,
    ArStateBody,
    TroopNoun,
    ArExerciseNoun,
    ExerciseNoun,
    BaseNoun,
    ArTroopMotion,
    EnvoyNoun,
    EnvoyNominative,
    ArDomesticAct,
    ArVerbSpelledNoun,
    RuFrontedDemonstrative,
    ArBorderNoun,
    ArBorderPreposition,
    BorderNoun,
    ArFlagNoun,
    ArNextAdjective,
    PlaceRelative,
    ArEnvoyPrefix,
    EnProposalVerb,
    EnClauseLinker,
    SpanLead,
    SpanUnit,
    SpanAlone,
    RuOwnStanceStem,
    EnDefiniteDeterminer,
    ArArticle,
    ArOnPreposition,
    CalledOff,
    SeatOfPower,
    EnObjectLead,
    ObjectComplement,
    CausePreposition,
    MeetingNounStem,
    VenueGovernor,
    TakingPartStem,
    ActPronoun,
    StateBodySubject,
    PactNounStem,
    AmongThem,
    MemberNoun,
    RetoldOpener,
    MeetingPartnerWord,
    TalksNoun,
    StayNoun,
    StayDayUnit,
    StayDayCount,
    StayDaySpan,
    TalksLedOpener,
    AirspaceNounStem,
    OfficeNounStem,
    StatusOccasionOpener,
    GatheringVerb,
    StatusWord,
    PhoneOccasionOpener,
    NoticeVerb,
    NoticeNoun,
    ThreatFuture,
    ConditionWord,
    EnCallVerb,
    EnCallObjectEnd,
    CallReceiptVerb,
    TalksEndVerb,
    ReportClauseVerb,
    OccurrenceVerb,
    AdjectiveEnding,
    WaivedObjection,
    RequestVenue,
    EnNounHomograph,
    AgentNounStem,
    ArSinNoun,
    CopulaStem,
    ComplaintStem,
    StationedWord,
    FinanceObject,
    YearTotal,
    EnQualifyingParticiple,
    EnRelativeHeadNoun,
    GovernmentNoun,
    DelegateStem,
    EnIrregularParticiple,
    EnAssertingNegation,
    RuDomesticAct,
    ArGivingNoun,
    AnaphoricPlaceNoun,
    AgreeingVerbStem,
    EnActAdjective,
    AgreeingPartyNoun,
    BlocKindAlliance,
    BlocKindUnion,
    BlocKindOrganisation,
    BlocInstitutionWord,
    OpinionHolder,
    OpinionVerb,
    ProtestReasonWord,
    TitleWord,
    SpokenAttackVerb,
    DroppedClaimNoun,
    ForecastNoun,
    FigurativeForceWord,
    ReadingVerb,
    PayVerb,
    GrantObject,
    HostedEventNoun,
    InsistingVerb,
    BlockadeNoun,
    FlyingVerb,
    ReactionVerb,
    RuReflexiveOtherSense,
    AssuringVerb,
    OriginNoun,
    StrikeWeapon,
    ArDoerNoun,
    RefusedSpeech,
    RelationNoun,
    WideningVerb,
    PromisingVerbStem,
    EnPartyPraise,
    EnPartyObjectWord,
    /// The condemning words that condemn only inside the name an English verb of naming gives, after
    /// "a"/"an" or "as" ("called the strike a blatant violation", "described the claim as disinformation"):
    /// nouns of acts and doers that, standing bare in the object, are the thing named, not a judgement of it
    /// ("called the attack a tragedy" names an attack). Not used by the generated rows. Split from
    /// [`WordList::EnCondemningName`] by where the word may stand (`Coder::en_naming_reading`).
    EnCondemningWord,
    MarketNoun,
    MeasureNoun,
    MeasureActWord,
    RuReceivedTitle,
    ArOfficeHead,
    ArTitleHead,
    ArBuyingStem,
    ArClauseParticle,
    ArPactNoun,
    ArArrivalVerb,
    RuProposalParticipleStem,
    RuLightVerbStem,
    ReciprocalContentHead,
    ReciprocalContentRelative,
    /// The words that open an Arabic phrase of time or circumstance set off by two commas between a verb's
    /// subject and its object (`Coder::ar_aside_tail`): after, before, during, in, despite, amid.
    ArAsideOpener,
    /// Russian words of a span of time before «после» («через неделю после переговоров»): the talks after
    /// them only date the act (`Coder::ru_occasion_talks`).
    RuSpanWord,
    /// English past participles of giving whose passive subject receives the aid noun after them ("was
    /// offered a loan", `Coder::en_passive_recipient`).
    EnGivingParticiple,
    /// Stems of the nouns of a diplomatic mission (embassy, consulate) whose opening in a state's capital
    /// makes that state the act's target (`roles.rs`, English and Russian).
    MissionNounStem,
    /// Arabic verbs of answering (ردّ، ردّت) whose verbal noun under ب is the answer, done by the verb's
    /// subject («ردّت موسكو بطرد …», `Coder::ar_governed_act_sides`).
    ArAnswerVerb,
    /// Words of troops entering, landing in or arriving in a state (entered, landed, «вошли», «высадились»,
    /// نزلت، هبطت): at a state's request, the mover's military aid to it (`Coder::troops_at_request`).
    TroopArrival,
}

impl WordList {
    /// Every list with its name in the file.
    pub(crate) const ALL: [(WordList, &'static str); 212] = [
        (WordList::EnNamingVerb, "en_naming_verb"),
        (WordList::ArLeftPronoun, "ar_left_pronoun"),
        (WordList::ArSuspendVerb, "ar_suspend_verb"),
        (WordList::ArSuspendNoun, "ar_suspend_noun"),
        (WordList::EnCondemningName, "en_condemning_name"),
        (WordList::EnPartyPraise, "en_party_praise"),
        (WordList::EnPartyObjectWord, "en_party_object_word"),
        (WordList::EnCondemningWord, "en_condemning_word"),
        (WordList::MarketNoun, "market_noun"),
        (WordList::MeasureNoun, "measure_noun"),
        (WordList::MeasureActWord, "measure_act_word"),
        (WordList::EnDomesticAct, "en_domestic_act"),
        (WordList::ArDomesticAct, "ar_domestic_act"),
        (WordList::ArVerbSpelledNoun, "ar_verb_spelled_noun"),
        (WordList::EnPurchaseVerb, "en_purchase_verb"),
        (WordList::EnChargeNoun, "en_charge_noun"),
        (WordList::EnReactionVerb, "en_reaction_verb"),
        (WordList::EnTitleAfterDemonym, "en_title_after_demonym"),
        (WordList::EnTimeBetweenAndVerb, "en_time_between_and_verb"),
        (WordList::EnNamingVerbOfAct, "en_naming_verb_of_act"),
        (WordList::EnActNoun, "en_act_noun"),
        (WordList::EnCrowdNoun, "en_crowd_noun"),
        (WordList::EnHabitualVerb, "en_habitual_verb"),
        (WordList::StandingTradeVerb, "standing_trade_verb"),
        (WordList::ArActNounDefinite, "ar_act_noun_definite"),
        (WordList::ArActNoun, "ar_act_noun"),
        (WordList::ArTakingPart, "ar_taking_part"),
        (WordList::ArParticiple, "ar_participle"),
        (WordList::ArFollowVerb, "ar_follow_verb"),
        (WordList::EnObjectPronoun, "en_object_pronoun"),
        (WordList::RuObjectPronoun, "ru_object_pronoun"),
        (WordList::RuDocumentNoun, "ru_document_noun"),
        (WordList::PatientThreat, "patient_threat"),
        (WordList::ReportedWrong, "reported_wrong"),
        (WordList::AnnouncingFace, "announcing_face"),
        (WordList::ThreatHarm, "threat_harm"),
        (WordList::PronounSubject, "pronoun_subject"),
        (WordList::OccasionOpener, "occasion_opener"),
        (WordList::OccasionPossessive, "occasion_possessive"),
        (WordList::BackgroundOpener, "background_opener"),
        (WordList::DayPart, "day_part"),
        (WordList::MeasureBackground, "measure_background"),
        (WordList::VehicleNoun, "vehicle_noun"),
        (WordList::ForumVerb, "forum_verb"),
        (WordList::DraftNoun, "draft_noun"),
        (WordList::DraftTopic, "draft_topic"),
        (WordList::ArProposalVerb, "ar_proposal_verb"),
        (WordList::ProposalNoun, "proposal_noun"),
        (WordList::RuActNounStem, "ru_act_noun_stem"),
        (WordList::PartitiveNumber, "partitive_number"),
        (WordList::PossessiveCountry, "possessive_country"),
        (WordList::SolidarityAdjunct, "solidarity_adjunct"),
        (WordList::PluralPronoun, "plural_pronoun"),
        (WordList::EnModalAfterNoun, "en_modal_after_noun"),
        (WordList::RuCitizensStem, "ru_citizens_stem"),
        (WordList::ArPossessiveSuffix, "ar_possessive_suffix"),
        (WordList::RuObliqueTitleEnding, "ru_oblique_title_ending"),
        (WordList::RelativePronoun, "relative_pronoun"),
        (WordList::NonStateGroup, "non_state_group"),
        (WordList::EnStateBody, "en_state_body"),
        (WordList::EnOrderingVerb, "en_ordering_verb"),
        (WordList::RuOrderingVerb, "ru_ordering_verb"),
        (WordList::RuOrderingWord, "ru_ordering_word"),
        (WordList::MissionNoun, "mission_noun"),
        (WordList::SittingNoun, "sitting_noun"),
        (WordList::ImportNoun, "import_noun"),
        (WordList::ListingVerb, "listing_verb"),
        (WordList::ListNoun, "list_noun"),
        (WordList::FlagNoun, "flag_noun"),
        (WordList::DateWord, "date_word"),
        (WordList::DateLink, "date_link"),
        (WordList::RuObliqueNumeral, "ru_oblique_numeral"),
        (WordList::EnMeetingParty, "en_meeting_party"),
        (WordList::BlocLeaders, "bloc_leaders"),
        (WordList::EnAdoptionVerb, "en_adoption_verb"),
        (WordList::BareLeaders, "bare_leaders"),
        (WordList::LeadersOf, "leaders_of"),
        (WordList::ArSiteNoun, "ar_site_noun"),
        (WordList::ArNonStateGroup, "ar_non_state_group"),
        (WordList::ArAdoptionVerb, "ar_adoption_verb"),
        (WordList::ArTroopNoun, "ar_troop_noun"),
        (WordList::ArStateBody, "ar_state_body"),
        (WordList::TroopNoun, "troop_noun"),
        (WordList::ArExerciseNoun, "ar_exercise_noun"),
        (WordList::ExerciseNoun, "exercise_noun"),
        (WordList::BaseNoun, "base_noun"),
        (WordList::ArTroopMotion, "ar_troop_motion"),
        (WordList::EnvoyNoun, "envoy_noun"),
        (WordList::EnvoyNominative, "envoy_nominative"),
        (WordList::RuFrontedDemonstrative, "ru_fronted_demonstrative"),
        (WordList::ArBorderNoun, "ar_border_noun"),
        (WordList::ArBorderPreposition, "ar_border_preposition"),
        (WordList::BorderNoun, "border_noun"),
        (WordList::ArFlagNoun, "ar_flag_noun"),
        (WordList::ArNextAdjective, "ar_next_adjective"),
        (WordList::PlaceRelative, "place_relative"),
        (WordList::ArEnvoyPrefix, "ar_envoy_prefix"),
        (WordList::EnProposalVerb, "en_proposal_verb"),
        (WordList::EnClauseLinker, "en_clause_linker"),
        (WordList::SpanLead, "span_lead"),
        (WordList::SpanUnit, "span_unit"),
        (WordList::SpanAlone, "span_alone"),
        (WordList::RuOwnStanceStem, "ru_own_stance_stem"),
        (WordList::EnDefiniteDeterminer, "en_definite_determiner"),
        (WordList::ArArticle, "ar_article"),
        (WordList::ArOnPreposition, "ar_on_preposition"),
        (WordList::CalledOff, "called_off"),
        (WordList::SeatOfPower, "seat_of_power"),
        (WordList::EnObjectLead, "en_object_lead"),
        (WordList::ObjectComplement, "object_complement"),
        (WordList::CausePreposition, "cause_preposition"),
        (WordList::MeetingNounStem, "meeting_noun_stem"),
        (WordList::VenueGovernor, "venue_governor"),
        (WordList::TakingPartStem, "taking_part_stem"),
        (WordList::ActPronoun, "act_pronoun"),
        (WordList::StateBodySubject, "state_body_subject"),
        (WordList::PactNounStem, "pact_noun_stem"),
        (WordList::AmongThem, "among_them"),
        (WordList::MemberNoun, "member_noun"),
        (WordList::RetoldOpener, "retold_opener"),
        (WordList::MeetingPartnerWord, "meeting_partner_word"),
        (WordList::TalksNoun, "talks_noun"),
        (WordList::StayNoun, "stay_noun"),
        (WordList::StayDayUnit, "stay_day_unit"),
        (WordList::StayDayCount, "stay_day_count"),
        (WordList::StayDaySpan, "stay_day_span"),
        (WordList::TalksLedOpener, "talks_led_opener"),
        (WordList::AirspaceNounStem, "airspace_noun_stem"),
        (WordList::OfficeNounStem, "office_noun_stem"),
        (WordList::StatusOccasionOpener, "status_occasion_opener"),
        (WordList::GatheringVerb, "gathering_verb"),
        (WordList::StatusWord, "status_word"),
        (WordList::PhoneOccasionOpener, "phone_occasion_opener"),
        (WordList::NoticeVerb, "notice_verb"),
        (WordList::NoticeNoun, "notice_noun"),
        (WordList::ThreatFuture, "threat_future"),
        (WordList::ConditionWord, "condition_word"),
        (WordList::EnCallVerb, "en_call_verb"),
        (WordList::EnCallObjectEnd, "en_call_object_end"),
        (WordList::CallReceiptVerb, "call_receipt_verb"),
        (WordList::TalksEndVerb, "talks_end_verb"),
        (WordList::ReportClauseVerb, "report_clause_verb"),
        (WordList::OccurrenceVerb, "occurrence_verb"),
        (WordList::AdjectiveEnding, "adjective_ending"),
        (WordList::WaivedObjection, "waived_objection"),
        (WordList::RequestVenue, "request_venue"),
        (WordList::EnNounHomograph, "en_noun_homograph"),
        (WordList::AgentNounStem, "agent_noun_stem"),
        (WordList::ArSinNoun, "ar_sin_noun"),
        (WordList::CopulaStem, "copula_stem"),
        (WordList::ComplaintStem, "complaint_stem"),
        (WordList::StationedWord, "stationed_word"),
        (WordList::FinanceObject, "finance_object"),
        (WordList::YearTotal, "year_total"),
        (WordList::EnQualifyingParticiple, "en_qualifying_participle"),
        (WordList::EnRelativeHeadNoun, "en_relative_head_noun"),
        (WordList::GovernmentNoun, "government_noun"),
        (WordList::DelegateStem, "delegate_stem"),
        (WordList::EnIrregularParticiple, "en_irregular_participle"),
        (WordList::EnAssertingNegation, "en_asserting_negation"),
        (WordList::RuDomesticAct, "ru_domestic_act"),
        (WordList::ArGivingNoun, "ar_giving_noun"),
        (WordList::AnaphoricPlaceNoun, "anaphoric_place_noun"),
        (WordList::AgreeingVerbStem, "agreeing_verb_stem"),
        (WordList::EnActAdjective, "en_act_adjective"),
        (WordList::AgreeingPartyNoun, "agreeing_party_noun"),
        (WordList::BlocKindAlliance, "bloc_kind_alliance"),
        (WordList::BlocKindUnion, "bloc_kind_union"),
        (WordList::BlocKindOrganisation, "bloc_kind_organisation"),
        (WordList::BlocInstitutionWord, "bloc_institution_word"),
        (WordList::OpinionHolder, "opinion_holder"),
        (WordList::OpinionVerb, "opinion_verb"),
        (WordList::ProtestReasonWord, "protest_reason_word"),
        (WordList::TitleWord, "title_word"),
        (WordList::SpokenAttackVerb, "spoken_attack_verb"),
        (WordList::DroppedClaimNoun, "dropped_claim_noun"),
        (WordList::ForecastNoun, "forecast_noun"),
        (WordList::FigurativeForceWord, "figurative_force_word"),
        (WordList::ReadingVerb, "reading_verb"),
        (WordList::PayVerb, "pay_verb"),
        (WordList::GrantObject, "grant_object"),
        (WordList::HostedEventNoun, "hosted_event_noun"),
        (WordList::InsistingVerb, "insisting_verb"),
        (WordList::BlockadeNoun, "blockade_noun"),
        (WordList::FlyingVerb, "flying_verb"),
        (WordList::ReactionVerb, "reaction_verb"),
        (WordList::RuReflexiveOtherSense, "ru_reflexive_other_sense"),
        (WordList::AssuringVerb, "assuring_verb"),
        (WordList::OriginNoun, "origin_noun"),
        (WordList::StrikeWeapon, "strike_weapon"),
        (WordList::ArDoerNoun, "ar_doer_noun"),
        (WordList::RefusedSpeech, "refused_speech"),
        (WordList::RelationNoun, "relation_noun"),
        (WordList::WideningVerb, "widening_verb"),
        (WordList::PromisingVerbStem, "promising_verb_stem"),
        (WordList::RuReceivedTitle, "ru_received_title"),
        (WordList::ArOfficeHead, "ar_office_head"),
        (WordList::ArTitleHead, "ar_title_head"),
        (WordList::ArBuyingStem, "ar_buying_stem"),
        (WordList::ArClauseParticle, "ar_clause_particle"),
        (WordList::ArPactNoun, "ar_pact_noun"),
        (WordList::ArArrivalVerb, "ar_arrival_verb"),
        (
            WordList::RuProposalParticipleStem,
            "ru_proposal_participle_stem",
        ),
        (WordList::RuLightVerbStem, "ru_light_verb_stem"),
        (WordList::ReciprocalContentHead, "reciprocal_content_head"),
        (
            WordList::ReciprocalContentRelative,
            "reciprocal_content_relative",
        ),
        (WordList::ArAsideOpener, "ar_aside_opener"),
        (WordList::RuSpanWord, "ru_span_word"),
        (WordList::EnGivingParticiple, "en_giving_participle"),
        (WordList::MissionNounStem, "mission_noun_stem"),
        (WordList::ArAnswerVerb, "ar_answer_verb"),
        (WordList::TroopArrival, "troop_arrival"),
    ];
}

/// Whether `x.split_once(sep) == Some((a, b))` (`sep` an ASCII byte), by lengths and bytes: `x` is `a`, `sep`,
/// `b`, and `a` holds no `sep` (so that the first `sep` of `x` is that one). `split_once` set up a char
/// searcher for every word of the list, and the coder asks about every word before a trigger (a profile
/// put ~1 % of the worst shape's pass there).
#[inline]
fn split_at_first(x: &str, sep: u8, a: &str, b: &str) -> bool {
    let (x, a, b) = (x.as_bytes(), a.as_bytes(), b.as_bytes());
    x.len() == a.len() + 1 + b.len()
        && x[a.len()] == sep
        && x.starts_with(a)
        && x.ends_with(b)
        && !a.contains(&sep)
}

/// The word lists, indexed by `WordList`. (A few words each: a scan of a short slice costs what the
/// `matches!` it replaces did, and allocates nothing.) Each list also keeps [`Sieve`]s of its words, its
/// stems and its endings: most words the coder asks about are in no list, and one bit then answers
/// instead of a pass over the list (the lists hold up to some 170 words).
#[derive(Debug, Default)]
pub(crate) struct WordLists(Vec<Vec<Box<str>>>, Vec<Sieves>, Vec<Vec<u64>>);

/// A list's three sieves ([`Sieve`]): by the whole word, by the start of a stem, by the end of an ending.
#[derive(Debug, Default, Clone)]
struct Sieves {
    word: Sieve,
    stem: Sieve,
    ending: Sieve,
}

/// A one-sided test of a set of strings by a 256-bit table: a string of the set always finds its bit set,
/// so a clear bit proves a string is not in it (a set bit proves nothing: the list is then scanned). The
/// bit is a hash of the string's length and its first and last bytes ([`whole_hash`]); for stems and
/// endings, of their first or last two bytes ([`start_hash`], [`end_hash`]), which every word that begins
/// with a stem (ends with an ending) shares with it. A list of a few words, or of stems or endings of one
/// byte, has no sieve (`on` false): its pass costs less than the hash. A list whose stems all hold four
/// bytes or more is sieved by its first four (`wide`, [`wide_start_hash`]): two bytes are one letter in
/// Arabic and Cyrillic, which half the words of a sentence may share with some stem of the list.
///
/// The strings of each bit are kept too (`starts`, `members`: the indexes in the list of those of bit `b`
/// are `members[starts[b]..starts[b + 1]]`), so that a word whose bit is set is compared with those
/// alone, not with the whole list.
#[derive(Debug, Default, Clone)]
struct Sieve {
    bits: [u64; 4],
    on: bool,
    wide: bool,
    starts: Box<[u16]>,
    members: Box<[u16]>,
}

/// Lists of this many words or fewer are only scanned.
const SIEVE_MIN: usize = 6;

/// The hash of a whole word for its [`Sieve`].
#[inline(always)]
fn whole_hash(w: &[u8]) -> usize {
    let (first, last) = (w.first().copied(), w.last().copied());
    (w.len() << 5) ^ (usize::from(first.unwrap_or(0)) << 3) ^ usize::from(last.unwrap_or(0))
}

/// The hash of the first two bytes of `w` (it has two).
#[inline(always)]
fn start_hash(w: &[u8]) -> usize {
    (usize::from(w[0]) << 3) ^ usize::from(w[1])
}

/// The hash of the first four bytes of `w` (it has four), already a bit's number ([`Sieve::bit`] keeps it).
#[inline(always)]
fn wide_start_hash(w: &[u8]) -> usize {
    let x = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
    (x.wrapping_mul(0x9E37_79B1) >> 24) as usize
}

/// The hash of the last two bytes of `w` (it has two).
#[inline(always)]
fn end_hash(w: &[u8]) -> usize {
    (usize::from(w[w.len() - 2]) << 3) ^ usize::from(w[w.len() - 1])
}

impl Sieve {
    /// The sieve of `strings` by `hash`, on when `on`.
    fn of(strings: &[Box<str>], on: bool, hash: impl Fn(&[u8]) -> usize) -> Self {
        let mut sieve = Sieve {
            bits: [0; 4],
            on,
            wide: false,
            starts: Box::new([]),
            members: Box::new([]),
        };
        if on {
            let bits: Vec<usize> = strings
                .iter()
                .map(|x| Sieve::bit(hash(x.as_bytes())))
                .collect();
            let mut starts = vec![0u16; 257];
            for &b in &bits {
                sieve.bits[b >> 6] |= 1 << (b & 63);
                starts[b + 1] += 1;
            }
            for b in 0..256 {
                starts[b + 1] += starts[b];
            }
            // (Each bit's strings in list order.)
            let mut members = vec![0u16; strings.len()];
            let mut next = starts.clone();
            for (i, &b) in bits.iter().enumerate() {
                members[usize::from(next[b])] =
                    u16::try_from(i).expect("a list of fewer than 65,536");
                next[b] += 1;
            }
            sieve.starts = starts.into();
            sieve.members = members.into();
        }
        sieve
    }

    /// The indexes in the list of the strings whose hash is `h` (an `on` sieve).
    #[inline(always)]
    fn members_of(&self, h: usize) -> &[u16] {
        let b = Sieve::bit(h);
        match (self.starts.get(b), self.starts.get(b + 1)) {
            (Some(&a), Some(&e)) => self
                .members
                .get(usize::from(a)..usize::from(e))
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    #[inline(always)]
    fn bit(h: usize) -> usize {
        (h ^ (h >> 8)) & 255
    }

    /// Whether the bit of hash `h` is set: `false` proves that no string of the set has that hash.
    #[inline(always)]
    fn may_hold(&self, h: usize) -> bool {
        let b = Sieve::bit(h);
        self.bits[b >> 6] & (1 << (b & 63)) != 0
    }

    /// Whether `w` may be a string of the set.
    #[inline(always)]
    fn may_be(&self, w: &[u8]) -> bool {
        !self.on || self.may_hold(whole_hash(w))
    }

    /// Whether `w` may begin with a string of the set (all of them hold two bytes or more).
    #[inline(always)]
    fn may_begin(&self, w: &[u8]) -> bool {
        !self.on
            || if self.wide {
                w.len() >= 4 && self.may_hold(wide_start_hash(w))
            } else {
                w.len() >= 2 && self.may_hold(start_hash(w))
            }
    }

    /// Whether `w` may end with a string of the set (all of them hold two bytes or more).
    #[inline(always)]
    fn may_end(&self, w: &[u8]) -> bool {
        !self.on || (w.len() >= 2 && self.may_hold(end_hash(w)))
    }
}

impl WordLists {
    /// The lists, each with its sieves.
    fn new(lists: Vec<Vec<Box<str>>>) -> Self {
        let sieves = lists
            .iter()
            .map(|l| {
                let long = l.len() > SIEVE_MIN;
                let affixes = long && l.iter().all(|x| x.len() >= 2);
                Sieves {
                    word: Sieve::of(l, long, whole_hash),
                    stem: if affixes && l.iter().all(|x| x.len() >= 4) {
                        Sieve {
                            wide: true,
                            ..Sieve::of(l, true, wide_start_hash)
                        }
                    } else {
                        Sieve::of(l, affixes, start_hash)
                    },
                    ending: Sieve::of(l, affixes, end_hash),
                }
            })
            .collect();
        let masks = lists
            .iter()
            .map(|l| l.iter().map(|x| byte_mask(x.as_bytes())).collect())
            .collect();
        WordLists(lists, sieves, masks)
    }

    /// Whether `w` is a word of `list`: its sieve first, inline (most words are in no list), then the
    /// list, out of line.
    #[inline(always)]
    pub(crate) fn has(&self, list: WordList, w: &str) -> bool {
        self.1[list as usize].word.may_be(w.as_bytes()) && self.scan(list, w)
    }

    /// Whether `w`, a word's bytes, may be a word of `list`: the list's sieve alone, a test cheaper than
    /// [`WordLists::has`] for a caller that asks it of every token.
    #[inline]
    pub(crate) fn may_have(&self, list: WordList, w: &[u8]) -> bool {
        self.1[list as usize].word.may_be(w)
    }

    /// Whether `w`, a word's bytes, may begin with a stem of `list`: the list's stem sieve alone (see
    /// [`WordLists::may_have`]).
    #[inline(always)]
    pub(crate) fn may_have_stem_of(&self, list: WordList, w: &[u8]) -> bool {
        self.1[list as usize].stem.may_begin(w)
    }

    /// Whether `w` is a word of `list`, by a pass over it. (Length and the ends' bytes before the whole:
    /// most words of a list differ from `w` there, and the byte comparison is a call; see [`ends_match`].)
    /// With a sieve, only the words of `w`'s bit are compared ([`Sieve::members_of`]).
    #[inline]
    fn scan(&self, list: WordList, w: &str) -> bool {
        let w = w.as_bytes();
        let l = &self.0[list as usize];
        let sieve = &self.1[list as usize].word;
        if sieve.on {
            return sieve
                .members_of(whole_hash(w))
                .iter()
                .any(|&i| l.get(usize::from(i)).is_some_and(|x| x.as_bytes() == w));
        }
        l.iter()
            .any(|x| x.len() == w.len() && ends_match(w, x.as_bytes()) && x.as_bytes() == w)
    }

    /// Whether `a-b` (a hyphenated word the scanner reads as `a`, `-`, `b`: из-за) is a word of `list`.
    pub(crate) fn has_hyphened(&self, list: WordList, a: &str, b: &str) -> bool {
        self.0[list as usize]
            .iter()
            .any(|x| split_at_first(x, b'-', a, b))
    }

    /// Whether `a b` (two words: "called off") is a word of `list`.
    pub(crate) fn has_pair(&self, list: WordList, a: &str, b: &str) -> bool {
        self.0[list as usize]
            .iter()
            .any(|x| split_at_first(x, b' ', a, b))
    }

    /// Whether `w` begins with a stem of `list` (a list of stems, for the endings of a Russian noun:
    /// "решени" is "решение", "решения", "решением").
    /// (With a sieve, only the stems of the bit of `w`'s start are compared, [`Sieve::members_of`].)
    #[inline]
    pub(crate) fn has_stem_of(&self, list: WordList, w: &str) -> bool {
        let (w, sieve) = (w.as_bytes(), &self.1[list as usize].stem);
        if !sieve.may_begin(w) {
            return false;
        }
        let l = &self.0[list as usize];
        if sieve.on {
            let h = if sieve.wide {
                wide_start_hash(w)
            } else {
                start_hash(w)
            };
            return sieve.members_of(h).iter().any(|&i| {
                l.get(usize::from(i))
                    .is_some_and(|x| begins_with(w, x.as_bytes()))
            });
        }
        l.iter().any(|x| begins_with(w, x.as_bytes()))
    }

    /// Whether `w` holds a stem of `list` anywhere (an Arabic verb's stem inside its prefixes and suffixes:
    /// "وافق" in "ووافقت").
    /// (A stem with a byte the word lacks, by [`byte_mask`], is not searched for: most are not, the
    /// lists holding the stems of all three languages.)
    #[inline]
    pub(crate) fn has_part_of(&self, list: WordList, w: &str) -> bool {
        let w = w.as_bytes();
        let have = byte_mask(w);
        self.0[list as usize]
            .iter()
            .zip(&self.2[list as usize])
            .any(|(x, &need)| need & !have == 0 && holds_bytes(w, x.as_bytes()))
    }

    /// Whether Arabic word `w` is a word of `list` as written or with one glued conjunction (و, ف) taken
    /// off (وصلت and ووصلت alike). Unlike [`unglued`](super::lang_ar::unglued), which strips every leading
    /// و and ف, it keeps the و or ف a word begins with (وصلت, وحدات, فشل).
    #[inline]
    pub(crate) fn has_ar_glued(&self, list: WordList, w: &str) -> bool {
        self.has(list, w)
            || w.strip_prefix(['و', 'ف'])
                .is_some_and(|w| self.has(list, w))
    }

    /// Whether `w` ends with an ending of `list` (Arabic pronoun suffixes: "رفضها", "رفضهما").
    #[inline]
    pub(crate) fn has_ending_of(&self, list: WordList, w: &str) -> bool {
        self.1[list as usize].ending.may_end(w.as_bytes())
            && self.0[list as usize].iter().any(|x| w.ends_with(&**x))
    }
}

/// The bytes of `w` by their low six bits, one bit each: a string that holds another holds its bits.
#[inline]
fn byte_mask(w: &[u8]) -> u64 {
    w.iter().fold(0, |m, &b| m | 1 << (b & 63))
}

/// Whether `hay` holds `needle` (both UTF-8, so a byte match is a match of whole chars): a plain window
/// compare, which for a word and a stem of a few letters costs less than setting up `str::contains`'s
/// two-way searcher on every call.
#[inline]
fn holds_bytes(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty()
        || (needle.len() <= hay.len()
            && hay
                .windows(needle.len())
                .any(|w| ends_match(w, needle) && w == needle))
}

/// Whether `w` and `x`, of `x`'s length at least, agree at `x`'s first and last byte: the cheap test
/// before a byte comparison (a call). The first byte alone tells little in Arabic and Cyrillic, whose
/// letters all begin with one of two lead bytes; the last is a letter's own byte in every script.
#[inline(always)]
pub(crate) fn ends_match(w: &[u8], x: &[u8]) -> bool {
    match (x.first(), x.last()) {
        (Some(a), Some(z)) => w.len() >= x.len() && w[0] == *a && w[x.len() - 1] == *z,
        _ => true,
    }
}

/// Whether `w` begins with `x`, its ends' bytes compared first ([`ends_match`]).
#[inline(always)]
pub(crate) fn begins_with(w: &[u8], x: &[u8]) -> bool {
    ends_match(w, x) && w.starts_with(x)
}

/// What a word is to a date phrase (`LangTables::head_date`): a core date word or a preposition that
/// opens one.
pub(crate) const DATE_CORE: u8 = 1;
pub(crate) const DATE_LINK: u8 = 2;

/// The words of a language that make up a date phrase ("يوم الثلاثاء 12 مارس", «في 2019», «الشهر
/// الماضي»): core words (weekdays, month names, ordinal day words, time nouns and their modifiers:
/// `date_word` rows of `words.csv` in the language, `data/facts/months.csv`, `data/facts/day_words.csv`)
/// and links (prepositions that belong to a date only before a core word or a number: «في», «خلال»,
/// «من»; `date_link` rows). News writes the date of an act between the verb and its object or actor
/// (وقعت روسيا يوم الثلاثاء 12 مارس اتفاقية), so a gap of a pattern does not count a date phrase's words
/// (`scan::match_rest`). None for a language with no `date_word` rows: its gaps count every word.
fn date_words(code: &str) -> Vec<(String, u8)> {
    let mut out: Vec<(String, u8)> = Vec::new();
    for rec in crate::csv_text::rows(WORDS_CSV) {
        let (Some(list), Some(lang), Some(word)) = (rec.first(), rec.get(1), rec.get(2)) else {
            continue;
        };
        match (list.as_ref(), lang == code) {
            ("date_word", true) => out.push((normalize(word), DATE_CORE)),
            ("date_link", true) => out.push((normalize(word), DATE_LINK)),
            _ => {}
        }
    }
    if !out.iter().any(|&(_, k)| k == DATE_CORE) {
        return Vec::new();
    }
    for csv_text in [MONTHS_CSV, DAY_WORDS_CSV] {
        for row in crate::dates::facts_rows(csv_text, &["lang", "word"]) {
            if row[0] == code {
                out.extend(
                    normalize(&row[1])
                        .split_whitespace()
                        .map(|w| (w.to_string(), DATE_CORE)),
                );
            }
        }
    }
    out
}

/// Inflectional endings an Arabic `stem*` may take (normalised: ة is ه). A lone ه is left out on purpose:
/// it is both the feminine ending and "him", and allowing it makes nouns out of verbs (زاره / وزارة).
pub(crate) const AR_SUFFIXES: &[&str] = &[
    "", "ت", "تا", "ا", "وا", "ان", "ون", "ين", "ات", "تان", "تين", "ها", "هما", "هم", "تها",
    "تهما", "ته", "نا", "اه", "اها", "وها", "وه", "يه", "يها", "ي",
];

/// Object pronouns an exact Arabic word may carry (نفتها "denied it", وقعها "signed it").
pub(crate) const AR_ENCLITICS: &[&str] = &["", "ها", "هما", "هم", "نا"];

/// The PLOVER 2.0 event types, in the manual's order.
pub(crate) const TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

/// What a cue word tells the coder. Topic classes (`arms`, `energy`…) are free names used by `needs` and
/// `refine.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    /// not, لم, не — negates a trigger that follows closely in the same clause.
    Neg,
    /// refused to, رفض, отказался — negates the triggers after it in its clause.
    NegVerb,
    Expected,
    Proposed,
    Hypothetical,
    Denied,
    /// said, قال, заявил — a quoted speaker; also a clause boundary.
    Report,
    With,
    To,
    Against,
    On,
    From,
    Between,
    By,
    In,
    /// about, о, حول — the phrase names a topic, not an actor.
    About,
    /// Words that may stand between a preposition and its noun (the, its).
    Det,
    /// and, و, и — joins actors into one group.
    And,
    /// the two countries, البلدين, обе страны.
    CorefPair,
    /// the bloc, التكتل, блок.
    CorefBloc,
    /// but, while, which, بينما, который — starts a new clause.
    Boundary,
    /// that, أن, что — starts a subordinate clause that inherits modality.
    Comp,
    /// أنها, إنه — a complementiser carrying the subject as a pronoun: the clause's subject is the main
    /// clause's, and an Arabic noun right after the verb is its object.
    CompPro,
    /// he, she, his country — the state of the most recent person.
    CorefPerson,
    /// the country, it, страна, البلاد — the most recent state (a person's state included); opening its
    /// sentence, the state that led the sentence before.
    CorefState,
    /// the kingdom, the junta, королевство, المملكة — a phrase naming a kind of state or government: the
    /// most recent state, wherever it stands (the sentence before may have been led by another kind).
    CorefDescribed,
    /// the foreign minister, the ministry, the government — an office named without its state: opening a
    /// sentence that names an actor of its own, with no state named beside the office, the state that led
    /// the sentence before; nothing otherwise.
    CorefOffice,
    /// подпишет, предоставит — a Russian perfective verb in the future tense: the act is expected.
    Future,
    /// was, were, been — an English passive when a participle trigger follows.
    Passive,
    /// formed, joined, стал, أصبحت — a predicate that is no event but has a subject and an object, so
    /// that "formed the AES and later quit ECOWAS" finds who quit.
    Verb,
    Topic(u8),
}

impl Cue {
    /// Whether the cue points back to an actor named before (the `Coref*` kinds; `actors` resolves them).
    pub(crate) fn is_coref(self) -> bool {
        matches!(
            self,
            Cue::CorefPair
                | Cue::CorefBloc
                | Cue::CorefPerson
                | Cue::CorefState
                | Cue::CorefDescribed
                | Cue::CorefOffice
        )
    }
}

/// A word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Word {
    Exact(String),
    Stem(String),
    /// Up to this many arbitrary words.
    Gap(u8),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Role {
    Trigger(u32),
    Cue(Cue),
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub words: Vec<Word>,
    pub role: Role,
}

#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    /// Index into [`TYPES`].
    pub kind: u8,
    pub mode: Option<String>,
    pub context: Vec<String>,
    /// A nominalisation ("talks", عقوبات): absorbed by a verb trigger it is the object of, and an event on
    /// its own only with both sides named.
    pub noun: bool,
    /// A document noun ("agreement", соглашение, اتفاقية): no event on its own (the agreement the news
    /// mentions was usually signed long ago), only the head that absorbs a topic noun — save a new agreement
    /// that two parties named as its subjects take as their object (`Coder::document_of_its_subjects`).
    pub object: bool,
    /// A topic that must be in the clause for the trigger to count (وقع "signed" needs an agreement word,
    /// because it also means "occurred").
    pub needs: Option<u8>,
}

/// Score and CAMEO code of a type (and optionally of one of its modes).
#[derive(Debug, Clone)]
pub(crate) struct TypeInfo {
    pub kind: u8,
    pub mode: Option<String>,
    pub quad: String,
    pub cameo: String,
    pub score: f32,
}

/// A topic in the clause turns a trigger's type/mode/context into a more precise one.
#[derive(Debug, Clone)]
pub(crate) struct Refine {
    pub kind: u8,
    /// Only triggers of this mode are refined (empty: any).
    pub from_mode: Option<String>,
    pub topic: u8,
    pub to_kind: u8,
    pub mode: Option<String>,
    pub context: Vec<String>,
}

impl LangTables {
    /// The trigger row a scanned pattern is, if it is one (a cue row is not).
    #[inline]
    pub(crate) fn trigger(&self, entry: u32) -> Option<&Trigger> {
        match self.entries[entry as usize].role {
            Role::Trigger(t) => Some(&self.triggers[t as usize]),
            Role::Cue(_) => None,
        }
    }

    /// The entry of the row «وصل إلى» (a visit: `CONSULT`, mode `visit`), which an Arabic arrival of a
    /// person named between the two words is coded as (`lang_ar::ar_named_arrivals`); `None` without it.
    /// Looked up only when such an arrival is found.
    pub(crate) fn arrival_visit(&self) -> Option<u32> {
        let is = |w: &Word, want: &str| matches!(w, Word::Exact(x) | Word::Stem(x) if x == want);
        self.entries
            .iter()
            .position(|e| {
                matches!(e.words.as_slice(), [a, b] if is(a, "وصل") && is(b, "الي"))
                    && matches!(e.role, Role::Trigger(x) if {
                        let t = &self.triggers[x as usize];
                        TYPES[t.kind as usize] == "CONSULT" && t.mode.as_deref() == Some("visit") && !t.noun
                    })
            })
            .map(|i| i as u32)
    }

    /// The first verb row of a telephone call (CONSULT, mode phone, no topic needed: "phoned"), which a
    /// call told by another verb is coded as (`Coder::en_call_by_phone`).
    /// The plain verb of praise (SUPPORT, no mode, no topic needed): the type a verb of naming takes when
    /// the name it gives a state, its leader or its ties praises them (Session-54 ruling (a)).
    pub(crate) fn praise_verb(&self) -> Option<&Trigger> {
        self.triggers.iter().find(|t| {
            TYPES[t.kind as usize] == "SUPPORT"
                && t.mode.is_none()
                && !t.noun
                && !t.object
                && t.needs.is_none()
        })
    }

    pub(crate) fn phone_verb(&self) -> Option<&Trigger> {
        self.triggers.iter().find(|t| {
            TYPES[t.kind as usize] == "CONSULT"
                && t.mode.as_deref() == Some("phone")
                && !t.noun
                && !t.object
                && t.needs.is_none()
        })
    }

    /// The same trigger read as a noun (a verb form standing after an article). The noun copies are
    /// made once, at load time, so that this hands out a `&'static` like every other trigger.
    pub(crate) fn as_noun<'s>(&'s self, t: &'s Trigger) -> &'s Trigger {
        self.triggers
            .iter()
            .position(|x| std::ptr::eq(x, t))
            .and_then(|i| self.noun_twins.get(i))
            .unwrap_or(t)
    }
}

/// A set of words, walked letter by letter from the start of a word: a trie with one dense row of
/// transitions per node over the letters the words use. The scanner starts one walk at each place a
/// word can begin and stops at the first letter no word continues with, which for most words of a
/// sentence is the first or second.
///
/// The walk is bound by memory latency (each step loads the row the step before chose), not by
/// instructions, so it takes few steps over a small table: one step per letter, not per byte (an Arabic
/// or Cyrillic letter is two), nodes numbered breadth first (the shallow nodes every walk visits share
/// a few cache lines), two-byte cells while the nodes fit, and a cell's top bit saying that a word ends
/// at the node it leads to, so the word list is read only then. (An Aho–Corasick DFA did the walk byte
/// by byte with four-byte cells and a call per word found that read the match list back.)
#[derive(Debug)]
pub(crate) struct WordSet {
    /// The letter class of each char below U+0800 (one or two UTF-8 bytes): 0 for a char no word
    /// contains (its transition is always to the dead node), else 1.. in order of first use.
    low: Box<[u16; LOW]>,
    /// The classes of the longer chars the words contain, sorted by char.
    high: Vec<(char, u16)>,
    /// Number of classes, the length of a row.
    width: usize,
    /// `rows[node * width + class]`: the next node, with [`Cell::FLAG`] set when a word ends there;
    /// node 0 is dead, node 1 the start. Column 0 (the class of no letter, never walked) holds the index
    /// of the word that ends at the node ([`Cell::NONE`] if none), in the cache line the walk reads next.
    rows: Rows,
}

#[derive(Debug)]
enum Rows {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

/// [`WordSet::rows`] borrowed, for a walk driven from outside (the scanner steps it while it tokenizes).
pub(crate) enum RowsRef<'a> {
    Narrow(&'a [u16]),
    Wide(&'a [u32]),
}

/// A cell of [`WordSet::rows`].
pub(crate) trait Cell: Copy {
    /// Set when a word ends at the node the cell leads to.
    const FLAG: u32;
    /// No word (in column 0).
    const NONE: u32;
    fn get(self) -> u32;
}

impl Cell for u16 {
    const FLAG: u32 = 1 << 15;
    const NONE: u32 = u16::MAX as u32;
    #[inline]
    fn get(self) -> u32 {
        u32::from(self)
    }
}

impl Cell for u32 {
    const FLAG: u32 = 1 << 31;
    const NONE: u32 = NONE;
    #[inline]
    fn get(self) -> u32 {
        self
    }
}

/// Chars below this take one or two UTF-8 bytes and have their class in [`WordSet::low`].
pub(crate) const LOW: usize = 0x800;

impl WordSet {
    fn build<I, P>(words: I) -> WordSet
    where
        I: IntoIterator<Item = P>,
        P: AsRef<str>,
    {
        let words: Vec<P> = words.into_iter().collect();
        let mut low = Box::new([0u16; LOW]);
        let mut high: Vec<(char, u16)> = Vec::new();
        let mut width = 1usize;
        for w in &words {
            for c in w.as_ref().chars() {
                let known = if (c as usize) < LOW {
                    low[c as usize] != 0
                } else {
                    high.iter().any(|&(h, _)| h == c)
                };
                if !known {
                    // A row is at most a few hundred letters wide: a class always fits a u16.
                    let class = width as u16;
                    if (c as usize) < LOW {
                        low[c as usize] = class;
                    } else {
                        high.push((c, class));
                    }
                    width += 1;
                }
            }
        }
        high.sort_unstable();
        let class_of = |c: char| -> usize {
            if (c as usize) < LOW {
                low[c as usize] as usize
            } else {
                high.binary_search_by_key(&c, |&(h, _)| h)
                    .map_or(0, |k| high[k].1 as usize)
            }
        };
        // The trie in insertion order first: `trans[node * width + class]`, 0 for none.
        let mut trans: Vec<u32> = vec![0; 2 * width];
        let mut word: Vec<u32> = vec![NONE; 2];
        for (i, w) in words.iter().enumerate() {
            let mut node = 1usize;
            for c in w.as_ref().chars() {
                let at = node * width + class_of(c);
                node = match trans[at] {
                    0 => {
                        let new = word.len();
                        word.push(NONE);
                        trans.resize(trans.len() + width, 0);
                        trans[at] = new as u32;
                        new
                    }
                    next => next as usize,
                };
            }
            // A word listed twice keeps its first index (the words are distinct today).
            if word[node] == NONE {
                word[node] = i as u32;
            }
        }
        // Renumbered: the first `SHALLOW` levels breadth first (every walk visits a few of them: they
        // share a few cache lines), then each deeper subtree depth first, so that a word's later
        // letters are rows next to each other (one cache miss brings the next row or two).
        // `order[new] = old`, `renum[old] = new`.
        const SHALLOW: usize = 2;
        let nodes = word.len();
        let mut order: Vec<usize> = vec![0, 1];
        let mut renum: Vec<u32> = vec![0; nodes];
        renum[1] = 1;
        let trans = &trans;
        let children = |old: usize| -> Vec<usize> {
            (1..width)
                .map(|c| trans[old * width + c] as usize)
                .filter(|&ch| ch != 0)
                .collect()
        };
        let mut level = vec![1usize];
        for _ in 0..SHALLOW {
            let mut next = Vec::new();
            for &old in &level {
                for child in children(old) {
                    renum[child] = order.len() as u32;
                    order.push(child);
                    next.push(child);
                }
            }
            level = next;
        }
        let mut stack: Vec<usize> = Vec::new();
        for &top in &level {
            stack.extend(children(top).into_iter().rev());
            while let Some(old) = stack.pop() {
                renum[old] = order.len() as u32;
                order.push(old);
                stack.extend(children(old).into_iter().rev());
            }
        }
        // Column 0 holds the node's word, the others the transitions.
        let cell = |old: usize, c: usize, flag: u32, none: u32| -> u32 {
            if c == 0 {
                return if word[old] == NONE { none } else { word[old] };
            }
            match trans[old * width + c] {
                0 => 0,
                ch if word[ch as usize] != NONE => renum[ch as usize] | flag,
                ch => renum[ch as usize],
            }
        };
        let rows = if nodes <= (u16::FLAG as usize) && words.len() < u16::MAX as usize {
            let mut rows = Vec::with_capacity(nodes * width);
            for &old in &order {
                for c in 0..width {
                    rows.push(cell(old, c, u16::FLAG, u16::NONE) as u16);
                }
            }
            Rows::Narrow(rows)
        } else {
            let mut rows = Vec::with_capacity(nodes * width);
            for &old in &order {
                for c in 0..width {
                    rows.push(cell(old, c, u32::FLAG, u32::NONE));
                }
            }
            Rows::Wide(rows)
        };
        WordSet {
            low,
            high,
            width,
            rows,
        }
    }

    /// Calls `f(word, len)` for every word of the set that `text` begins with, shortest first (`len` is
    /// the word's length in bytes, `word` its index in the list the set was built from).
    #[inline]
    pub(crate) fn prefixes(&self, text: &str, f: impl FnMut(usize, usize)) {
        match &self.rows {
            Rows::Narrow(rows) => self.walk(rows, text, f),
            Rows::Wide(rows) => self.walk(rows, text, f),
        }
    }

    #[inline]
    fn walk<C: Cell>(&self, rows: &[C], text: &str, mut f: impl FnMut(usize, usize)) {
        if let Some(w) = rows.get(self.width).map(|c| c.get()) {
            if w != C::NONE {
                f(w as usize, 0);
            }
        }
        let bytes = text.as_bytes();
        let mut node = 1usize;
        let mut i = 0;
        while let Some(&b0) = bytes.get(i) {
            // The char at `i`: decoded here for one and two bytes (every letter of the three
            // languages), by the standard decoder for longer ones.
            let (class, len) = if b0 < 0x80 {
                (self.low[b0 as usize], 1)
            } else if b0 & 0xE0 == 0xC0 && i + 1 < bytes.len() {
                let cp = (usize::from(b0 & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
                (self.low[cp], 2)
            } else {
                let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                    return;
                };
                let class = self
                    .high
                    .binary_search_by_key(&c, |&(h, _)| h)
                    .map_or(0, |k| self.high[k].1);
                (class, c.len_utf8())
            };
            if class == 0 {
                return;
            }
            let Some(cell) = rows.get(node * self.width + class as usize) else {
                return;
            };
            let cell = cell.get();
            node = (cell & !C::FLAG) as usize;
            if node == 0 {
                return;
            }
            i += len;
            if cell & C::FLAG != 0 {
                if let Some(w) = rows.get(node * self.width) {
                    f(w.get() as usize, i);
                }
            }
        }
    }

    /// The rows, for a walk driven one char at a time: from node 1, the cell at `node * width() +
    /// class` (the char's class from `low_classes` or `high_class`) leads to the next node (0: no word
    /// continues), with [`Cell::FLAG`] set when a word ends there, whose index is then the cell at
    /// `node * width()`. This is [`WordSet::prefixes`]'s
    /// walk, for a caller that already decodes each char.
    pub(crate) fn rows(&self) -> RowsRef<'_> {
        match &self.rows {
            Rows::Narrow(r) => RowsRef::Narrow(r),
            Rows::Wide(r) => RowsRef::Wide(r),
        }
    }

    pub(crate) fn width(&self) -> usize {
        self.width
    }

    /// The letter classes of the chars below U+0800 (0 for a char no word contains).
    #[inline]
    pub(crate) fn low_classes(&self) -> &[u16; LOW] {
        &self.low
    }

    /// The letter class of a char from U+0800 on (0 for a char no word contains).
    #[inline]
    pub(crate) fn high_class(&self, c: char) -> u16 {
        self.high
            .binary_search_by_key(&c, |&(h, _)| h)
            .map_or(0, |k| self.high[k].1)
    }

    /// Number of trie nodes (the dead node and the start included).
    #[cfg(test)]
    pub(crate) fn nodes(&self) -> usize {
        match &self.rows {
            Rows::Narrow(r) => r.len() / self.width,
            Rows::Wide(r) => r.len() / self.width,
        }
    }
}

/// An entry as the scanner tries it at a place: what it checks before anything else, in one record, so
/// that the entries of a place are one contiguous run of memory (they were an index list, a list of
/// second words and a table of heads elsewhere, three cache misses per place).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    /// Index in `entries`.
    pub entry: u32,
    /// Outside Arabic, in the whole-token and part-token runs: the index in `heads` of the entry's exact
    /// second word, which the next token must be ([`NONE`] if it has none, and in the other runs).
    pub second: u32,
    /// Length of the first word in bytes.
    pub first_len: u32,
    /// The first word is a stem.
    pub stem: bool,
    /// The pattern is one word: nothing after the first to match.
    pub single: bool,
    /// A trigger that is a noun (nouns take more Arabic proclitics than verbs).
    pub noun: bool,
    pub role: Role,
}

/// A first word of the patterns, with its runs of [`Cand`]s (ranges in [`LangTables::cands`]).
#[derive(Debug, Clone)]
pub(crate) struct FirstWord {
    /// Its length in bytes.
    pub len: usize,
    /// Whether any of its entries is a trigger (when no place of a sentence has one, the sentence has
    /// no event and the scanner stops early).
    pub has_trigger: bool,
    /// The entries whose first word it is or begins with (`by_first`), all tried in Arabic.
    pub all: Range<u32>,
    /// Outside Arabic, the entries that can match where the first word is the whole token (its stems,
    /// and the exact words as long as it), in the same order; the others need the token to end where
    /// their first word does, which it does not.
    pub whole: Range<u32>,
    /// Outside Arabic, the entries that can match where the token goes on after the first word (its
    /// stems), in the same order.
    pub part: Range<u32>,
}

/// A word of [`LangTables::heads`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeadWord {
    /// Its index in `by_first` if it is the first word of a pattern ([`NONE`] if not).
    pub first: u32,
    /// Its index in `exact_ids` if it is a one-word exact cue ([`NONE`] if not).
    pub exact: u32,
}

/// No index (in [`HeadWord`]).
pub(crate) const NONE: u32 = u32::MAX;

#[derive(Debug)]
pub(crate) struct LangTables {
    /// The words a pattern can begin with: the first word of every pattern, and the one-word exact cues
    /// (as whole words).
    pub heads: WordSet,
    /// For each char below U+0800, what the scanner's tokenizer and walk need of it, in one load: its
    /// token classes (bits 0–2: a word char, a digit, white space, as `blocwatch_text::tokens` decides
    /// them) and its class in `heads` (from bit 8).
    pub chars: Box<[u32; LOW]>,
    /// For each word of `heads`, what it is: the first word of patterns, a one-word exact cue (the
    /// scanner reads both of the words found at a place, so they sit side by side).
    pub head_words: Vec<HeadWord>,
    /// For each first word, the entries whose first word it is or begins with.
    #[cfg_attr(not(test), allow(dead_code))]
    pub by_first: Vec<Vec<u32>>,
    /// For each first word (as in `by_first`), its length and runs of candidates.
    pub firsts: Vec<FirstWord>,
    /// The candidates of every first word and every one-word exact cue, run after run.
    pub cands: Vec<Cand>,
    /// Parallel to `cands`: each run's (second word, index in `cands`), sorted by second word ([`NONE`]
    /// last), each group in run order. A place tries only the entries without a second word and those
    /// whose second word is the next token: two binary searches instead of a walk over the whole run
    /// (a common first word, "held", has dozens of entries, each with its own second word).
    pub by_second: Vec<(u32, u32)>,
    /// For each one-word exact cue, the range of its entries in `cands`.
    pub exact_cands: Vec<Range<u32>>,
    /// For each one-word exact cue, its entries.
    #[cfg_attr(not(test), allow(dead_code))]
    pub exact_ids: Vec<Vec<u32>>,
    pub entries: Vec<Entry>,
    pub triggers: Vec<Trigger>,
    /// `noun_twins[i]` is `triggers[i]` as a noun.
    pub noun_twins: Vec<Trigger>,
    /// For each trigger entry, the next trigger entry with the same words that needs another topic
    /// ([`NONE`] if none): rows of one pattern that differ only in the topic they need (`назвал*` needs a condemning
    /// word as `ACCUSE`, a praising one as `SUPPORT`) are alternatives, since the scanner keeps one
    /// trigger per stretch of text.
    pub need_twin: Vec<u32>,
    /// A small automaton over the raw text for the coreference phrases, to decide cheaply whether a
    /// sentence without any entity mention needs coding at all ([`CorefWords::occur_in`]).
    pub coref: Option<CorefWords>,
    /// The rows that can code something in a sentence that names no actor ([`ActorlessWords`]); `None`
    /// where such a sentence is always scanned (Arabic).
    pub actorless: Option<ActorlessWords>,
    /// For each word of `heads`, what it is to a date phrase ([`DATE_CORE`], [`DATE_LINK`] or 0): the
    /// date words are in `heads` too, so that the walk names each token that is one.
    pub head_date: Vec<u8>,
    /// Whether the language has date words (a gap then skips date phrases).
    pub has_dates: bool,
    /// Topic names by id (`Cue::Topic`, `Trigger::needs`): those of `refine.csv`, then the language's own.
    pub topics: Vec<String>,
    /// Rows of the language's files that could not be used, with why (see [`Tables::warnings`]).
    #[cfg_attr(not(test), allow(dead_code))]
    pub warnings: Vec<String>,
}

/// The rows that can code something in a sentence that names no actor (`events::code`): with no actor
/// named, its actors are only those its coreference phrases stand for (`actors::actors`: a `Coref*`
/// cue), and without any it codes only an undoing (a `CONCEDE` or `RETREAT` trigger: "The sanctions were
/// lifted in May", its doer read from the sentences before); it is also remembered as a proposal (a
/// `REQUEST` trigger, a `proposed` cue). A sentence where the words of none of these rows all stand as the
/// scanner would match them has none of them in its scan, codes nothing and changes no memory: it is
/// not scanned. (Not Arabic: there an actorless sentence also codes a dual verb or a dropped subject of
/// any type, and words are read after proclitics.)
/// A word of a row as [`ActorlessWords`] tests it: its text, and whether the row has it as a stem.
type RowWord<'w> = (&'w str, bool);

#[derive(Debug)]
pub(crate) struct ActorlessWords {
    /// Each row's anchor, its longest word (a rare one: "countries" of "the two countries"), searched
    /// with overlaps: a word inside another word must not hide one that begins a token. (The crate's own
    /// [`WordDfa`], walked by [`any_match`]: the `aho_corasick` overlapping search it replaced spent about
    /// 18 instructions a byte.)
    dfa: WordDfa,
    /// For each anchor of `dfa`, the rows (indices in `rows`) it anchors.
    by_anchor: Vec<Range<u32>>,
    /// Each row's other words, a range of `words`.
    rows: Vec<Range<u32>>,
    /// The rows' other words, with whether the row has each as a stem; each word's searcher built
    /// once (built per search, the searchers cost as much as the searches of a pass).
    words: Vec<(memchr::memmem::Finder<'static>, bool)>,
    /// For each anchor of `dfa`, whether some row has it as a stem.
    anchor_stem: Vec<bool>,
}

impl ActorlessWords {
    /// The searcher of the rows of `entries` that can code something in a sentence naming no actor;
    /// `None` if one of them has no word or an empty one (it could match anywhere).
    fn new(entries: &[Entry], triggers: &[Trigger]) -> Option<ActorlessWords> {
        // (anchor, the other words), one per distinct row.
        let mut rows: Vec<(RowWord<'_>, Vec<RowWord<'_>>)> = Vec::new();
        for e in entries {
            let kept = match e.role {
                Role::Trigger(t) => matches!(
                    TYPES[triggers[t as usize].kind as usize],
                    "REQUEST" | "CONCEDE" | "RETREAT"
                ),
                Role::Cue(c) => c == Cue::Proposed || c.is_coref(),
            };
            if !kept {
                continue;
            }
            let mut words: Vec<RowWord<'_>> = Vec::new();
            for w in &e.words {
                match w {
                    Word::Exact(w) => words.push((w.as_str(), false)),
                    Word::Stem(w) => words.push((w.as_str(), true)),
                    Word::Gap(_) => {}
                }
            }
            if words.iter().any(|(w, _)| w.is_empty()) {
                return None;
            }
            // (The longest word, the last of equal length.)
            let k = (0..words.len()).max_by_key(|&k| words[k].0.len())?;
            let anchor = words.remove(k);
            rows.push((anchor, words));
        }
        rows.sort_unstable();
        rows.dedup();
        let mut anchors: Vec<&str> = Vec::new();
        let mut anchor_stem: Vec<bool> = Vec::new();
        let mut by_anchor: Vec<Range<u32>> = Vec::new();
        let mut spans: Vec<Range<u32>> = Vec::with_capacity(rows.len());
        let mut words: Vec<(memchr::memmem::Finder<'static>, bool)> = Vec::new();
        for (k, ((anchor, stem), others)) in rows.iter().enumerate() {
            if anchors.last() != Some(anchor) {
                anchors.push(anchor);
                anchor_stem.push(false);
                by_anchor.push(k as u32..k as u32);
            }
            let last = anchors.len() - 1;
            anchor_stem[last] |= *stem;
            by_anchor[last].end = k as u32 + 1;
            let from = words.len() as u32;
            words.extend(
                others
                    .iter()
                    .map(|&(w, stem)| (memchr::memmem::Finder::new(w).into_owned(), stem)),
            );
            spans.push(from..words.len() as u32);
        }
        // (The rows of one anchor as a stem and as a whole word are tried alike: each row's own test
        // of its anchor is `anchor_stem` or the whole word, the looser of the two.)
        let dfa = standard_dfa(&anchors);
        Some(ActorlessWords {
            dfa,
            by_anchor,
            rows: spans,
            words,
            anchor_stem,
        })
    }

    /// Whether the words of one of the rows all stand in the normalised sentence `n` where the scanner
    /// would match them (outside Arabic): each at a token's start (no word char before it, or it begins
    /// with none), and a word the row does not have as a stem at the token's end too (no word char after
    /// it, or it ends with none). A row the scanner finds always passes; `false` proves it finds none.
    pub(crate) fn may_match(&self, n: &str) -> bool {
        let word_char_before = |i: usize| n[..i].chars().next_back().is_some_and(is_word_char);
        let word_char_at = |i: usize| n[i..].chars().next().is_some_and(is_word_char);
        let begins = |s: usize| !word_char_before(s) || !word_char_at(s);
        let ends = |e: usize| !word_char_at(e) || !word_char_before(e);
        // (Every occurrence, overlapping ones too: one inside a word must not hide one at a token start.)
        // (A match of a word is at a char boundary: it begins with the lead byte of a char.)
        let stands = |w: &memchr::memmem::Finder<'static>, stem: bool| {
            let (h, len) = (n.as_bytes(), w.needle().len());
            let mut from = 0;
            while let Some(k) = h.get(from..).and_then(|h| w.find(h)) {
                let s = from + k;
                if begins(s) && (stem || ends(s + len)) {
                    return true;
                }
                from = s + 1;
            }
            false
        };
        any_match(&self.dfa, n, |a, s, e| {
            begins(s)
                && (self.anchor_stem[a] || ends(e))
                && self.by_anchor[a].clone().any(|r| {
                    let span = &self.rows[r as usize];
                    self.words[span.start as usize..span.end as usize]
                        .iter()
                        .all(|(w, stem)| stands(w, *stem))
                })
        })
    }
}

/// One word of each coreference phrase (its longest that is not a number: «лидеров» of «четверо лидеров»),
/// any of which may give a sentence that names no actor its actors: whether one occurs anywhere in a normalised sentence, the case of ASCII letters aside (what an
/// `AhoCorasick` with `ascii_case_insensitive` answered by `is_match`; now the crate's own [`WordDfa`],
/// whose walk stops at the first match).
#[derive(Debug)]
pub(crate) struct CorefWords {
    dfa: WordDfa,
    /// An empty word occurs everywhere (the automaton drops it).
    empty: bool,
}

impl CorefWords {
    fn new(words: &[String]) -> CorefWords {
        CorefWords {
            dfa: standard_dfa(words.iter().map(|w| w.to_ascii_lowercase())).ascii_case_blind(),
            empty: words.iter().any(String::is_empty),
        }
    }

    /// Whether one of the words occurs in `n`.
    pub(crate) fn occur_in(&self, n: &str) -> bool {
        self.empty || any_match(&self.dfa, n, |_, _, _| true)
    }
}

/// The event tables: what the languages share, built at the first sentence that needs them or before by
/// `Extractor::build_stage_tables`; each language's own at its first sentence ([`Tables::lang`]).
pub(crate) static TABLES: LazyLock<Tables> = LazyLock::new(build);

#[derive(Debug)]
pub(crate) struct Tables {
    /// Each language's tables, built when a sentence of the language first asks (`lang`): a run over
    /// text of one language never builds the other two (two thirds of the event tables' start).
    langs: [OnceLock<LangTables>; 3],
    pub types: Vec<TypeInfo>,
    /// The types whose meaning holds a negation (`negating` in `types.csv`: refusing), one bit each by
    /// their index in [`TYPES`] ([`Tables::negating`]).
    negating: u32,
    pub refine: Vec<Refine>,
    pub words: WordLists,
    /// Places of a state that are not its capital (`data/events/places.csv`): (language, normalised stem,
    /// state id). A place only, never a party: see `Coder::city_party`.
    pub places: Vec<(Lang, Box<str>, Box<str>)>,
    /// The topic names of `refine.csv` by id: each language's topics begin with them ([`LangTables::topics`]).
    refine_topics: Vec<String>,
    /// Rows of the shared files that could not be used, with why (each language's are its own). The data is
    /// compiled in, so a test (not the run time) keeps the shipped files free of them.
    #[cfg_attr(not(test), allow(dead_code))]
    pub warnings: Vec<String>,
}

impl Tables {
    pub(crate) fn embedded() -> &'static Tables {
        &TABLES
    }

    pub(crate) fn lang(&self, lang: Lang) -> &LangTables {
        let i = lang_index(lang);
        self.langs[i]
            .get_or_init(|| build_lang(LANG_FILES[i], &self.refine_topics, &SKIPPED_SOURCES))
    }

    /// The state of the place (`places`) that word `w` of a text in `lang` begins with, if any.
    pub(crate) fn place_state(&self, lang: Lang, w: &str) -> Option<&str> {
        self.places
            .iter()
            .find(|(l, stem, _)| *l == lang && w.starts_with(&**stem))
            .map(|(_, _, state)| &**state)
    }

    /// Whether type `kind` holds a negation in its meaning (`negating` in `types.csv`: REJECT, "refused",
    /// "would not accept"): a negation inside one of its rows is no negation of it, and an act it governs
    /// does not happen (`Coder::negated`).
    #[inline]
    pub(crate) fn negating(&self, kind: u8) -> bool {
        self.negating & (1 << kind) != 0
    }

    /// Quad class, CAMEO code and score of `kind` in `mode` (falling back to the type's own row).
    pub(crate) fn info(&self, kind: u8, mode: Option<&str>) -> Option<&TypeInfo> {
        let exact = self
            .types
            .iter()
            .find(|t| t.kind == kind && t.mode.as_deref() == mode && mode.is_some());
        exact.or_else(|| {
            self.types
                .iter()
                .find(|t| t.kind == kind && t.mode.is_none())
        })
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ar => 0,
        Lang::En => 1,
        Lang::Ru => 2,
    }
}

pub(crate) fn type_index(name: &str) -> Option<u8> {
    TYPES.iter().position(|t| *t == name).map(|i| i as u8)
}

fn fixed_cue(name: &str) -> Option<Cue> {
    Some(match name {
        "neg" => Cue::Neg,
        "negverb" => Cue::NegVerb,
        "expected" => Cue::Expected,
        "proposed" => Cue::Proposed,
        "hypothetical" => Cue::Hypothetical,
        "denied" => Cue::Denied,
        "report" => Cue::Report,
        "with" => Cue::With,
        "to" => Cue::To,
        "against" => Cue::Against,
        "on" => Cue::On,
        "from" => Cue::From,
        "between" => Cue::Between,
        "by" => Cue::By,
        "in" => Cue::In,
        "about" => Cue::About,
        "det" => Cue::Det,
        "and" => Cue::And,
        "coref_pair" => Cue::CorefPair,
        "coref_bloc" => Cue::CorefBloc,
        "boundary" => Cue::Boundary,
        "comp" => Cue::Comp,
        "comp_pro" => Cue::CompPro,
        "coref_person" => Cue::CorefPerson,
        "coref_state" => Cue::CorefState,
        "coref_described" => Cue::CorefDescribed,
        "coref_office" => Cue::CorefOffice,
        "future" => Cue::Future,
        "passive" => Cue::Passive,
        "verb" => Cue::Verb,
        _ => return None,
    })
}

/// Reads a CSV with a header; yields (line, field-by-name lookup) and reports a row without `source`.
fn rows<'t>(name: &str, text: &'t str, warnings: &mut Vec<String>) -> Vec<(usize, Row<'t>)> {
    let mut records = crate::csv_text::records(text);
    let Some(header) = records.next() else {
        return Vec::new();
    };
    let headers: Rc<[String]> = header.iter().map(|s| s.trim().to_string()).collect();
    let mut out = Vec::new();
    for (i, fields) in records.enumerate() {
        let line = i + 2;
        if fields.len() != headers.len() {
            warnings.push(format!(
                "{name}:{line}: {} fields where the header has {}",
                fields.len(),
                headers.len()
            ));
            continue;
        }
        let row = Row {
            headers: Rc::clone(&headers),
            fields,
        };
        if row.get("source").is_none_or(str::is_empty) {
            warnings.push(format!("{name}:{line}: row without a source"));
            continue;
        }
        out.push((line, row));
    }
    out
}

/// A row of a data file: its fields by column name, trimmed. (Was a map from each column's name to its
/// value, built per row: a copy of every header and a hash of each, 0.1 G instructions at each start.)
struct Row<'t> {
    headers: Rc<[String]>,
    fields: Vec<Cow<'t, str>>,
}

impl Row<'_> {
    /// The field of column `k`, trimmed; of a name that heads two columns, the last one's (as the map
    /// was).
    fn get(&self, k: &str) -> Option<&str> {
        let i = self.headers.iter().rposition(|h| h == k)?;
        self.fields.get(i).map(|f| f.trim())
    }
}

fn field<'m>(m: &'m Row<'_>, k: &str) -> &'m str {
    m.get(k).unwrap_or("")
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn list(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// Parses a pattern into normalised words; `None` when it has no word. A word with inner punctuation
/// (`из-за`, `co-operate`) becomes several, as the tokenizer splits it.
pub(crate) fn parse_pattern(p: &str) -> Option<Vec<Word>> {
    let mut words = Vec::new();
    for raw in p.split_whitespace() {
        if raw == "…" || raw == "..." {
            words.push(Word::Gap(4));
            continue;
        }
        // `…N` skips up to N words: a verb of naming has its subject and its object before the name it
        // gives (ووصف وزير الخارجية الجزائري القرار الفرنسي بأنه استفزاز).
        if let Some(n) = raw.strip_prefix('…').and_then(|d| d.parse::<u8>().ok()) {
            words.push(Word::Gap(n));
            continue;
        }
        let (body, stem) = match raw.strip_suffix('*') {
            Some(b) => (b, true),
            None => (raw, false),
        };
        let n = normalize(body);
        // A word of word chars only (most of them) is one token, the whole of it.
        if !n.is_empty() && blocwatch_text::word_end(&n, 0) == n.len() {
            words.push(if stem { Word::Stem(n) } else { Word::Exact(n) });
            continue;
        }
        let pieces: Vec<&str> = blocwatch_text::tokens(&n)
            .map(|t| &n[t.start..t.end])
            .collect();
        let last = pieces.len().checked_sub(1)?;
        for (i, piece) in pieces.iter().enumerate() {
            words.push(if stem && i == last {
                Word::Stem(piece.to_string())
            } else {
                Word::Exact(piece.to_string())
            });
        }
    }
    // A pattern must start and end with a word, not a gap.
    match (words.first(), words.last()) {
        (Some(Word::Gap(_)), _) | (_, Some(Word::Gap(_))) | (None, _) => None,
        _ => Some(words),
    }
}

fn first_text(words: &[Word]) -> &str {
    match &words[0] {
        Word::Exact(s) | Word::Stem(s) => s,
        Word::Gap(_) => "",
    }
}

/// The id of topic `name` in `topics`, added at the end if new.
fn topic_id(name: &str, topics: &mut Vec<String>) -> u8 {
    match topics.iter().position(|t| t == name) {
        Some(i) => i as u8,
        None => {
            topics.push(name.to_string());
            (topics.len() - 1) as u8
        }
    }
}

fn build() -> Tables {
    let mut warnings = Vec::new();
    let mut topics: Vec<String> = Vec::new();

    let mut types = Vec::new();
    let mut negating = 0u32;
    for (line, r) in rows("types.csv", TYPES_CSV, &mut warnings) {
        let Some(kind) = type_index(field(&r, "type")) else {
            warnings.push(format!("types.csv:{line}: unknown type"));
            continue;
        };
        let Ok(score) = field(&r, "score").parse::<f32>() else {
            warnings.push(format!("types.csv:{line}: bad score"));
            continue;
        };
        match field(&r, "negating") {
            "" => {}
            "yes" if field(&r, "mode").is_empty() => negating |= 1 << kind,
            _ => warnings.push(format!(
                "types.csv:{line}: negating is yes on a type's own row (no mode) or empty"
            )),
        }
        types.push(TypeInfo {
            kind,
            mode: opt(field(&r, "mode")),
            quad: field(&r, "quad").to_string(),
            cameo: field(&r, "cameo").to_string(),
            score,
        });
    }

    let mut refine = Vec::new();
    for (line, r) in rows("refine.csv", REFINE_CSV, &mut warnings) {
        let (Some(kind), Some(to_kind)) = (
            type_index(field(&r, "type")),
            type_index(field(&r, "to_type")),
        ) else {
            warnings.push(format!("refine.csv:{line}: unknown type"));
            continue;
        };
        let topic = topic_id(field(&r, "topic"), &mut topics);
        refine.push(Refine {
            kind,
            from_mode: opt(field(&r, "from_mode")),
            topic,
            to_kind,
            mode: opt(field(&r, "mode")),
            context: list(field(&r, "context")),
        });
    }

    let mut words: Vec<Vec<Box<str>>> = vec![Vec::new(); WordList::ALL.len()];
    for (line, r) in rows("words.csv", WORDS_CSV, &mut warnings) {
        let name = field(&r, "list");
        let Some(&(list, _)) = WordList::ALL.iter().find(|(_, n)| *n == name) else {
            warnings.push(format!("words.csv:{line}: unknown list {name:?}"));
            continue;
        };
        let word = field(&r, "word");
        if word.is_empty() {
            warnings.push(format!("words.csv:{line}: empty word"));
            continue;
        }
        // (In the normal form the coder compares with — ة is ه, ى and ئ are ي, أ is ا, ё is е —, as
        // the trigger rows are: a row written as news spells it, «انتهى», «المؤسسة», «её», would
        // otherwise never match.)
        words[list as usize].push(normalize(word).into());
    }
    for (list, name) in WordList::ALL {
        if words[list as usize].is_empty() {
            warnings.push(format!("words.csv: list {name:?} has no word"));
        }
    }

    let mut places = Vec::new();
    for (line, r) in rows("places.csv", PLACES_CSV, &mut warnings) {
        let Some(lang) = Lang::from_code(field(&r, "lang")) else {
            warnings.push(format!(
                "places.csv:{line}: unknown language {:?}",
                field(&r, "lang")
            ));
            continue;
        };
        let (place, state) = (field(&r, "place"), field(&r, "state"));
        if place.is_empty() || state.is_empty() {
            warnings.push(format!("places.csv:{line}: empty place or state"));
            continue;
        }
        places.push((lang, normalize(place).into(), state.into()));
    }

    Tables {
        langs: [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        types,
        negating,
        refine,
        words: WordLists::new(words),
        places,
        refine_topics: topics,
        warnings,
    }
}

/// The parts of a `source` column whose trigger rows are left out of the tables: a debug switch, to
/// measure what the rows of one session or one generator bring (`BLOCWATCH_SKIP_TRIGGER_SOURCE=text|text…`,
/// each text a part of the column: "session 52", "tools/trigger_classes.py"). Read once, when the first
/// language's tables are built; unset, it is empty and costs one test per row at that build, and nothing
/// per sentence.
static SKIPPED_SOURCES: LazyLock<Vec<String>> = LazyLock::new(|| {
    std::env::var("BLOCWATCH_SKIP_TRIGGER_SOURCE")
        .map(|v| {
            v.split('|')
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
});

/// The tables of one language (`files`: its entry of [`LANG_FILES`]). Its topic ids continue those of
/// `refine.csv` (`refine_topics`), so a cue's topic and a refine row's are the same id. A trigger row
/// whose source holds one of `skip` is left out ([`SKIPPED_SOURCES`]).
fn build_lang(
    (lang, trig_csv, cue_csv): (Lang, &str, &str),
    refine_topics: &[String],
    skip: &[String],
) -> LangTables {
    let mut warnings = Vec::new();
    let mut topics = refine_topics.to_vec();
    let code = lang.code();
    let mut entries = Vec::new();
    let mut triggers = Vec::new();
    let tname = format!("triggers_{code}.csv");
    let mut skipped = 0usize;
    for (line, r) in rows(&tname, trig_csv, &mut warnings) {
        if !skip.is_empty()
            && skip
                .iter()
                .any(|p| field(&r, "source").contains(p.as_str()))
        {
            skipped += 1;
            continue;
        }
        let Some(words) = parse_pattern(field(&r, "pattern")) else {
            warnings.push(format!("{tname}:{line}: empty pattern"));
            continue;
        };
        let Some(kind) = type_index(field(&r, "type")) else {
            warnings.push(format!("{tname}:{line}: unknown type"));
            continue;
        };
        let pos = field(&r, "pos");
        if !matches!(pos, "verb" | "noun" | "object") {
            warnings.push(format!("{tname}:{line}: pos must be verb, noun or object"));
            continue;
        }
        let needs = opt(field(&r, "needs")).map(|n| topic_id(&n, &mut topics));
        triggers.push(Trigger {
            kind,
            mode: opt(field(&r, "mode")),
            context: list(field(&r, "context")),
            noun: pos != "verb",
            object: pos == "object",
            needs,
        });
        entries.push(Entry {
            words,
            role: Role::Trigger((triggers.len() - 1) as u32),
        });
    }
    if skipped > 0 {
        eprintln!("BLOCWATCH_SKIP_TRIGGER_SOURCE: {skipped} rows of {tname} skipped");
    }
    let cname = format!("cues_{code}.csv");
    let mut coref_pats: Vec<String> = Vec::new();
    for (line, r) in rows(&cname, cue_csv, &mut warnings) {
        let pat = field(&r, "pattern");
        let Some(words) = parse_pattern(pat) else {
            warnings.push(format!("{cname}:{line}: empty pattern"));
            continue;
        };
        let class = field(&r, "class");
        let cue = match fixed_cue(class) {
            Some(c) => c,
            None if class.starts_with("topic:") => {
                Cue::Topic(topic_id(&class["topic:".len()..], &mut topics))
            }
            None => {
                warnings.push(format!("{cname}:{line}: unknown class {class:?}"));
                continue;
            }
        };
        if cue.is_coref() && cue != Cue::CorefOffice {
            // (Not an office — "the government", "the president": so common in sentences that name
            // no actor that scanning each of them would cost more than the rare event it finds; an
            // office is resolved in a sentence that names an actor of its own.)
            // (Its longest word that is not a number, the last of equals: the noun of a counted phrase,
            // «четверо лидеров», not the number, which a sentence naming no one holds far more often,
            // «на четыре месяца». A phrase of numbers only gives its longest.)
            let texts = || {
                words.iter().filter_map(|w| match w {
                    Word::Exact(s) | Word::Stem(s) => Some(&**s),
                    Word::Gap(_) => None,
                })
            };
            let longest = texts()
                .filter(|w| crate::amounts::whole_count(w).is_none())
                .max_by_key(|w| w.chars().count())
                .or_else(|| texts().max_by_key(|w| w.chars().count()))
                .unwrap_or_default();
            coref_pats.push(longest.to_string());
        }
        entries.push(Entry {
            words,
            role: Role::Cue(cue),
        });
    }
    let mut firsts: Vec<String> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_first: Vec<Vec<u32>> = Vec::new();
    // One-word cues ("the", "and", و, в) are the commonest words of a sentence: they count only as the
    // whole word, so they are kept apart from the first words of longer patterns (`exact_ids`).
    let mut exact_words: Vec<&str> = Vec::new();
    let mut exact_ids: Vec<Vec<u32>> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if let (Role::Cue(_), [Word::Exact(w)]) = (&e.role, e.words.as_slice()) {
            match exact_words.iter().position(|x| x == w) {
                Some(k) => exact_ids[k].push(i as u32),
                None => {
                    exact_words.push(w);
                    exact_ids.push(vec![i as u32]);
                }
            }
            continue;
        }
        let f = first_text(&e.words).to_string();
        let slot = *index.entry(f.clone()).or_insert_with(|| {
            firsts.push(f);
            by_first.push(Vec::new());
            firsts.len() - 1
        });
        by_first[slot].push(i as u32);
    }
    // The scanner keeps only the longest first word at a place; the entries of the shorter first
    // words that it extends (sign ⊂ signed, постав ⊂ поставк) are tried there too.
    let by_first: Vec<Vec<u32>> = firsts
        .iter()
        .map(|f| {
            let mut all: Vec<u32> = Vec::new();
            for (k, c) in f.char_indices() {
                if let Some(&slot) = index.get(&f[..k + c.len_utf8()]) {
                    all.extend(&by_first[slot]);
                }
            }
            all
        })
        .collect();
    // (Arabic words carry clitics after the first word, so its entries are all tried.)
    let stem = |e: u32| matches!(entries[e as usize].words[0], Word::Stem(_));
    let (by_first_whole, by_first_part): (Vec<Vec<u32>>, Vec<Vec<u32>>) = firsts
        .iter()
        .zip(&by_first)
        .map(|(f, es)| {
            if lang == Lang::Ar {
                return (es.clone(), es.clone());
            }
            let whole = es
                .iter()
                .copied()
                .filter(|&e| stem(e) || first_text(&entries[e as usize].words).len() == f.len())
                .collect();
            let part = es.iter().copied().filter(|&e| stem(e)).collect();
            (whole, part)
        })
        .unzip();
    let first_has_trigger: Vec<bool> = by_first
        .iter()
        .map(|es| {
            es.iter()
                .any(|&e| matches!(entries[e as usize].role, Role::Trigger(_)))
        })
        .collect();
    // The scanner walks these words from each place a word can begin (a token start, and in Arabic
    // each proclitic split), keeps the longest first word that matches there, and the exact cue that
    // is the whole word: one walk for both.
    let mut heads: Vec<&str> = Vec::new();
    let mut head_first: Vec<u32> = Vec::new();
    let mut head_exact: Vec<u32> = Vec::new();
    let mut head_index: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, f) in firsts.iter().enumerate() {
        head_index.insert(f, heads.len());
        heads.push(f);
        head_first.push(i as u32);
        head_exact.push(NONE);
    }
    for (i, w) in exact_words.iter().enumerate() {
        match head_index.get(w) {
            Some(&h) => head_exact[h] = i as u32,
            None => {
                head_index.insert(w, heads.len());
                heads.push(w);
                head_first.push(NONE);
                head_exact.push(i as u32);
            }
        }
    }
    // The exact second words (outside Arabic) are in the set too: the walk then names each token
    // that is one, and the scanner compares an entry's second word with the next token by number.
    let mut entry_second: Vec<u32> = vec![NONE; entries.len()];
    if lang != Lang::Ar {
        for (i, e) in entries.iter().enumerate() {
            if let Some(Word::Exact(x)) = e.words.get(1) {
                let h = *head_index.entry(x.as_str()).or_insert_with(|| {
                    heads.push(x.as_str());
                    head_first.push(NONE);
                    head_exact.push(NONE);
                    heads.len() - 1
                });
                entry_second[i] = h as u32;
            }
        }
    }
    let seconds = |lists: &[Vec<u32>]| -> Vec<Vec<u32>> {
        lists
            .iter()
            .map(|es| es.iter().map(|&e| entry_second[e as usize]).collect())
            .collect()
    };
    let (whole_second, part_second) = (seconds(&by_first_whole), seconds(&by_first_part));
    let mut cands: Vec<Cand> = Vec::new();
    let mut run = |es: &[u32], seconds: Option<&[u32]>| -> Range<u32> {
        let from = cands.len() as u32;
        for (k, &e) in es.iter().enumerate() {
            let en = &entries[e as usize];
            cands.push(Cand {
                entry: e,
                second: seconds.and_then(|s| s.get(k).copied()).unwrap_or(NONE),
                first_len: first_text(&en.words).len() as u32,
                stem: matches!(en.words[0], Word::Stem(_)),
                single: en.words.len() == 1,
                noun: match en.role {
                    Role::Trigger(t) => triggers[t as usize].noun,
                    Role::Cue(_) => false,
                },
                role: en.role,
            });
        }
        from..cands.len() as u32
    };
    let first_words: Vec<FirstWord> = (0..firsts.len())
        .map(|w| FirstWord {
            len: firsts[w].len(),
            has_trigger: first_has_trigger[w],
            all: run(&by_first[w], None),
            whole: run(&by_first_whole[w], Some(&whole_second[w])),
            part: run(&by_first_part[w], Some(&part_second[w])),
        })
        .collect();
    let exact_cands: Vec<Range<u32>> = exact_ids.iter().map(|es| run(es, None)).collect();
    let mut by_second: Vec<(u32, u32)> = Vec::with_capacity(cands.len());
    let runs = first_words
        .iter()
        .flat_map(|f| [f.all.clone(), f.whole.clone(), f.part.clone()])
        .chain(exact_cands.iter().cloned());
    for r in runs {
        debug_assert_eq!(r.start as usize, by_second.len());
        let from = by_second.len();
        by_second.extend(r.map(|i| (cands[i as usize].second, i)));
        // (A stable sort: each group keeps the run's order.)
        by_second[from..].sort_by_key(|&(second, _)| second);
    }
    assert_eq!(by_second.len(), cands.len());
    // The date words are in the set too (as words that begin no pattern), so that the walk names each
    // token that is one (`head_date`).
    let dates = date_words(code);
    for (w, _) in &dates {
        if !head_index.contains_key(w.as_str()) {
            head_index.insert(w.as_str(), heads.len());
            heads.push(w.as_str());
            head_first.push(NONE);
            head_exact.push(NONE);
        }
    }
    let mut head_date = vec![0u8; heads.len()];
    for (w, k) in &dates {
        head_date[head_index[w.as_str()]] |= k;
    }
    let heads = WordSet::build(&heads);
    let mut chars = Box::new([0u32; LOW]);
    for (cp, slot) in chars.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(cp as u32) {
            *slot =
                u32::from(super::scan::token_class_of(c)) | u32::from(heads.low_classes()[cp]) << 8;
        }
    }
    // Coreference phrases are searched in the normalised sentence, where they are written as the
    // loader normalised them (lower case, Arabic letters folded); the capitalised form is kept too.
    let mut raw: Vec<String> = Vec::new();
    for p in &coref_pats {
        raw.push(p.clone());
        let mut cs = p.chars();
        if let Some(c) = cs.next() {
            raw.push(c.to_uppercase().chain(cs).collect());
        }
    }
    let coref = (!raw.is_empty()).then(|| CorefWords::new(&raw));
    let actorless = if lang == Lang::Ar {
        None
    } else {
        ActorlessWords::new(&entries, &triggers)
    };
    let needs_of = |e: &Entry| match e.role {
        Role::Trigger(t) => triggers[t as usize].needs,
        Role::Cue(_) => None,
    };
    // Each entry's twin is the first later entry with the same words that needs another topic; the
    // entries that need a topic, grouped by their words (ascending), so that each entry looks only
    // at its own pattern's rows (a scan of every later entry was quadratic in the ~10,000 rows of a
    // language: a fifth of a second at each start).
    let mut needing: FxHashMap<&[Word], Vec<usize>> = FxHashMap::default();
    for (j, e) in entries.iter().enumerate() {
        if needs_of(e).is_some() {
            needing.entry(e.words.as_slice()).or_default().push(j);
        }
    }
    let need_twin = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if !matches!(e.role, Role::Trigger(_)) {
                return NONE;
            }
            let n = needs_of(e);
            needing
                .get(e.words.as_slice())
                .and_then(|js| js.iter().find(|&&j| j > i && needs_of(&entries[j]) != n))
                .map_or(NONE, |&j| j as u32)
        })
        .collect();
    let noun_twins = triggers
        .iter()
        .map(|t| Trigger {
            noun: true,
            ..t.clone()
        })
        .collect();
    LangTables {
        heads,
        chars,
        head_words: head_first
            .iter()
            .zip(&head_exact)
            .map(|(&first, &exact)| HeadWord { first, exact })
            .collect(),
        by_first,
        firsts: first_words,
        cands,
        by_second,
        exact_cands,
        exact_ids,
        entries,
        triggers,
        noun_twins,
        need_twin,
        coref,
        actorless,
        head_date,
        has_dates: !dates.is_empty(),
        topics,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// Every word of `set` that `text` begins with, shortest first, by comparing each word.
    fn naive_prefixes(words: &[String], text: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = words
            .iter()
            .enumerate()
            .filter(|(_, w)| text.starts_with(w.as_str()))
            .map(|(i, w)| (i, w.len()))
            .collect();
        out.sort_by_key(|&(_, len)| len);
        out
    }

    /// `split_at_first` says what `split_once` says, on pieces written for it: words and pairs in the three
    /// scripts, the separator doubled, leading, trailing, missing, and inside either half.
    #[test]
    fn split_at_first_is_split_once() {
        let pieces = [
            "",
            "off",
            "called",
            "a-b",
            "a b",
            "из",
            "за",
            "из-за",
            "بعد",
            "في",
            " ",
            "-",
            "--",
            "x y z",
        ];
        for x in pieces.iter().flat_map(|p| {
            pieces
                .iter()
                .flat_map(move |q| [format!("{p} {q}"), format!("{p}-{q}"), format!("{p}{q}")])
        }) {
            for a in pieces {
                for b in pieces {
                    for (sep, c) in [(b' ', ' '), (b'-', '-')] {
                        assert_eq!(
                            split_at_first(&x, sep, a, b),
                            x.split_once(c) == Some((a, b)),
                            "{x:?} {sep} {a:?} {b:?}"
                        );
                    }
                }
            }
        }
    }

    /// The sieved lookups of the word lists say what a pass over each list says: for every list, on every
    /// word of every list, on each cut of those words at a char boundary, and on those words with a letter
    /// of each script before or after them (words, stems and endings of the other lists, shorter and
    /// longer ones, nearly all of them outside the list asked).
    #[test]
    fn sieved_word_lists_agree_with_the_lists() {
        let words = &TABLES.words;
        let mut probes: Vec<String> = vec![String::new()];
        for w in words.0.iter().flatten() {
            let w: &str = w;
            for (i, _) in w.char_indices().skip(1) {
                probes.push(w[..i].to_string());
                probes.push(w[i..].to_string());
            }
            for x in ["s", "я", "ه", "و"] {
                probes.push(format!("{w}{x}"));
                probes.push(format!("{x}{w}"));
            }
            probes.push(w.to_string());
        }
        let (mut held, mut begun, mut ended, mut inside) = (0, 0, 0, 0);
        for (list, name) in WordList::ALL {
            let l = &words.0[list as usize];
            for p in &probes {
                let p: &str = p;
                let has = l.iter().any(|x| &**x == p);
                let stem = l.iter().any(|x| p.starts_with(&**x));
                let ending = l.iter().any(|x| p.ends_with(&**x));
                let part = l.iter().any(|x| p.contains(&**x));
                assert_eq!(words.has(list, p), has, "{name} {p:?}");
                assert_eq!(words.has_stem_of(list, p), stem, "{name} {p:?}");
                assert_eq!(words.has_ending_of(list, p), ending, "{name} {p:?}");
                assert_eq!(words.has_part_of(list, p), part, "{name} {p:?}");
                held += usize::from(has);
                begun += usize::from(stem);
                ended += usize::from(ending);
                inside += usize::from(part);
            }
        }
        // (The probes reach the lists: each test above met its `true` many times.)
        assert!(
            held > 2000 && begun > held && ended > held && inside > begun,
            "{held} {begun} {ended} {inside}"
        );
    }

    fn walked(set: &WordSet, text: &str) -> Vec<(usize, usize)> {
        let mut got = Vec::new();
        set.prefixes(text, |w, len| got.push((w, len)));
        got
    }

    #[test]
    fn word_set_finds_every_prefix_word() {
        let words: Vec<String> = [
            "sign",
            "signed",
            "s",
            "the",
            "then",
            "постав",
            "поставк",
            "و",
            "وقع",
            "وقعت",
            "ال",
            "sign…",
            "\u{1F600}x",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let set = WordSet::build(&words);
        assert!(matches!(set.rows, Rows::Narrow(_)));
        for text in [
            "",
            "s",
            "signed",
            "signedx",
            "sig",
            "then",
            "theater",
            "поставки",
            "поставить",
            "وقعتها",
            "والوقع",
            "x",
            "тhe",
            "sign…",
            "sign…s",
            "…",
            "sign\u{1F600}",
            "\u{1F600}xy",
            "\u{1F600}",
        ] {
            assert_eq!(walked(&set, text), naive_prefixes(&words, text), "{text}");
        }
        // Enough words for the wide cells (more than 32,768 nodes).
        let letters: Vec<char> = ('a'..='z').chain('а'..='и').collect();
        let mut many: Vec<String> = Vec::new();
        for a in &letters {
            for b in &letters {
                for c in &letters {
                    many.push(format!("{a}{b}{c}"));
                }
            }
        }
        many.push("ab".to_string());
        let set = WordSet::build(&many);
        assert!(matches!(set.rows, Rows::Wide(_)), "{} nodes", set.nodes());
        for text in [
            "abc", "abcd", "ab", "a", "zzz", "ижз", "иии", "q", "", "абв",
        ] {
            assert_eq!(walked(&set, text), naive_prefixes(&many, text), "{text}");
        }
    }

    /// The window compare of `has_part_of` finds a part where `str::contains` does: every cut of
    /// words in the three scripts, inside longer words, at their edges and beyond their ends.
    #[test]
    fn byte_windows_hold_what_str_contains_holds() {
        let words = [
            "ووافقت",
            "وافق",
            "رفضها",
            "زيارة",
            "визит",
            "visit",
            "ا",
            "",
            "walkout",
            "визита",
        ];
        for hay in words {
            for needle in words {
                let cuts = needle.char_indices().map(|(i, _)| i).chain([needle.len()]);
                for i in cuts {
                    for part in [&needle[..i], &needle[i..]] {
                        assert_eq!(
                            holds_bytes(hay.as_bytes(), part.as_bytes()),
                            hay.contains(part),
                            "{hay:?} {part:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn shipped_data_loads_without_warnings() {
        let t = Tables::embedded();
        assert!(t.warnings.is_empty(), "{:#?}", t.warnings);
        for lang in [Lang::Ar, Lang::En, Lang::Ru] {
            let w = &t.lang(lang).warnings;
            assert!(w.is_empty(), "{w:#?}");
        }
        for (i, name) in TYPES.iter().enumerate() {
            assert!(
                t.info(i as u8, None).is_some(),
                "types.csv lacks a row for {name}"
            );
        }
        for lang in [Lang::Ar, Lang::En, Lang::Ru] {
            let l = t.lang(lang);
            for k in 0..TYPES.len() as u8 {
                assert!(
                    l.triggers.iter().any(|tr| tr.kind == k),
                    "no {lang} trigger for {}",
                    TYPES[k as usize]
                );
            }
        }
    }

    #[test]
    fn every_needed_topic_has_cue_words() {
        let t = Tables::embedded();
        for lang in [Lang::Ar, Lang::En, Lang::Ru] {
            let l = t.lang(lang);
            for tr in &l.triggers {
                if let Some(n) = tr.needs {
                    assert!(
                        l.entries
                            .iter()
                            .any(|e| matches!(e.role, Role::Cue(Cue::Topic(x)) if x == n)),
                        "{lang}: topic {} is needed but has no cue words",
                        l.topics[n as usize]
                    );
                }
            }
        }
    }

    /// The rows of a trigger file as (type, pos, words of the pattern), lower-cased.
    /// `BLOCWATCH_SKIP_TRIGGER_SOURCE`: the trigger rows whose source holds one of the parts given are left
    /// out of a language's tables, and only they.
    #[test]
    fn skipped_sources_leave_their_rows_out() {
        let refine = &Tables::embedded().refine_topics;
        let parts = [
            "session 52".to_string(),
            "tools/en_verb_forms.py".to_string(),
        ];
        let mut warnings = Vec::new();
        let marked = rows("triggers", LANG_FILES[1].1, &mut warnings)
            .iter()
            .filter(|(_, r)| {
                parts
                    .iter()
                    .any(|p| field(r, "source").contains(p.as_str()))
            })
            .count();
        assert!(marked > 0);
        let all = build_lang(LANG_FILES[1], refine, &[]);
        let without = build_lang(LANG_FILES[1], refine, &parts);
        assert_eq!(all.triggers.len() - without.triggers.len(), marked);
    }

    fn trigger_rows(text: &str) -> Vec<(String, String, Vec<String>)> {
        let mut warnings = Vec::new();
        rows("triggers", text, &mut warnings)
            .into_iter()
            .map(|(_, m)| {
                let words = field(&m, "pattern")
                    .to_lowercase()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                (
                    field(&m, "type").to_string(),
                    field(&m, "pos").to_string(),
                    words,
                )
            })
            .collect()
    }

    /// Paradigm completeness of the English verb rows (tools/en_verb_forms.py writes the missing
    /// cells): where a family of verb rows (same type and words after the first) holds a regular
    /// verb's base and its past (sign, signed), it also holds the third person (signs) and, with the
    /// rest of a phrase after it, the -ing (signing a deal). A cell may instead be written for another
    /// type or part of speech, or as the same pattern in another family (its meaning there wins), or
    /// be one of the words the generator leaves out as mostly a noun or a preposition.
    #[test]
    fn english_verb_paradigms_are_complete() {
        const NOT_VERBS: [&str; 6] = [
            "landing",
            "phones",
            "ruling",
            "trades",
            "including",
            "following",
        ];
        let rows = trigger_rows(LANG_FILES[1].1);
        let patterns: std::collections::HashSet<String> =
            rows.iter().map(|r| r.2.join(" ")).collect();
        let mut families: HashMap<(String, String), Vec<String>> = HashMap::new();
        for (kind, pos, words) in &rows {
            if pos == "verb" {
                families
                    .entry((kind.clone(), words[1..].join(" ")))
                    .or_default()
                    .push(words[0].clone());
            }
        }
        let mut missing = Vec::new();
        for ((kind, rest), firsts) in &families {
            for b in firsts {
                if b.len() < 3 || b.ends_with('y') {
                    continue;
                }
                let past = if b.ends_with('e') {
                    format!("{b}d")
                } else {
                    format!("{b}ed")
                };
                if !firsts.contains(&past) {
                    continue;
                }
                let sibilant = ["s", "sh", "ch", "x", "z", "o"]
                    .iter()
                    .any(|e| b.ends_with(e));
                let third = if sibilant {
                    format!("{b}es")
                } else {
                    format!("{b}s")
                };
                let stem = match b.strip_suffix('e') {
                    Some(x) if !b.ends_with("ee") => x,
                    _ => b.as_str(),
                };
                let mut cells = vec![third];
                if !rest.is_empty() {
                    cells.push(format!("{stem}ing"));
                }
                for f in cells {
                    let whole = if rest.is_empty() {
                        f.clone()
                    } else {
                        format!("{f} {rest}")
                    };
                    let elsewhere = rows
                        .iter()
                        .any(|(k, p, w)| w[0] == f && (k != kind || p != "verb"));
                    if !firsts.contains(&f)
                        && !patterns.contains(&whole)
                        && !elsewhere
                        && !NOT_VERBS.contains(&f.as_str())
                    {
                        missing.push(format!("{kind}: `{whole}` (beside `{past}`)"));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "run tools/en_verb_forms.py: {missing:#?}"
        );
    }

    /// Paradigm completeness of the Russian verb rows (tools/ru_gerund_triggers.py): the short passive
    /// participle of every past-tense row `…овал*` («заблокировал*» → «заблокирован», the form of
    /// «соглашение заблокировано Китаем») is matched by some row's first word. Intransitive verbs
    /// (голосовал, участвовал, побеседовал) have none.
    #[test]
    fn russian_verb_paradigms_are_complete() {
        const INTRANSITIVE: [&str; 7] = [
            "побеседова",
            "состыкова",
            "голосова",
            "проголосова",
            "пожалова",
            "участвова",
            "бастова",
        ];
        let rows = trigger_rows(LANG_FILES[2].1);
        let firsts: Vec<&str> = rows.iter().map(|r| r.2[0].as_str()).collect();
        let covered = |w: &str| first_word_covers(&firsts, w);
        let mut missing = Vec::new();
        for (_, pos, words) in &rows {
            let Some(x) = words[0].strip_suffix("л*") else {
                continue;
            };
            if pos != "verb" || !x.ends_with("ова") || INTRANSITIVE.contains(&x) {
                continue;
            }
            let participle = format!("{x}н");
            if !covered(&participle) {
                missing.push(format!("`{participle}` (beside `{}`)", words[0]));
            }
        }
        assert!(
            missing.is_empty(),
            "run tools/ru_gerund_triggers.py: {missing:#?}"
        );
    }

    /// Whether some row's first word matches word `w`: the same word, or a stem `…*` it begins with.
    fn first_word_covers(firsts: &[&str], w: &str) -> bool {
        firsts.iter().any(|f| match f.strip_suffix('*') {
            Some(stem) => w.starts_with(stem),
            None => *f == w,
        })
    }

    /// Paradigm completeness of the Russian perfective futures (tools/ru_gerund_triggers.py): where a
    /// past-tense verb row `…ил*` has its imperfective partner beside it as a stem in -ива-, -ыва-, -а-
    /// or -я- («ограничил*» / «ограничива*», «одобрил*» / «одобря*»), the verb is perfective and its
    /// present «ограничит» is a future: some row's first word matches it, and a `future` cue row names
    /// it, so the act comes out expected, not asserted.
    #[test]
    fn russian_perfective_futures_are_complete() {
        // бить and its prefixed verbs (сбил, подбил): собьёт, not «сбит».
        const BIT: [&str; 5] = ["сб", "уб", "разб", "подб", "отб"];
        let trig = trigger_rows(LANG_FILES[2].1);
        let firsts: Vec<&str> = trig.iter().map(|r| r.2[0].as_str()).collect();
        let covered = |w: &str| first_word_covers(&firsts, w);
        let mut warnings = Vec::new();
        let futures: Vec<String> = rows("cues", LANG_FILES[2].2, &mut warnings)
            .into_iter()
            .filter(|(_, m)| field(m, "class") == "future")
            .map(|(_, m)| field(&m, "pattern").to_lowercase())
            .collect();
        let mut missing = Vec::new();
        for (_, pos, words) in &trig {
            let Some(x) = words[0].strip_suffix("ил*") else {
                continue;
            };
            let partner = ["ива*", "ыва*", "а*", "я*"]
                .iter()
                .any(|e| firsts.contains(&format!("{x}{e}").as_str()));
            if pos != "verb" || !partner {
                continue;
            }
            // (A reflexive verb's future is in -ится: присоединится.)
            let future = [format!("{x}ит"), format!("{x}ится")]
                .into_iter()
                .find(|f| futures.contains(f))
                .unwrap_or_else(|| format!("{x}ит"));
            if BIT.contains(&x) {
                continue;
            }
            if !covered(&future) || !futures.contains(&future) {
                missing.push(format!("`{future}` (beside `{}`)", words[0]));
            }
        }
        assert!(
            missing.is_empty(),
            "run tools/ru_gerund_triggers.py: {missing:#?}"
        );
    }

    /// Completeness of the English verbal nouns (tools/en_nominalisations.py): every noun of the reviewed
    /// table data/events/en_nominalisations.csv whose verb is a single-word verb trigger of one type
    /// («deport» → «deportation») is the first word of some row.
    #[test]
    fn english_verbal_nouns_are_complete() {
        const TABLE: &str = include_str!("../../../../data/events/en_nominalisations.csv");
        let trig = trigger_rows(LANG_FILES[1].1);
        let mut warnings = Vec::new();
        let mut missing = Vec::new();
        for (_, m) in rows("nominalisations", TABLE, &mut warnings) {
            let (lemma, noun) = (field(&m, "lemma"), field(&m, "noun"));
            let mut kinds: Vec<&str> = trig
                .iter()
                .filter(|(_, pos, w)| pos == "verb" && w.len() == 1 && w[0] == lemma)
                .map(|(kind, _, _)| kind.as_str())
                .collect();
            kinds.dedup();
            let named = trig.iter().any(|(_, _, w)| w[0] == noun);
            if kinds.len() == 1 && !named {
                missing.push(format!("`{noun}` (the noun of `{lemma}`)"));
            }
        }
        assert!(
            missing.is_empty(),
            "run tools/en_nominalisations.py: {missing:#?}"
        );
    }

    #[test]
    fn patterns_parse() {
        assert_eq!(
            parse_pattern("Supplied … drone*"),
            Some(vec![
                Word::Exact("supplied".into()),
                Word::Gap(4),
                Word::Stem("drone".into())
            ])
        );
        assert_eq!(parse_pattern("… x"), None);
        assert_eq!(
            parse_pattern("وصف* …8 عدائ*"),
            Some(vec![
                Word::Stem("وصف".into()),
                Word::Gap(8),
                Word::Stem("عداي".into())
            ])
        );
        assert_eq!(
            parse_pattern("из-за"),
            Some(vec![
                Word::Exact("из".into()),
                Word::Exact("-".into()),
                Word::Exact("за".into())
            ])
        );
        assert_eq!(parse_pattern("  "), None);
        assert_eq!(
            parse_pattern("وقّعت"),
            Some(vec![Word::Exact("وقعت".into())])
        );
    }

    /// A word of word chars only is taken whole; each word gives the tokens of its normal form, whole
    /// or not (marks, digits with separators, hyphens, apostrophes, capitals, folds).
    #[test]
    fn pattern_words_are_their_tokens() {
        for w in [
            "supplied",
            "Supplied",
            "g20",
            "20",
            "1.5",
            "40,000",
            "it's",
            "из-за",
            "Россия",
            "ё",
            "وقّعت",
            "مدرسة",
            "الـ",
            "a.b",
            "x\u{200F}y",
            "-",
            "…x",
            "٣٫٥",
            "ßx",
            "é",
        ] {
            let n = blocwatch_text::normalize(w);
            let pieces: Vec<&str> = blocwatch_text::tokens(&n)
                .map(|t| &n[t.start..t.end])
                .collect();
            let want = (!pieces.is_empty()).then(|| {
                pieces
                    .iter()
                    .map(|p| Word::Exact(p.to_string()))
                    .collect::<Vec<_>>()
            });
            assert_eq!(parse_pattern(w), want, "{w:?}");
            let stem = format!("{w}*");
            let want = want.map(|mut v| {
                if let Some(Word::Exact(last)) = v.pop() {
                    v.push(Word::Stem(last));
                }
                v
            });
            assert_eq!(parse_pattern(&stem), want, "{stem:?}");
        }
    }
}
