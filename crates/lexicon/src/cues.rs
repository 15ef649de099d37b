//! Cue words for resolving ambiguous aliases, in normalised form (lower case,
//! Arabic letters folded, ё → е).

#[rustfmt::skip]
pub(crate) const EN_GEO_PREV: &[&str] = &[
    "in", "to", "from", "of", "with", "against", "visited", "visit", "visiting", "visits", "toward",
    "towards", "into", "between", "neighbouring", "neighboring", "including", "across",
    "throughout", "embassy", "eastern", "western", "northern", "southern", "northeastern",
    "northwestern", "southeastern", "southwestern", "central",
];

#[rustfmt::skip]
pub(crate) const EN_GEO_POSS: &[&str] = &[
    "government", "king", "foreign", "president", "prime", "army", "military", "economy", "capital",
    "border", "borders", "ministry", "parliament", "embassy", "ambassador", "officials", "leader",
    "leadership", "central", "energy", "oil", "gas", "state", "security", "defence", "defense",
    "nuclear", "queen", "monarch", "troops", "exports", "imports", "territory", "authorities",
];

#[rustfmt::skip]
pub(crate) const AR_GEO_PREV: &[&str] = &[
    "في", "الي", "من", "مع", "بين", "حكومه", "سلطنه", "دوله", "مملكه", "جمهوريه", "رييس", "ملك",
    "امير", "وزير", "وزاره", "سفير", "سفاره", "عاصمه", "زياره", "زار", "يزور", "تزور", "حدود",
    "شعب", "جيش", "نحو", "داخل", "خارج", "لدي", "عن", "تجاه", "ضد", "مثل", "اطار", "ضمن", "عضويه", "شرق", "غرب", "شمال", "جنوب", "وسط",
    "قمه", "اعضاي", "عضو",
    // Verb-first sentences: the verb right before the subject state.
    "قالت", "قال", "اعلنت", "اعلن", "رفضت", "رفض", "وقعت", "وقع", "اكدت", "اكد", "دعت", "طالبت",
    "اتهمت", "انضمت", "ارسلت", "تسعي", "ترفض", "تدعم", "تعتبر", "اعتبرت", "هددت", "حذرت",
    "نفت", "ادانت", "رحبت", "استضافت", "تستضيف", "شاركت", "تشارك", "وافقت", "عارضت", "قررت",
];

#[rustfmt::skip]
pub(crate) const RU_GEO_PREV: &[&str] = &[
    "в", "во", "из", "с", "со", "к", "ко", "до", "для", "по", "против", "между", "республика",
    "республики", "республике", "республикой", "правительство", "правительства", "президент",
    "президента", "посол", "посла", "посольство", "посольства", "визит", "визита", "королевство",
    "королевства", "султанат", "султаната", "власти", "руководство", "территории", "границе",
    "армия", "народ", "востоке", "западе", "севере", "юге", "мид", "глава", "главы", "лидер", "лидера", "столица", "столице",
];

#[rustfmt::skip]
pub(crate) const EN_PERSON_PREV: &[&str] = &[
    "president", "minister", "mr", "mrs", "ms", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "chancellor", "premier", "leader", "general", "gen", "king", "prince", "emir",
    "sheikh", "envoy", "ambassador", "chief", "chairman", "chairwoman", "deputy", "counterpart",
    "adviser", "advisor", "aide", "dr", "commander", "head", "founder",
];

#[rustfmt::skip]
pub(crate) const AR_PERSON_PREV: &[&str] = &[
    "قال", "قالت", "اكد", "اكدت", "صرح", "صرحت", "اعلن", "اعلنت", "اضاف", "اضافت", "التقي", "استقبل", "اعتبر",
    "اعتبرت", "دعا", "دعت", "حذر", "حذرت", "يقول", "تقول", "اوضح", "اوضحت", "شدد", "شددت",
    "رييس", "الرييس", "الوزير", "وزير", "الزعيم", "زعيم", "المتحدث", "المتحدثه", "متحدث", "السفير",
    "الملك", "الامير", "الشيخ", "السيد", "السيده", "نظيره", "نظيرته", "المستشار", "مساعد", "نايب",
    "قايد", "موسس", "نظام", "حكم", "عهد", "عايله",
];

#[rustfmt::skip]
pub(crate) const RU_PERSON_PREV: &[&str] = &[
    "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "сообщил",
    "сообщила", "добавил", "добавила", "считает", "призвал", "призвала", "пояснил", "пояснила",
    "президент", "президента", "президенту", "президентом", "министр", "министра", "министру",
    "министром", "глава", "главы", "главе", "главой", "председатель", "председателя", "премьер",
    "секретарь", "секретаря", "представитель", "представителя", "лидер", "лидера", "посол", "посла",
    "генсек", "советник", "помощник", "замминистра", "коллега", "коллеги", "господин", "госпожа",
    "основатель", "командир",
];

#[rustfmt::skip]
pub(crate) const NONGEO_WINDOW: &[&str] = &[
    "group", "pmc", "mercenary", "mercenaries", "fighters", "payment", "payments", "card", "cards",
    "system", "company", "firm", "giant", "major", "shares", "operator", "bank", "banks",
    "contractor", "network", "pipeline", "corporation", "corp", "مجموعه", "مرتزقه", "مقاتلي",
    "مقاتلو", "عناصر", "بطاقات", "بطاقه", "نظام", "شركه", "الشركه", "بنك", "مصرف", "المصرف",
    "انبوب", "خط", "الدفع", "مدفوعات", "чвк", "группа", "группы", "группу", "группой", "наемники",
    "наемников", "бойцы", "бойцов", "карта", "карты", "карт", "картам", "картой", "картами",
    "система", "системы", "систему", "системой", "платежная", "платежной", "платежную", "компания",
    "компании", "концерн", "банк", "банка", "газопровод", "газопровода", "оператор", "g7", "crude",
    "oil", "нефть", "нефти", "نفط", "النفط", "الخام",
];

