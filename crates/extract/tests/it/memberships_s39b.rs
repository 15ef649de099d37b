//! Session-39 membership fixes for what a state's status or delegation undergoes in a bloc, each on sentences
//! written for it (not from any eval file), failing before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::memberships;

/// A lesser status suspended ("China's observer status was suspended", «статус наблюдателя Индии
/// приостановлен», «صفة المراقب الممنوحة للصين عُلّقت») is the suspension, not the status.
#[test]
fn a_lesser_status_suspended_is_a_suspension() {
    memberships(
        "en",
        "The Arctic Council announced on Monday that China's observer status was suspended until further notice.",
        &["ARCTIC_COUNCIL/CHN/suspended"],
    );
    memberships(
        "en",
        "India's observer status in the Arctic Council has been suspended, a spokesman said.",
        &["ARCTIC_COUNCIL/IND/suspended"],
    );
    memberships(
        "en",
        "The SCO said that Egypt's dialogue partner status had been suspended.",
        &["SCO/EGY/suspended"],
    );
    memberships(
        "ru",
        "Статус наблюдателя Индии в Арктическом совете приостановлен.",
        &["ARCTIC_COUNCIL/IND/suspended"],
    );
    memberships(
        "ru",
        "Арктический совет в пятницу приостановил статус наблюдателя Китая.",
        &["ARCTIC_COUNCIL/CHN/suspended"],
    );
    memberships(
        "ru",
        "В ШОС заявили, что статус партнёра по диалогу Египта приостановлен.",
        &["SCO/EGY/suspended"],
    );
    memberships(
        "ar",
        "أعلن مجلس القطب الشمالي أن صفة المراقب الممنوحة للصين عُلّقت.",
        &["ARCTIC_COUNCIL/CHN/suspended"],
    );
    memberships(
        "ar",
        "قرر مجلس القطب الشمالي تعليق صفة المراقب الممنوحة للهند.",
        &["ARCTIC_COUNCIL/IND/suspended"],
    );
}

/// A delegation's voting rights suspended in a bloc's assembly ("suspended the voting rights of the Turkish
/// delegation", «приостановку права голоса делегации Азербайджана», «تعليق حقوق التصويت للوفد التركي») suspend
/// the delegation's state; rights restored give nothing, and a delegation's own walk-out is no status.
#[test]
fn a_delegation_s_voting_rights_suspended_suspend_its_state() {
    memberships(
        "en",
        "The parliamentary assembly of the Council of Europe suspended the voting rights of the Turkish \
         delegation on Monday.",
        &["COE/TUR/suspended"],
    );
    memberships(
        "en",
        "The Council of Europe suspended Azerbaijan's voting rights in January.",
        &["COE/AZE/suspended"],
    );
    memberships(
        "en",
        "Delegates voted to keep the Armenian delegation's voting rights suspended in the Council of Europe \
         until June.",
        &["COE/ARM/suspended"],
    );
    memberships(
        "en",
        "The Council of Europe restored the voting rights of the Russian delegation on Tuesday.",
        &[],
    );
    memberships(
        "en",
        "The Moroccan delegation walked out of the African Union meeting on Monday.",
        &[],
    );
    memberships(
        "ru",
        "Парламентская ассамблея Совета Европы приостановила право голоса турецкой делегации.",
        &["COE/TUR/suspended"],
    );
    memberships(
        "ru",
        "Совет Европы проголосовал за приостановку права голоса делегации Азербайджана.",
        &["COE/AZE/suspended"],
    );
    memberships(
        "ru",
        "Совет Европы вернул право голоса азербайджанской делегации.",
        &[],
    );
    memberships(
        "ar",
        "علّق مجلس أوروبا حقوق التصويت للوفد التركي يوم الاثنين.",
        &["COE/TUR/suspended"],
    );
    memberships(
        "ar",
        "صوّت مجلس أوروبا على تعليق حقوق التصويت لوفد أذربيجان.",
        &["COE/AZE/suspended"],
    );
    memberships(
        "ar",
        "قرر مجلس أوروبا إبقاء حقوق التصويت للوفد الأرميني معلقة حتى يونيو.",
        &["COE/ARM/suspended"],
    );
    memberships(
        "ar",
        "انسحب الوفد المغربي يوم الاثنين من اجتماع الاتحاد الأفريقي.",
        &[],
    );
}

/// The states that hold a bloc's summit are its members, without a date ("Kenya, Uganda and Tanzania held their
/// annual East African Community summit", «Лидеры Казахстана, Белоруссии и Армении провели саммит ОДКБ»,
/// «اجتمع قادة كازاخستان وبيلاروس وأرمينيا في قمة منظمة معاهدة الأمن الجماعي»); a meeting on its sidelines,
/// talks before it, one state at it or a summit with the bloc claim nothing.
#[test]
fn the_states_holding_a_bloc_s_summit_are_its_members() {
    memberships(
        "en",
        "Kenya, Uganda and Tanzania held their annual East African Community summit in Arusha on Friday.",
        &["EAC/KEN/member", "EAC/UGA/member", "EAC/TZA/member"],
    );
    memberships(
        "en",
        "The leaders of Kazakhstan, Belarus and Armenia met in Minsk on Tuesday for the CSTO summit.",
        &["CSTO/KAZ/member", "CSTO/BLR/member", "CSTO/ARM/member"],
    );
    memberships(
        "en",
        "India and China met on the sidelines of the SCO summit in Tianjin.",
        &[],
    );
    memberships(
        "en",
        "Egypt and Ethiopia will hold talks before the African Union summit next week.",
        &[],
    );
    memberships(
        "en",
        "Turkey attended the SCO summit in Astana as a guest.",
        &[],
    );
    memberships(
        "en",
        "Chile and Peru held their first summit with the European Union in Lima in 2019.",
        &[],
    );
    memberships(
        "ru",
        "Лидеры Казахстана, Белоруссии и Армении провели в Минске саммит ОДКБ.",
        &["CSTO/KAZ/member", "CSTO/BLR/member", "CSTO/ARM/member"],
    );
    memberships(
        "ru",
        "Лидеры Кении, Уганды и Танзании встретились во вторник в Аруше на саммите Восточноафриканского \
         сообщества.",
        &["EAC/KEN/member", "EAC/UGA/member", "EAC/TZA/member"],
    );
    memberships(
        "ru",
        "Индия и Китай встретились на полях саммита ШОС в Тяньцзине.",
        &[],
    );
    memberships(
        "ar",
        "اجتمع قادة كازاخستان وبيلاروس وأرمينيا يوم الثلاثاء في مينسك في قمة منظمة معاهدة الأمن الجماعي.",
        &["CSTO/KAZ/member", "CSTO/BLR/member", "CSTO/ARM/member"],
    );
    memberships(
        "ar",
        "عقد رؤساء كينيا وأوغندا وتنزانيا قمة جماعة شرق أفريقيا في أروشا يوم الجمعة.",
        &["EAC/KEN/member", "EAC/UGA/member", "EAC/TZA/member"],
    );
    memberships(
        "ar",
        "التقى رئيسا الهند والصين على هامش قمة منظمة شنغهاي للتعاون في تيانجين.",
        &[],
    );
}