#[rustfmt::skip]
pub(crate) const NEG_WINDOW: &[&str] = &[
    "roast", "roasted", "thanksgiving", "stuffing", "porcelain", "vase", "plates", "basketball",
    "nba", "bulls", "composer", "opera", "operas", "symphony", "atlanta", "savannah", "governor",
    "county", "senator", "michael", "richard", "feathers", "композитор", "композитора", "опера",
    "оперы", "оперу", "рихард", "рихарда", "симфония", "الموسيقار", "موسيقار", "اوبرا", "الاوبرا",
    "ريتشارد", "الملحن", "scored", "points", "team", "coach", "season", "game", "match", "player",
    "striker", "goal", "album", "song", "actor", "actress", "singer", "film", "movie", "novel",
    "rebounds", "recipe", "dinner", "meat", "band", "drummer", "guitarist", "bassist", "concert",
];

#[rustfmt::skip]
pub(crate) const AR_NEG_PREV: &[&str] = &[
    // Only words a masculine singular predicate follows: the feminine one is مُصِرّة (مصره once
    // normalised), so "كانت مصر", "إنها مصر" and "هي مصر" name Egypt.
    "انه", "هو", "انا", "نحن", "انني", "انهم", "كان", "ظل", "بات", "مازال", "يزال",
];

#[rustfmt::skip]
pub(crate) const FUNCTION_CAPS: &[&str] = &[
    "the", "a", "an", "in", "of", "to", "from", "and", "or", "with", "on", "at", "by", "for", "as",
    "but", "king", "queen", "president", "prime", "minister", "foreign", "defence", "defense",
    "republic", "kingdom", "sultanate", "state", "government", "embassy", "ambassador",
    "parliament", "army", "officials", "ministry", "central", "bank", "national", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "while", "after",
    "before", "when", "both", "neighbouring", "neighboring", "said", "says", "has", "had", "is",
    "was", "will", "would", "should", "could", "also", "its", "it", "he", "she", "they", "we", "i",
    "this", "that", "on", "and", "и", "в", "из", "с", "на", "по", "к", "о", "об", "президент",
    "премьер", "министр", "правительство", "посол", "республика", "королевство", "власти", "глава",
    "но", "а", "это", "как", "при", "для",
];

/// Words right after a person's surname that make it a person: speech and meeting verbs.
#[rustfmt::skip]
pub(crate) const PERSON_NEXT: &[&str] = &[
    "said", "says", "told", "added", "stressed", "noted", "warned", "announced", "met", "argued", "insisted",
    "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "сообщил",
    "сообщила", "добавил", "добавила", "считает", "встретился", "встретилась", "призвал", "призвала",
    "пояснил", "пояснила", "провел", "провела", "назвал", "назвала",
];

/// Words right after a state's name that make it an actor: speech, decision and action
/// verbs (English and Russian; Arabic puts the verb first, see `AR_GEO_PREV`).
#[rustfmt::skip]
pub(crate) const GEO_NEXT: &[&str] = &[
    "said", "says", "told", "announced", "rejected", "rejects", "signed", "signs", "agreed", "agrees",
    "joined", "joins", "accused", "accuses", "warned", "warns", "urged", "urges", "condemned",
    "condemns", "welcomed", "welcomes", "denied", "denies", "insisted", "threatened", "threatens",
    "sent", "sends", "deployed", "imposed", "imposes", "wants", "plans", "intends", "seeks",
    "hopes", "vowed", "vows", "pledged", "pledges", "demanded", "demands", "refused", "refuses",
    "recognised", "recognized", "backed", "backs", "supported", "supports", "opposed", "opposes",
    "expelled", "recalled", "summoned", "retaliated", "applied", "ratified", "hosted", "hosts",
    "has", "have", "had", "will", "would", "could", "should", "must", "is", "was", "remains",
    "became", "cannot", "did", "does", "also",
    "заявила", "заявил", "заявило", "заявили", "отвергла", "отверг", "подписала", "подписал",
    "согласилась", "согласился", "присоединилась", "присоединился", "обвинила", "обвинил",
    "предупредила", "предупредил", "призвала", "призвал", "осудила", "осудил", "приветствовала",
    "приветствовал", "отказалась", "отказался", "направила", "направил", "ввела", "ввел",
    "намерена", "намерен", "планирует", "стремится", "поддержала", "поддержал", "выступила",
    "выступил", "потребовала", "потребовал", "ратифицировала", "ратифицировал",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The matcher compares cues with normalised text, so a cue written with a hamza
    /// seat or a capital letter would never match.
    #[test]
    fn cues_are_normalised() {
        for list in [
            EN_GEO_PREV,
            EN_GEO_POSS,
            AR_GEO_PREV,
            RU_GEO_PREV,
            EN_PERSON_PREV,
            AR_PERSON_PREV,
            RU_PERSON_PREV,
            NONGEO_WINDOW,
            NEG_WINDOW,
            AR_NEG_PREV,
            FUNCTION_CAPS,
            PERSON_NEXT,
            GEO_NEXT,
        ] {
            for w in list {
                assert_eq!(&blocwatch_text::normalize(w), w, "cue {w:?}");
            }
        }
    }
}
