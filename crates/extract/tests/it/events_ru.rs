//! Russian event coding: one test per rule added this session against the misses issue 3 names (found on the
//! team's dev sets), on sentences written for these tests. Each case is the text and the events expected, in
//! the notation of `support::show`.

use crate::support;

fn events(text: &str) -> Vec<blocwatch_extract::EventRec> {
    support::events("ru", text)
}

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("ru", text, expect);
}

/// The mode of the one event of `text`.
#[track_caller]
fn check_mode(text: &str, mode: &str) {
    let evs = events(text);
    assert_eq!(evs.len(), 1, "\n{text}\n{evs:#?}");
    assert_eq!(evs[0].mode.as_deref(), Some(mode), "\n{text}");
}

#[test]
fn a_finite_verb_after_an_accusation_is_a_new_predicate() {
    check(
        "Пекин осуждает действия Токио и призывает Японию к сдержанности.",
        &["ACCUSE CHN>JPN", "REQUEST CHN>JPN"],
    );
    check(
        "Каракас обвинил Вашингтон в подготовке вторжения и пригрозил американским компаниям национализацией.",
        &["ACCUSE VEN>USA", "THREATEN VEN>USA"],
    );
    // What the accused did stays the accuser's claim.
    check(
        "Киев обвинил Минск в поставках топлива российской армии.",
        &["ACCUSE UKR>BLR"],
    );
}

#[test]
fn a_title_between_and_and_a_state_keeps_the_list_together() {
    check(
        "Глава «Газпрома» Алексей Миллер и министр энергетики Казахстана подписали меморандум.",
        &["AGREE {KAZ+RUS}"],
    );
    check(
        "Россия и министр иностранных дел Ирана согласовали текст заявления.",
        &["AGREE {IRN+RUS}"],
    );
}

#[test]
fn an_actor_inside_a_participial_phrase_is_not_the_subject() {
    check(
        "Сербия, остающаяся кандидатом на вступление в ЕС, подписала с Китаем соглашение о свободной торговле.",
        &["AGREE {CHN+SRB}"],
    );
}

#[test]
fn trade_that_goes_on_is_no_event() {
    check("Китай продолжает закупать российский газ.", &[]);
    check("Китай закупил российский газ.", &["COOPERATE CHN>RUS"]);
}

#[test]
fn a_veto_targets_the_security_council() {
    // (Since session 35 a veto of a draft whose author is named is aimed at that author, eval/README: "a
    // veto is `REJECT` aimed at the draft's author"; with no author named, the council stays the target.)
    check(
        "Россия наложила вето на британский проект резолюции Совета Безопасности ООН.",
        &["REJECT RUS>GBR"],
    );
    check(
        "Совбез ООН не принял проект, после того как Китай наложил на него вето.",
        &["REJECT CHN>UNSC"],
    );
}

#[test]
fn the_place_of_a_meeting_is_not_the_beneficiary_of_a_deal() {
    check(
        "Лидеры стран ЕС договорились на саммите в Бельгии о новом бюджете.",
        &["AGREE {EU}"],
    );
}

#[test]
fn protesters_are_of_the_place_they_gather_in() {
    check(
        "Сотни людей собрались у посольства Франции в Бамако.",
        &["PROTEST MLI>FRA"],
    );
}

#[test]
fn a_passive_without_an_agent_has_no_actor() {
    check(
        "Меморандум о поставках зерна в Египет был подписан в прошлом месяце.",
        &[],
    );
}

#[test]
fn a_clause_of_place_shares_the_main_subject() {
    check(
        "Президент Казахстана прибыл в Пекин, где провёл переговоры с Си Цзиньпином.",
        &["CONSULT KAZ>CHN", "CONSULT {CHN+KAZ}"],
    );
    check(
        "Моди посетил Китай, где принял участие в саммите ШОС и провёл двустороннюю встречу с Си Цзиньпином.",
        &["CONSULT IND>CHN", "CONSULT {IND+SCO}", "CONSULT {CHN+IND}"],
    );
}

#[test]
fn what_talks_are_about_is_no_event() {
    check(
        "Лавров и Ван И обсудили поставки российской нефти в Китай.",
        &["CONSULT RUS>CHN"],
    );
}

#[test]
fn a_place_phrase_does_not_swallow_the_person_after_it() {
    check(
        "На саммите СНГ в Душанбе Ильхам Алиев отказался подписать совместное заявление.",
        &["REJECT AZE>CIS", "AGREE {AZE} neg"],
    );
}

#[test]
fn announcing_the_start_of_an_event_does_not_cut_its_actor_off() {
    check(
        "Минобороны Казахстана объявило о начале совместных с узбекскими военными учений.",
        &["COOPERATE {KAZ+UZB}"],
    );
}

#[test]
fn could_and_not_ruled_out_are_hypothetical() {
    check(
        "Аналитики не исключают, что Турция и Египет смогут наладить военное сотрудничество.",
        &["COOPERATE {EGY+TUR} hypothetical"],
    );
}

#[test]
fn talks_by_telephone_are_mode_phone() {
    check_mode(
        "Путин и Лукашенко обсудили по телефону подготовку к форуму регионов.",
        "phone",
    );
    check_mode("Москва выслала трёх дипломатов Молдавии.", "expel");
    check_mode("Армения приостановила своё участие в ОДКБ.", "withdraw");
}

#[test]
fn rejecting_an_accusation_is_a_denial() {
    check(
        "Пекин и Москва отвергли обвинения Запада в том, что китайские компании поставляют российской армии комплектующие для ракет.",
        &["AID CHN>RUS denied"],
    );
}

#[test]
fn recalled_for_consultations_is_no_consultation() {
    check(
        "Литва отозвала посла из Минска для консультаций.",
        &["SANCTION LTU>BLR"],
    );
}

#[test]
fn blocking_a_decision_is_a_rejection() {
    check(
        "Словакия заблокировала решение ЕС о новом пакете санкций.",
        &["REJECT SVK>EU"],
    );
}

#[test]
fn fighting_on_the_side_of_a_state_is_military_aid() {
    check("Военные КНДР воевали на стороне России.", &["AID PRK>RUS"]);
}

#[test]
fn an_envoy_summoned_to_a_ministry_is_a_protest_of_its_state() {
    check(
        "Посол Польши был вызван в МИД Белоруссии.",
        &["PROTEST BLR>POL"],
    );
}

#[test]
fn joint_patrols_launches_and_deliveries() {
    check(
        "Китай и Россия провели совместное морское патрулирование в Тихом океане.",
        &["COOPERATE {CHN+RUS}"],
    );
    check(
        "КНДР осуществила пуск межконтинентальной баллистической ракеты.",
        &["MOBILIZE {PRK}"],
    );
    check(
        "Турция доставила в Сирию партию гуманитарного груза.",
        &["AID TUR>SYR"],
    );
}

#[test]
fn the_source_of_an_inserted_report_is_not_the_subject() {
    // The subject before the inserted report ("Военные КНДР") acts, the speaker does not (session 17:
    // «по данным …» set off by commas is a parenthetical, `clauses::parentheticals`).
    check(
        "Военные КНДР, по данным южнокорейской разведки, воевали на стороне России.",
        &["AID PRK>RUS"],
    );
}

// Session 3: the trigger vocabulary on wording dev under-represents (gerunds, participles, short passives,
// collocations with words between), each group on sentences written for these tests.

#[test]
fn gerunds_and_collocations_of_agreeing_and_meeting() {
    check(
        "Катар и Египет достигли договорённости о строительстве порта.",
        &["AGREE {EGY+QAT}"],
    );
    check(
        "Египет и Эфиопия провели беседу о плотине.",
        &["CONSULT {EGY+ETH}"],
    );
    check(
        "Президент Казахстана прилетел в Баку.",
        &["CONSULT KAZ>AZE"],
    );
}

#[test]
fn receiving_a_guest_is_hosting_a_visit_even_with_the_place_between() {
    check(
        "Премьер-министр Индии принял в Нью-Дели делегацию Бангладеш.",
        &["CONSULT BGD>IND"],
    );
    check(
        "Путин принял в Кремле президента Египта.",
        &["CONSULT EGY>RUS"],
    );
}

#[test]
fn recognition_praise_and_admissions() {
    check(
        "Армения признала независимость Косово.",
        &["SUPPORT ARM>XKX"],
    );
    check(
        "Бразилия высоко оценила посредничество Китая.",
        &["SUPPORT BRA>CHN"],
    );
    check(
        "Япония признала свою ответственность за инцидент и принесла Китаю извинения.",
        &["CONCEDE JPN>CHN"],
    );
}

#[test]
fn lifting_bans_and_sanctions_including_the_passive() {
    check(
        "Евросоюз снял запрет на импорт грузинского вина.",
        &["CONCEDE EU>GEO"],
    );
    check(
        "Санкции против Кубы были сняты Вашингтоном.",
        &["CONCEDE USA>CUB"],
    );
}

#[test]
fn aid_with_the_recipient_between_verb_and_noun() {
    check(
        "Саудовская Аравия оказала Йемену срочную помощь.",
        &["AID SAU>YEM"],
    );
    check(
        "Пекин выделил Камбодже безвозмездную помощь.",
        &["AID CHN>KHM"],
    );
    check(
        "США открыли Аргентине валютную своп-линию.",
        &["AID USA>ARG"],
    );
    check("Россия вооружает Мьянму.", &["AID RUS>MMR"]);
}

#[test]
fn withdrawals_releases_and_exchanges() {
    check(
        "Германия вывела своих военных из Мали.",
        &["RETREAT DEU>MLI"],
    );
    check(
        "Азербайджан и Армения обменялись заключёнными.",
        &["RETREAT {ARM+AZE}"],
    );
    // What is agreed is no exchange yet.
    check(
        "Москва и Киев договорились об обмене тысячей пленных.",
        &["AGREE {RUS+UKR}"],
    );
    // Soldiers leaving a city is no leaving of a bloc; foreign troops leaving a country (its capital
    // stands for it) retreat, by the eval/README convention.
    check(
        "Последние французские военные покинули Ниамей.",
        &["RETREAT FRA>NER"],
    );
    check("Катар покинул ОПЕК в 2019 году.", &["SANCTION QAT>OPEC"]);
}

#[test]
fn criticism_warnings_and_protest_notes_with_words_between() {
    check(
        "Турция подвергла Израиль резкой критике.",
        &["ACCUSE TUR>ISR"],
    );
    check(
        "Пхеньян предостерёг Сеул от новых провокаций.",
        &["THREATEN PRK>KOR"],
    );
    check(
        "МИД Китая вручил японскому послу ноту протеста.",
        &["PROTEST CHN>JPN"],
    );
}

#[test]
fn sanctions_duties_and_cut_supplies_with_words_between() {
    check(
        "Великобритания ввела против России новые санкции.",
        &["SANCTION GBR>RUS"],
    );
    check(
        "Вашингтон повысил пошлины на турецкую сталь.",
        &["SANCTION USA>TUR"],
    );
    check(
        "Газпром остановил поставки газа в Молдавию.",
        &["SANCTION RUS>MDA"],
    );
    check("Эстония закрыла границу с Россией.", &["SANCTION EST>RUS"]);
}

#[test]
fn frozen_accounts_are_coercion_and_an_expulsion_beside_them_stays_one() {
    check(
        "Норвегия заморозила счета двух банков из России и выслала трёх российских дипломатов.",
        &["COERCE NOR>RUS", "SANCTION NOR>RUS"],
    );
}

#[test]
fn alerts_arrests_seizures_and_strikes() {
    check(
        "Норвегия привела войска в состояние повышенной готовности.",
        &["MOBILIZE {NOR}"],
    );
    check(
        "Польские пограничники задержали трёх граждан Белоруссии.",
        &["COERCE POL>BLR"],
    );
    check(
        "Казахстан конфисковал активы российской компании.",
        &["COERCE KAZ>RUS"],
    );
    check("Израиль нанёс новый удар по Сирии.", &["ASSAULT ISR>SYR"]);
    check("Израиль обстрелял юг Ливана.", &["ASSAULT ISR>LBN"]);
    // An exercise around a place names where it is held.
    check(
        "Китай провёл вокруг Тайваня масштабные учения.",
        &["MOBILIZE {CHN}"],
    );
}

#[test]
fn a_refusal_in_so_many_words_needs_no_one_refused() {
    check(
        "Путин посетил Улан-Батор, и власти Монголии отказались его арестовать.",
        &["CONSULT RUS>MNG", "REJECT {MNG}"],
    );
    check("Китай наложил вето на проект резолюции.", &["REJECT {CHN}"]);
}

#[test]
fn an_anaphoric_object_points_at_the_act_of_the_sentence_before() {
    check(
        "Турция нанесла удары по Ираку. Багдад осудил этот шаг.",
        &["ASSAULT TUR>IRQ", "ACCUSE IRQ>TUR"],
    );
    check(
        "США удвоили пошлины на индийские товары. Нью-Дели назвал это решение несправедливым.",
        &["SANCTION USA>IND", "ACCUSE IND>USA"],
    );
    // A protest note is no anaphora of its own.
    check(
        "Посол Японии был вызван в МИД Китая, где ему вручили ноту протеста.",
        &["PROTEST CHN>JPN"],
    );
}

#[test]
fn a_gerund_takes_the_subject_of_its_main_clause() {
    check(
        "Посетив Ханой, Си Цзиньпин подписал соглашение о торговле с Вьетнамом.",
        &["CONSULT CHN>VNM", "AGREE {CHN+VNM}"],
    );
    check(
        "Москва выслала двух латвийских дипломатов, объявив их персонами нон грата.",
        &["SANCTION RUS>LVA"],
    );
    check(
        "Россия ввела пошлины на турецкие товары, обвинив Анкару в нарушении договора.",
        &["SANCTION RUS>TUR", "ACCUSE RUS>TUR"],
    );
    // (The gerund of a -нул- verb, упрекнул → упрекнув: `tools/ru_gerund_triggers.py`.)
    check(
        "Глава МИД Литвы выступил в Варшаве, упрекнув Польшу в двойных стандартах.",
        &["ACCUSE LTU>POL"],
    );
}

#[test]
fn a_purchase_of_weapons_is_aid_from_the_seller() {
    check(
        "Индия закупила у России партию зенитных ракет.",
        &["AID RUS>IND"],
    );
}

#[test]
fn a_visit_noun_names_its_visitor_in_the_genitive_and_its_host_as_a_place() {
    // (The signing that ends the visit is an agreement of the visitor and the host: `companion`.)
    check(
        "Визит Токаева в Баку завершился подписанием декларации.",
        &["CONSULT KAZ>AZE", "AGREE {AZE+KAZ}"],
    );
    check(
        "В пятницу в Пекине завершился визит министра иностранных дел Бразилии.",
        &["CONSULT BRA>CHN"],
    );
}

#[test]
fn a_phrase_opened_by_against_holds_no_subject_or_object_of_the_verb() {
    check(
        "В Тбилиси тысячи людей вышли на митинг против сближения с Россией.",
        &["PROTEST {GEO}"],
    );
}

#[test]
fn receiving_a_blocs_official_is_a_visit_not_a_bloc_meeting() {
    check(
        "Президент Узбекистана принял в Ташкенте генерального секретаря ОДКБ.",
        &["CONSULT CSTO>UZB"],
    );
}

#[test]
fn from_the_country_points_back_and_a_demonym_after_a_passive_is_its_patient() {
    check(
        "Париж выслал двух сотрудников посольства России. Через неделю из страны был выслан французский дипломат.",
        &["SANCTION FRA>RUS", "SANCTION RUS>FRA"],
    );
    check(
        "Италия передала Ливии два патрульных катера и завершила вывод своего контингента из страны.",
        // (Patrol boats handed over are military aid since session 14, as "patrol boats" in English.)
        &["AID ITA>LBY", "RETREAT ITA>LBY"],
    );
}

#[test]
fn second_vocabulary_pass_extending_deals_support_revenge_and_interceptions() {
    check(
        "Россия и Турция продлили газовую сделку ещё на год.",
        &["AGREE {RUS+TUR}"],
    );
    check("Премьер Пакистана побывал в Пекине.", &["CONSULT PAK>CHN"]);
    check(
        "Саудовская Аравия оказала Египту финансовую поддержку.",
        &["AID SAU>EGY"],
    );
    check("Иран пообещал отомстить Израилю.", &["THREATEN IRN>ISR"]);
    check(
        "Латвия лишила аккредитации российских журналистов.",
        &["SANCTION LVA>RUS"],
    );
    check(
        "Береговая охрана Китая перехватила вьетнамское судно.",
        &["COERCE CHN>VNM"],
    );
}

#[test]
fn reasons_and_manners_named_by_a_noun_are_no_events() {
    // "в знак протеста", "под давлением", "из-за угроз пошлин" give the reason of another act.
    check(
        "Литва и Латвия в знак протеста отозвали своих послов из Минска.",
        &["SANCTION LTU+LVA>BLR"],
    );
    // (Banks that stop accepting a state's cards cut ties with it: SANCTION, eval/README; the pressure
    // is no coercion and no party.)
    check(
        "Казахские банки перестали принимать российские карты под давлением США.",
        &["SANCTION KAZ>RUS"],
    );
    check(
        "Из-за угроз американских санкций Турция сократила закупки российского газа.",
        &["SANCTION TUR>RUS"],
    );
}

#[test]
fn a_noun_in_the_about_phrase_of_a_document_is_its_topic() {
    check(
        "Иран и Россия подписали в Москве договор о стратегическом партнёрстве и сотрудничестве.",
        &["AGREE {IRN+RUS}"],
    );
}

#[test]
fn border_closures_supplies_to_a_place_and_the_charge_of_a_sanction() {
    check(
        "Литва объявила о закрытии двух пунктов пропуска на границе с Белоруссией.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "Казахстан начал поставки угля в Индию.",
        &["COOPERATE KAZ>IND"],
    );
    // What a sanction is for is the charge, not an event of the sentence.
    check(
        "Вашингтон ввёл санкции против трёх китайских компаний за поставки дронов России.",
        &["SANCTION USA>CHN"],
    );
}

#[test]
fn a_clause_after_zayavil_chto_takes_the_speakers_subject() {
    check(
        "Пакистан заявил, что нанёс удар по Афганистану.",
        &["ASSAULT PAK>AFG"],
    );
    // An exercise names its place, not a target, and the place is no subject.
    check(
        "Китай сообщил, что провёл учения у берегов Тайваня.",
        &["MOBILIZE {CHN}"],
    );
}

#[test]
fn the_border_with_a_state_is_a_place_not_a_partner() {
    check(
        "Армия Мьянмы нанесла авиаудары по деревням у границы с Таиландом.",
        &[],
    );
}

#[test]
fn a_fronted_document_noun_leaves_the_subject_after_the_verb() {
    check(
        "Меморандум о партнёрстве подписали Вьетнам и Россия в Ханое.",
        &["AGREE {RUS+VNM}"],
    );
    check(
        "Соглашение о зоне свободной торговли подписали Египет и ЕАЭС.",
        &["AGREE {EAEU+EGY}"],
    );
    // A subject before the verb still wins.
    check(
        "Договор о дружбе Монголия подписала с Китаем.",
        &["AGREE {CHN+MNG}"],
    );
}

#[test]
fn session_4_vocabulary_seizures_concessions_breaks() {
    check(
        "Москва взяла под временное управление долю шведской компании в российском заводе.",
        &["COERCE RUS>SWE"],
    );
    check(
        "Баку согласился передать Еревану тела погибших военных.",
        &["CONCEDE AZE>ARM"],
    );
    check(
        "Мали расторгла с Францией договор об обороне.",
        &["SANCTION MLI>FRA"],
    );
    check(
        "Буркина-Фасо разорвала соглашение о налогах с Парижем.",
        &["SANCTION BFA>FRA"],
    );
    check(
        "Грузия отменила все совместные мероприятия с участием украинских ведомств.",
        &["SANCTION GEO>UKR"],
    );
}

#[test]
fn session_4_vocabulary_clashes_embassies_borders() {
    check(
        "В марте на границе Армении и Азербайджана вспыхнули вооружённые столкновения.",
        &["ASSAULT {ARM+AZE}"],
    );
    // The bare verb mostly means facing a difficulty.
    check("Россия и Китай столкнулись с нехваткой контейнеров.", &[]);
    // An embassy opened in a state: relations with that state.
    check(
        "Индонезия открыла посольство в Сербии.",
        &["SUPPORT IDN>SRB"],
    );
    // Reopening a border eases a restriction (PLOVER RETREAT ease); the state across it is the target.
    check(
        "Польша вновь открыла границу с Белоруссией.",
        &["RETREAT POL>BLR"],
    );
    check(
        "Эстония закрыла два пункта пропуска на границе с Россией.",
        &["SANCTION EST>RUS"],
    );
}

#[test]
fn an_act_under_an_infinitive_of_a_request_or_threat_has_not_happened() {
    check(
        "Литва призвала Брюссель ввести пошлины на белорусские удобрения.",
        &["REQUEST LTU>EU", "SANCTION EU>BLR proposed"],
    );
    check(
        "Словакия пригрозила заблокировать продление санкций ЕС.",
        &["THREATEN SVK>EU", "SANCTION SVK>EU hypothetical"],
    );
}

#[test]
fn what_a_verb_of_praise_welcomes_is_its_object() {
    check(
        "Пекин приветствовал стремление Египта к сотрудничеству с ШОС.",
        &["SUPPORT CHN>EGY"],
    );
}

#[test]
fn a_meeting_in_the_o_phrase_of_an_agreement_is_still_to_come() {
    check(
        "Договорённость о встрече лидеров Армении и Азербайджана достигнута.",
        &["CONSULT {ARM+AZE} expected"],
    );
}

#[test]
fn a_threat_is_aimed_at_the_subject_of_its_condition() {
    check(
        "Анкара пригрозила ответными шагами, если Афины продолжат учения у островов.",
        &["THREATEN TUR>GRC", "MOBILIZE {GRC} hypothetical"],
    );
}

#[test]
fn a_response_answers_whoever_led_the_sentence_before() {
    check(
        "Эстония выслала российского дипломата. Москва пообещала ответить.",
        &["SANCTION EST>RUS", "THREATEN RUS>EST"],
    );
    check(
        "Чехия закрыла российское консульство. Россия пообещала принять ответные меры.",
        &["SANCTION CZE>RUS", "THREATEN RUS>CZE"],
    );
}

#[test]
fn an_impersonal_verb_of_speech_speaks_for_its_place() {
    check("В Пекине осудили действия Вашингтона.", &["ACCUSE CHN>USA"]);
    check(
        "В Кремле раскритиковали решение Берлина.",
        &["ACCUSE RUS>DEU"],
    );
    // A signing in a capital still has its signers after the verb.
    check(
        "В Астане подписали соглашение Казахстан и Узбекистан.",
        &["AGREE {KAZ+UZB}"],
    );
}

#[test]
fn talks_opening_a_sentence_with_one_partner_are_held_by_the_last_lead() {
    check(
        "Эрдоган прилетел в Баку. Переговоры с Алиевым заняли три часа.",
        &["CONSULT TUR>AZE", "CONSULT {AZE+TUR}"],
    );
}

#[test]
fn a_verb_of_expressing_takes_its_addressee_before_the_noun() {
    check(
        "Сеул выразил Пекину решительный протест.",
        &["PROTEST KOR>CHN"],
    );
    check(
        "Минск выразил Москве полную поддержку.",
        &["SUPPORT BLR>RUS"],
    );
}

#[test]
fn a_fronted_object_in_an_oblique_case_leaves_the_subject_after_the_verb() {
    check(
        "Сербию в минувшие выходные посетил председатель КНР.",
        &["CONSULT CHN>SRB"],
    );
    check("Венесуэлу поддержала Россия.", &["SUPPORT RUS>VEN"]);
    check(
        "Японию раскритиковал Пекин за рост военных расходов.",
        &["ACCUSE CHN>JPN"],
    );
    // A genitive after a title names the subject's state: the order stays subject first.
    check(
        "Замглавы Совбеза России резко раскритиковал Евросоюз.",
        &["ACCUSE RUS>EU"],
    );
    check("Глава МИД Индии посетил Китай.", &["CONSULT IND>CHN"]);
}

#[test]
fn session5_vocabulary_follows_the_written_type_conventions() {
    // Establishing or restoring relations is COOPERATE.
    check(
        "Россия и Саудовская Аравия установили дипломатические отношения.",
        &["COOPERATE {RUS+SAU}"],
    );
    // An order awarded to a foreign leader is SUPPORT.
    check(
        "Путин наградил президента Вьетнама орденом Дружбы.",
        &["SUPPORT RUS>VNM"],
    );
    // A missile launch is MOBILIZE.
    check(
        "КНДР запустила баллистическую ракету в сторону Японского моря.",
        &["MOBILIZE {PRK}"],
    );
    // Foreign troops leaving a country retreat; they do not sanction it.
    check("Французские военные покинули Нигер.", &["RETREAT FRA>NER"]);
    // "the five" names the bloc the text is about.
    check(
        "Страны БРИКС собрались в Рио. Пятерка согласовала общую декларацию.",
        &["CONSULT {BRICS}", "AGREE {BRICS}"],
    );
}

#[test]
fn an_instrumental_actor_before_a_passive_is_its_agent() {
    check(
        "В среду Россией и Китаем было подписано соглашение о поставках газа.",
        &["AGREE {CHN+RUS}"],
    );
    check(
        "Российскими пограничниками задержан эстонский траулер.",
        &["COERCE RUS>EST"],
    );
    // The state one is arrested in arrests; the state after the participle is the detainee's.
    check(
        "В Москве арестован гражданин США по обвинению в шпионаже.",
        &["COERCE RUS>USA"],
    );
}

#[test]
fn titles_inside_a_list_and_impersonal_decisions() {
    check(
        "Премьер-министр России и первый вице-президент Ирана подписали соглашение о транзите.",
        &["AGREE {IRN+RUS}"],
    );
    check(
        "На саммите ОДКБ было решено создать общую систему ПВО.",
        &["AGREE {CSTO}"],
    );
}

#[test]
fn families_typed_as_in_the_other_languages() {
    // Approving an arms sale is AID.
    check(
        "Госдепартамент США одобрил продажу Тайваню ракет и запасных частей.",
        &["AID USA>TWN"],
    );
    // Intercepting drones or missiles is ASSAULT.
    check(
        "Российская ПВО перехватила украинские беспилотники над Брянской областью.",
        &["ASSAULT RUS>UKR"],
    );
    // Resuming relations is COOPERATE; a mediator is a party of the talks.
    check(
        "Египет и Иран возобновили дипломатические отношения.",
        &["COOPERATE {EGY+IRN}"],
    );
    check(
        "Катар выступил посредником между Арменией и Азербайджаном.",
        &["CONSULT {ARM+AZE+QAT}"],
    );
}

#[test]
fn alerts_withdrawals_instructors_and_trade_growth() {
    check(
        "Россия привела ядерные силы в повышенную боевую готовность.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "Россия вывела пограничников из аэропорта Еревана.",
        &["RETREAT RUS>ARM"],
    );
    check(
        "Россия направила Мали дополнительных военных инструкторов.",
        &["AID RUS>MLI"],
    );
    check(
        "Индия и Россия нарастили товарооборот.",
        &["COOPERATE {IND+RUS}"],
    );
}

#[test]
fn an_inserted_report_between_commas_keeps_the_subject() {
    check(
        "Армения и Евросоюз, как сообщает агентство, подписали соглашение о визах.",
        &["AGREE {ARM+EU}"],
    );
    check(
        "Россия, как заявил Песков, подписала договор с Ираном.",
        &["AGREE {IRN+RUS}"],
    );
}

#[test]
fn a_symmetric_noun_names_its_parties_in_a_genitive_list_after_it() {
    check(
        "В Японском море начались совместные учения флотов России и Китая.",
        &["COOPERATE {CHN+RUS}"],
    );
    // Not past a preposition: the list is the subject of another verb.
    check(
        "На саммите в Самарканде Египет и Катар получили статус партнёров ШОС по диалогу.",
        &[],
    );
}

#[test]
fn calling_the_earlier_act_by_a_condemning_name_accuses_its_author() {
    // A bare «это» after the verb is the act of the sentence before.
    check(
        "Литва запретила транзит российских грузов в Калининград. Москва назвала это шантажом.",
        &["SANCTION LTU>RUS", "ACCUSE RUS>LTU"],
    );
    check(
        "Норвегия закрыла границу с Россией. Москва расценила это как недопустимое давление.",
        &["SANCTION NOR>RUS", "ACCUSE RUS>NOR"],
    );
    check(
        "Норвегия закрыла границу с Россией. Москва назвала это временной мерой.",
        &["SANCTION NOR>RUS"],
    );
}

#[test]
fn a_gerund_clause_codes_its_own_event_aimed_at_the_pronouns_referent() {
    // «обвинив его/их»: the pronoun is whom the main clause acted on, not the state in the charge.
    check(
        "Минфин США ввёл санкции против двух казахстанских компаний, обвинив их в поставках электроники России.",
        &["SANCTION USA>KAZ", "ACCUSE USA>KAZ"],
    );
    check(
        "Литва выслала белорусского дипломата, обвинив его в шпионаже.",
        &["SANCTION LTU>BLR", "ACCUSE LTU>BLR"],
    );
    // The gerund of a row written for the past tense, with the blamed state between its words.
    check(
        "Япония выслала российского дипломата, возложив на Москву ответственность за кибератаку.",
        &["SANCTION JPN>RUS", "ACCUSE JPN>RUS"],
    );
    // A finite verb after «и» with the pronoun the same way.
    check(
        "Турция выслала иранского дипломата и обвинила его в шпионаже.",
        &["SANCTION TUR>IRN", "ACCUSE TUR>IRN"],
    );
    // Near miss: «назвав его важным шагом» names the agreement, no state and no event.
    check(
        "Киргизия подписала соглашение с Китаем, назвав его важным шагом.",
        &["AGREE {CHN+KGZ}"],
    );
}

#[test]
fn calling_a_state_a_friend_partner_or_ally_is_support() {
    check(
        "Лукашенко назвал Китай надёжным другом Белоруссии.",
        &["SUPPORT BLR>CHN"],
    );
    check(
        "Токаев назвал Узбекистан стратегическим союзником.",
        &["SUPPORT KAZ>UZB"],
    );
    // An aggressor is the opposite, with the state between the words too.
    check("Эрдоган назвал Россию агрессором.", &["ACCUSE TUR>RUS"]);
}

#[test]
fn a_reaction_to_this_measure_is_aimed_at_its_author() {
    check(
        "Азербайджан закрыл офис российского агентства. Москва выразила недовольство данной мерой.",
        &["SANCTION AZE>RUS", "ACCUSE RUS>AZE"],
    );
    check(
        "Минск ввёл пошлины на польские товары. Варшава выразила протест в связи с этой мерой.",
        &["SANCTION BLR>POL", "PROTEST POL>BLR"],
    );
    // «в связи с решением X»: the author named after the act noun.
    check(
        "Эстония выразила сожаление в связи с решением Минска.",
        &["ACCUSE EST>BLR"],
    );
    // Near miss: the decision is only the subject of the next sentence.
    check(
        "Литва закрыла границу с Белоруссией. Это решение вступило в силу в полночь.",
        &["SANCTION LTU>BLR"],
    );
}

#[test]
fn approving_a_loan_is_aid_and_doctors_sent_into_a_state_are_aid() {
    check(
        "Всемирный банк одобрил для Узбекистана кредит на 500 млн долларов.",
        &["AID WORLD_BANK>UZB"],
    );
    // Near miss: approving a decision stays praise.
    check("Москва одобрила решение Минска.", &["SUPPORT RUS>BLR"]);
    check("Китай направил в Сербию военных врачей.", &["AID CHN>SRB"]);
}

#[test]
fn falling_under_sanctions_is_the_sanctioning_states_act() {
    check(
        "Газпромбанк попал под санкции Минфина США.",
        &["SANCTION USA>RUS"],
    );
}

#[test]
fn signing_a_decree_or_a_law_is_no_agreement() {
    check("Путин подписал указ о помиловании граждан Казахстана.", &[]);
    check(
        "Токаев подписал закон о ратификации договора с Узбекистаном.",
        &[],
    );
}

#[test]
fn an_apposition_between_commas_is_not_the_subject() {
    check(
        "Индонезия, крупнейшая экономика АСЕАН, подписала контракт с Францией.",
        &["AGREE {FRA+IDN}"],
    );
    check(
        "Польша, соседка Белоруссии, закрыла границу с этой страной.",
        &["SANCTION POL>BLR"],
    );
}

#[test]
fn calling_a_states_decision_a_mistake_accuses_it() {
    check(
        "Грузия приостановила авиасообщение с Россией. Кремль назвал решение Тбилиси ошибкой.",
        &["SANCTION GEO>RUS", "ACCUSE RUS>GEO"],
    );
}

#[test]
fn the_older_name_of_guam_is_the_bloc() {
    check(
        "Узбекистан вышел из ГУУАМ в мае 2005 года.",
        &["SANCTION UZB>GUAM"],
    );
}

#[test]
fn an_indefinite_plural_after_a_capital_is_said_by_that_state() {
    // «В Москве … назвали»: the capital's officials speak; «их» is the act of the sentence before.
    check(
        "Япония провела учения у Курил. В Москве их назвали провокацией.",
        &["MOBILIZE {JPN}", "ACCUSE RUS>JPN"],
    );
    check(
        "В Кремле приветствовали решение Анкары.",
        &["SUPPORT RUS>TUR"],
    );
    // Near miss: with a subject of its own, the capital is only the place.
    check(
        "В Москве подписали соглашение Иран и Армения.",
        &["AGREE {ARM+IRN}"],
    );
}

#[test]
fn a_clause_initial_form_that_may_be_a_genitive_is_the_object() {
    // «Американских», «Грузии» open their clause: no noun before them to hang from, so they are objects
    // (accusative, dative) and the nominative after the verb acts.
    check(
        "Американских дипломатов выслала Россия.",
        &["SANCTION RUS>USA"],
    );
    check(
        "Грузии пригрозила Россия ответными мерами.",
        &["THREATEN RUS>GEO"],
    );
    // Near miss: after a noun the same form is its possessor, and the subject is before the verb.
    check(
        "Глава МИД Грузии раскритиковал Россию.",
        &["ACCUSE GEO>RUS"],
    );
}

#[test]
fn an_object_before_the_subject_before_the_verb_is_the_object() {
    check(
        "Белоруссии Россия выделила кредит в миллиард долларов.",
        &["AID RUS>BLR"],
    );
    check(
        "Пакистану Китай предоставил заём на два миллиарда долларов.",
        &["AID CHN>PAK"],
    );
    check(
        "Эстонии Россия направила ноту протеста.",
        &["PROTEST RUS>EST"],
    );
    // Near miss: two subjects joined by «и» are no object.
    check(
        "Россия и Китай подписали соглашение о газе.",
        &["AGREE {CHN+RUS}"],
    );
}

#[test]
fn a_second_finite_verb_after_i_is_an_act_of_its_own() {
    // One event per trigger (eval/README): the same type and parties twice.
    check(
        "Россия выслала двух эстонских дипломатов и закрыла консульство Эстонии.",
        &["SANCTION RUS>EST", "SANCTION RUS>EST"],
    );
    check(
        "Литва закрыла границу с Белоруссией и прекратила закупки белорусской электроэнергии.",
        &["SANCTION LTU>BLR", "SANCTION LTU>BLR"],
    );
    // The topic words of the second verb refine it, not the first: the assets make the freeze a seizure.
    check(
        "Евросоюз ввёл санкции против Белоруссии и заморозил активы её банков.",
        &["SANCTION EU>BLR", "COERCE EU>BLR"],
    );
    // Near misses: two verbs on one object are one act; a statement told with two verbs is one.
    check(
        "США ввели и расширили санкции против Ирана.",
        &["SANCTION USA>IRN"],
    );
    check(
        "Китай осудил Японию и обвинил Токио в провокации.",
        &["ACCUSE CHN>JPN"],
    );
}

#[test]
fn a_fronted_noun_before_a_light_verb_takes_the_subject_after_it() {
    check("Санкции против Ирана ввели США.", &["SANCTION USA>IRN"]);
    check(
        "Переговоры с Азербайджаном провела Армения.",
        &["CONSULT {ARM+AZE}"],
    );
    // In the instrumental after a passive.
    check(
        "Санкции против Сирии были введены Евросоюзом в 2011 году.",
        &["SANCTION EU>SYR"],
    );
    // Near misses: a verb trigger after the noun is its own event; a dative after the verb is no agent.
    let evs = events("Санкции против Ирана осудил Китай.");
    assert!(evs.iter().all(|e| e.kind != "SANCTION"), "{evs:#?}");
    check("Санкции против Ирана обсуждались в Брюсселе.", &[]);
}

/// The events of `text` written as `support::show` writes them.
fn shown(text: &str) -> Vec<String> {
    let mut got: Vec<String> = events(text).iter().map(support::show).collect();
    got.sort();
    got
}

#[test]
fn a_verb_of_naming_with_a_condemning_word_in_its_clause_accuses() {
    // (Session 9: the verb needs a word of the topic `blame` anywhere in its clause, instead of a verb ×
    // word list with a four-word gap.)
    let got = shown("Эстония назвала учения Белоруссии прямой угрозой своей безопасности.");
    assert!(got.contains(&"ACCUSE EST>BLR".to_string()), "{got:?}");
    check(
        "Сеул расценивает запуск спутника КНДР как посягательство на свой суверенитет.",
        &["ACCUSE KOR>PRK"],
    );
    // An act named by a pronoun is the act of the sentence before.
    let got =
        shown("Китай провёл учения у берегов Тайваня. Япония назвала это опасной эскалацией.");
    assert!(got.contains(&"ACCUSE JPN>CHN".to_string()), "{got:?}");
    // Praise is no accusation.
    let got = shown("Токаев назвал визит министра Китая историческим.");
    assert!(!got.iter().any(|e| e.starts_with("ACCUSE")), "{got:?}");
}

#[test]
fn an_imperfective_verb_is_the_same_act_as_its_perfective() {
    // (Diplomats expelled are a sanction, as «выслал дипломатов»: session 41.)
    check(
        "Анкара выдворяет двух дипломатов Нидерландов.",
        &["SANCTION TUR>NLD"],
    );
    check(
        "Польша закрывает границу с Белоруссией.",
        &["SANCTION POL>BLR"],
    );
    check(
        "Сербия не признаёт независимость Хорватии.",
        &["SUPPORT SRB>HRV neg"],
    );
}

#[test]
fn recognising_a_state_or_its_status_is_support() {
    check(
        "Швеция признаёт палестинское государство.",
        &["SUPPORT SWE>PSE"],
    );
    check(
        "Совет Безопасности ООН признал нейтралитет Монголии.",
        &["SUPPORT UNSC>MNG"],
    );
}

#[test]
fn a_place_in_the_locative_between_verb_and_object_does_not_end_the_phrase() {
    check(
        "Власти Ирана задержали в Тегеране двух французских туристов.",
        &["COERCE IRN>FRA"],
    );
    check(
        "Турция арестовала в Анкаре шведского журналиста.",
        &["COERCE TUR>SWE"],
    );
}

#[test]
fn small_arms_and_armour_make_a_transfer_military_aid() {
    check(
        "Турция передала армии Сомали партию пулемётов и бронемашин.",
        &["AID TUR>SOM"],
    );
    check_mode("Египет передал Судану сто автоматов.", "military");
}

#[test]
fn a_route_through_a_state_is_no_subject_and_cutting_energy_is_a_sanction() {
    // (The gerund's subject is the company, not the state the oil flows through.)
    check(
        "Туркменистан перекрыл экспорт электроэнергии через Узбекистан, обвинив Ташкент в долгах.",
        &["ACCUSE TKM>UZB", "SANCTION TKM>UZB"],
    );
}

#[test]
fn weapons_made_together_are_cooperation_not_aid() {
    check(
        "Сербия и Китай наладили на заводе в Нише выпуск беспилотников.",
        &["COOPERATE {CHN+SRB}"],
    );
}

#[test]
fn blocking_the_adoption_of_a_decision_is_a_veto() {
    // (Session 10: the object names a procedure — approval, adoption, extension — so the blocking is a
    // refusal, not a blockade.)
    check(
        "Австрия заблокировала одобрение заявки Хорватии на вступление в Шенген.",
        &["REJECT AUT>HRV"],
    );
    check(
        "Словакия заблокировала во вторник утверждение кредита Молдавии.",
        &["REJECT SVK>MDA"],
    );
    check(
        "Греция блокирует принятие Северной Македонии в НАТО.",
        &["REJECT GRC>MKD"],
    );
}

#[test]
fn handing_back_detainees_or_ceding_territory_is_a_retreat() {
    check(
        "Китай передал Вьетнаму двух задержанных рыбаков.",
        &["RETREAT CHN>VNM"],
    );
    check(
        "Иран передал Франции задержанного французского туриста.",
        &["RETREAT IRN>FRA"],
    );
    check(
        "Кувейт передаёт Саудовской Аравии часть спорной территории.",
        &["RETREAT KWT>SAU"],
    );
}

#[test]
fn restoring_regular_flights_is_cooperation() {
    check(
        "Россия и Грузия восстановили прямое авиасообщение.",
        &["COOPERATE {GEO+RUS}"],
    );
    check(
        "Пекин и Пхеньян возобновили пассажирские рейсы после трёхлетнего перерыва.",
        &["COOPERATE {CHN+PRK}"],
    );
}

#[test]
fn ordering_an_envoy_to_leave_the_country_is_an_expulsion() {
    // (The infinitive's subject is the envoy; the one who orders expels.)
    check(
        "Власти Мали предписали послу Франции покинуть страну в течение 72 часов.",
        &["SANCTION MLI>FRA"],
    );
    check(
        "Эквадор приказал послу Мексики покинуть страну.",
        &["SANCTION ECU>MEX"],
    );
}

#[test]
fn an_envoy_between_the_verb_and_persona_non_grata_is_the_object() {
    check(
        "Литва объявила посла России персоной нон грата.",
        &["SANCTION LTU>RUS"],
    );
    check(
        "Правительство Нигера объявило во вторник посла Франции персоной нон грата.",
        &["SANCTION NER>FRA"],
    );
}

#[test]
fn a_partner_between_the_verb_and_talks_is_a_party() {
    check(
        "Москва ведёт с Исламабадом переговоры о продаже вертолётов.",
        &["CONSULT {PAK+RUS}"],
    );
    check(
        "Анкара провела в понедельник с Дамаском переговоры о границе.",
        &["CONSULT {SYR+TUR}"],
    );
}

#[test]
fn a_threat_said_of_the_one_threatened_is_the_speakers() {
    // (Session 10: «заплатит цену», «пожалеет», «не останется без ответа» have the threatened party as
    // their subject; the threatener is who says it.)
    check(
        "Пекин заявил, что Вильнюс заплатит высокую цену за свои действия.",
        &["THREATEN CHN>LTU"],
    );
    check(
        "Тегеран пожалеет о своём решении, заявил министр обороны Израиля.",
        &["THREATEN ISR>IRN"],
    );
    // A promise whose content is the threat is that threat; the act answered is the deed before.
    check(
        "Латвия закрыла российское консульство в Даугавпилсе. Москва пообещала, что это решение не останется без ответа.",
        &["SANCTION LVA>RUS", "THREATEN RUS>LVA"],
    );
}

#[test]
fn lifting_an_embargo_on_supplies_to_a_state_is_aimed_at_it() {
    check(
        "Россия сняла эмбарго на поставки оружия в Пакистан.",
        &["CONCEDE RUS>PAK"],
    );
    check(
        "Канада сняла запрет на поставки беспилотников в Турцию.",
        &["CONCEDE CAN>TUR"],
    );
}

#[test]
fn a_demand_coordinated_with_a_summons_is_made_to_the_same_state() {
    check(
        "Таллин вызвал временного поверенного в делах России и потребовал вернуть буи.",
        &["PROTEST EST>RUS", "REQUEST EST>RUS"],
    );
    check(
        "Варшава вызвала посла Белоруссии и потребовала объяснений.",
        &["PROTEST POL>BLR", "REQUEST POL>BLR"],
    );
}

#[test]
fn a_second_act_joined_by_i_with_no_object_acts_on_the_same_side() {
    check(
        "Литва выслала двух белорусских дипломатов и потребовала официальных извинений.",
        &["SANCTION LTU>BLR", "REQUEST LTU>BLR"],
    );
    check(
        "Рига вызвала посла Белоруссии и потребовала объяснений.",
        &["PROTEST LVA>BLR", "REQUEST LVA>BLR"],
    );
}

#[test]
fn a_visit_or_talks_in_an_occasion_phrase_are_the_subjects() {
    check(
        "Туркмения возобновила поставки газа в ходе визита в Москву.",
        &["CONSULT TKM>RUS"],
    );
    check(
        "Чили возобновила поставки меди в Японию после двух раундов переговоров с Токио.",
        &["COOPERATE CHL>JPN", "CONSULT CHL>JPN"],
    );
    // A visitor in the genitive after the place of the visit.
    check(
        "Казахстан и Франция подписали соглашение в ходе визита в Париж президента Казахстана.",
        &["AGREE {FRA+KAZ}", "CONSULT KAZ>FRA"],
    );
}

// Session 11: the short passive participle of a past-tense trigger (tools/ru_gerund_triggers.py),
// with its agent in the instrumental before or after it.

#[test]
fn a_short_passive_participle_is_the_verb_of_its_past() {
    check(
        "Активы российских банков заморожены Японией.",
        &["COERCE JPN>RUS"],
    );
    check(
        "Японией заморожены активы российских банков.",
        &["COERCE JPN>RUS"],
    );
    check(
        "Транзит казахстанской нефти через порт был заблокирован Россией.",
        &["COERCE RUS>KAZ"],
    );
    check(
        "Эстонский пограничник был похищен Россией.",
        &["COERCE RUS>EST"],
    );
}

// Session 11: a perfective verb's present is its future (tools/ru_gerund_triggers.py writes the
// third-person futures of the perfective past-tense rows, each with a `future` cue): the act is
// expected, not asserted. A future verb in a condition after the act is the condition's.

#[test]
fn a_perfective_future_is_an_expected_act() {
    check(
        "Норвегия ограничит въезд российских грузовиков.",
        &["SANCTION NOR>RUS expected"],
    );
    check(
        "Япония отзовет своего посла из Пекина.",
        &["SANCTION JPN>CHN expected"],
    );
}

#[test]
fn a_future_in_a_later_condition_leaves_the_act_before_it_asserted() {
    check(
        "Анкара пригрозила закрыть проливы, если Афины разместят войска на островах.",
        &["THREATEN TUR>GRC", "MOBILIZE {GRC} hypothetical"],
    );
}

/// Each event of `text` (document dated 2025-05-05) as `TYPE SRC>TGT date`, in any order.
#[track_caller]
fn check_dates(text: &str, expect: &[&str]) {
    support::check_dates("ru", text, expect);
}

#[test]
fn adverbial_nakanune_is_the_day_before_and_prepositional_no_day() {
    check_dates(
        "Накануне Иран атаковал Израиль беспилотниками.",
        &["ASSAULT IRN>ISR 2025-05-04"],
    );
    check_dates(
        "Накануне визита Путина Япония и Россия провели консультации.",
        &["CONSULT {JPN+RUS} 2025-05-05"],
    );
}

#[test]
fn seasons_of_last_year_and_years_ago_resolve_against_the_document_date() {
    check_dates(
        "Летом прошлого года Индия провела переговоры с Россией.",
        &["CONSULT {IND+RUS} 2024"],
    );
    check_dates(
        "Три года назад Финляндия подала заявку на вступление в НАТО.",
        &["REQUEST FIN>NATO 2022"],
    );
}

#[test]
fn a_date_inside_a_participial_or_relative_phrase_dates_no_act_of_the_clause() {
    check_dates(
        "Венгрия заблокировала выделение Украине военной помощи, одобренной в 2023 году.",
        &["REJECT HUN>UKR 2025-05-05"],
    );
    check_dates(
        "Пекин ввёл пошлины на австралийское вино, экспорт которого достиг рекорда в 2019 году.",
        &["SANCTION CHN>AUS 2025-05-05"],
    );
}

// Session 15: verb classes the lexicon lacked, found by checking it against an outside list of verbs by event
// category (the CAMEO verb synsets); each a verb class times an object class (tools/trigger_classes.py), with
// the same verb in another sense left alone.

#[test]
fn handing_back_the_dead_or_prisoners_is_a_release_aimed_at_the_dative() {
    check(
        "Россия передала Украине тела 909 погибших военнослужащих.",
        &["RETREAT RUS>UKR"],
    );
    check(
        "Украина вернула России 95 военнопленных.",
        &["RETREAT UKR>RUS"],
    );
    check(
        "Москва вернула Киеву останки украинских солдат.",
        &["RETREAT RUS>UKR"],
    );
}

#[test]
fn a_relative_pronoun_stands_for_the_actor_before_its_comma() {
    check(
        "Эрдоган провел переговоры с Путиным, который пообещал продолжить поставки газа в Турцию.",
        &["CONSULT RUS>TUR", "AGREE RUS>TUR"],
    );
    check(
        "Китай осудил Вашингтон, который ввел пошлины на китайские товары.",
        &["ACCUSE CHN>USA", "SANCTION USA>CHN"],
    );
}

#[test]
fn calling_up_or_massing_a_force_is_a_mobilisation() {
    check(
        "Сеул призвал резервистов на внеочередные сборы.",
        &["MOBILIZE {KOR}"],
    );
    check(
        // (Aimed at the state across the border, eval/README session 19.)
        "Китай сосредоточил войска у границы с Индией.",
        &["MOBILIZE CHN>IND"],
    );
    // «призвал*» with a state stays a call; «усилил*» with no force is nothing.
    check(
        "Россия призвала Украину к переговорам.",
        &["REQUEST RUS>UKR"],
    );
    check("Россия усилила контроль на границе с Финляндией.", &[]);
}

#[test]
fn striking_sites_unleashing_a_barrage_or_starting_a_war_is_an_assault() {
    check(
        "Российские ракеты поразили энергосистему Украины.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "Израиль обрушил на Ливан шквал ракет.",
        &["ASSAULT ISR>LBN"],
    );
    check(
        "Россия развязала войну против Грузии в 2008 году.",
        &["ASSAULT RUS>GEO"],
    );
    check(
        "Турция начала наступление на курдов в Ираке.",
        &["ASSAULT TUR>IRQ"],
    );
    // A trade war, and «поразил» as "amazed", are none.
    check("Китай развязал торговую войну против США.", &[]);
    check("США начали торговую войну с Китаем.", &[]);
    check("Масштаб санкций Евросоюза поразил Россию.", &[]);
}

#[test]
fn cutting_aid_or_embassy_staff_and_winding_down_cooperation_are_sanctions() {
    check("США сократили помощь Украине.", &["SANCTION USA>UKR"]);
    check(
        "Чехия сократила персонал российского посольства.",
        &["SANCTION CZE>RUS"],
    );
    check(
        "Турция свернула сотрудничество с Израилем.",
        &["SANCTION TUR>ISR"],
    );
    check("Казахстан сократил зависимость от российского газа.", &[]);
}

#[test]
fn admitting_asking_receiving_rejecting_and_an_ultimatum_code_their_types() {
    check(
        "Россия признала свою ответственность за гибель азербайджанского самолета.",
        &["CONCEDE RUS>AZE"],
    );
    check(
        "Киргизия обратилась к России за военной помощью.",
        &["REQUEST KGZ>RUS"],
    );
    check(
        "Путин принял вьетнамскую делегацию в Кремле.",
        &["CONSULT VNM>RUS"],
    );
    check(
        "Китай отмел предложение США о переговорах.",
        &["REJECT CHN>USA"],
    );
    check("Москва исключила переговоры с Киевом.", &["REJECT RUS>UKR"]);
    // Excluding a state from talks is no refusal of them.
    check("БРИКС исключил Россию из переговоров о валюте.", &[]);
    check("Израиль выдвинул Ливану ультиматум.", &["THREATEN ISR>LBN"]);
}

#[test]
fn sharing_intelligence_cooperates_and_taking_prisoner_coerces() {
    check(
        "Россия поделилась с Белоруссией разведданными.",
        &["COOPERATE {BLR+RUS}"],
    );
    check(
        "Российские военные взяли в плен украинских моряков.",
        &["COERCE RUS>UKR"],
    );
}

#[test]
fn killing_firing_missiles_clashing_and_hacking_are_assaults() {
    check(
        "Израильские военные убили трех ливанских солдат.",
        &["ASSAULT ISR>LBN"],
    );
    check(
        "Россия выпустила по Киеву 40 крылатых ракет.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "Китайские и индийские солдаты столкнулись в долине Галван.",
        &["ASSAULT {CHN+IND}"],
    );
    check(
        "Российские хакеры взломали серверы Госдепартамента США.",
        &["ASSAULT RUS>USA"],
    );
    // «столкнулась с» with no force named is "faced".
    check("Россия столкнулась с критикой со стороны США.", &[]);
}

#[test]
fn closing_ports_to_a_state_is_a_sanction() {
    check(
        "Малайзия закрыла свои порты для израильских судов.",
        &["SANCTION MYS>ISR"],
    );
}

#[test]
fn the_verb_after_a_relative_phrase_resumes_the_subject_before_it() {
    check(
        "Турция, которая является членом НАТО, осудила удар Израиля по Дамаску.",
        &["ACCUSE TUR>ISR"],
    );
    check(
        "Азербайджан, которому Турция поставила беспилотники, атаковал армянские позиции.",
        &["AID TUR>AZE", "ASSAULT AZE>ARM"],
    );
}

#[test]
fn a_clash_noun_takes_the_two_states_named_beside_it() {
    check(
        "Бои между Таджикистаном и Киргизией унесли жизни десятков человек.",
        &["ASSAULT {KGZ+TJK}"],
    );
    check(
        "Пограничные столкновения Таиланда и Камбоджи продолжались третьи сутки.",
        &["ASSAULT {KHM+THA}"],
    );
    check(
        "Азербайджано-армянские столкновения возобновились в ночь на вторник.",
        &["ASSAULT {ARM+AZE}"],
    );
    check(
        "Перестрелки на участке границы между Перу и Эквадором продолжались всю ночь.",
        &["ASSAULT {ECU+PER}"],
    );
    check(
        "Индийские и китайские военные вступили в столкновение на границе.",
        &["ASSAULT {CHN+IND}"],
    );
    // A clash that names one state or none is no clash between states.
    check(
        "В Тбилиси произошли столкновения полиции с демонстрантами.",
        &[],
    );
    check("Грузинский танкер избежал столкновения с паромом.", &[]);
}

#[test]
fn a_state_in_the_genitive_after_a_title_is_the_subject_after_the_verb() {
    check(
        "Варшаву посетил президент Южной Кореи.",
        &["CONSULT KOR>POL"],
    );
    check("Софию посетила делегация Японии.", &["CONSULT JPN>BGR"]);
    // An object in the genitive after the verb stays the object.
    check("Москва выслала дипломатов Латвии.", &["SANCTION RUS>LVA"]);
}

#[test]
fn an_envoy_summoned_to_a_ministry_is_summoned_by_its_state() {
    check(
        "Российского посла вызвали в МИД Литвы.",
        &["PROTEST LTU>RUS"],
    );
}

#[test]
fn a_participle_opening_the_sentence_takes_its_agent_from_its_gap() {
    check(
        "Введённые Евросоюзом против Ирана санкции затронули нефтяной сектор.",
        &["SANCTION EU>IRN"],
    );
    check(
        "Введённые Евросоюзом санкции затронули нефтяной сектор Ирана.",
        &["SANCTION EU>IRN"],
    );
    // The recipient glued to the agent keeps the order's reading.
    check(
        "Поставленные Германией Украине танки прибыли к линии фронта.",
        &["AID DEU>UKR"],
    );
}

#[test]
fn handing_over_the_guard_of_a_border_is_a_retreat() {
    check(
        "Киргизия передала Казахстану охрану пограничного перехода.",
        &["RETREAT KGZ>KAZ"],
    );
    check("Армения передала охранной фирме контракт.", &[]);
}

#[test]
fn a_reaction_to_the_decision_after_a_comma_answers_the_sentence_subject() {
    check(
        "Турция закрыла проливы для военных кораблей, а Греция осудила это решение.",
        &["ACCUSE GRC>TUR"],
    );
    check(
        "Литва закрыла воздушное пространство для частных самолётов, а Белоруссия назвала этот шаг провокацией.",
        &["ACCUSE BLR>LTU"],
    );
}

#[test]
fn ceasing_to_be_a_member_is_leaving_the_bloc() {
    check(
        "Катар перестал быть членом ОПЕК с 1 января.",
        &["SANCTION QAT>OPEC"],
    );
    check(
        "Британия перестанет быть членом Евросоюза в марте.",
        &["SANCTION GBR>EU expected"],
    );
}

#[test]
fn a_bare_plural_office_opening_its_sentence_is_the_parties_of_the_latest_event() {
    check(
        "Нарендра Моди и Шейх Хасина провели в субботу переговоры в Дели. Премьеры также подписали соглашение о пограничных реках.",
        &["CONSULT BGD>IND", "AGREE {BGD+IND}"],
    );
    check(
        "Касым-Жомарт Токаев прибыл в среду в Ташкент. Президенты подписали договор о демаркации границы.",
        &["CONSULT KAZ>UZB", "AGREE {KAZ+UZB}"],
    );
    // An office followed by the states it belongs to names its own parties.
    check(
        "Президенты Азербайджана и Турции подписали декларацию о союзнических отношениях.",
        &["AGREE {AZE+TUR}"],
    );
    check(
        "Ильхам Алиев прибыл в Анкару. Лидеры пяти государств подписали договор.",
        &["CONSULT AZE>TUR"],
    );
}

#[test]
fn a_visit_noun_names_its_visitor_past_a_hyphenated_title() {
    check(
        "Визит вице-президента Китая в Бразилию завершился в пятницу.",
        &["CONSULT CHN>BRA"],
    );
    check(
        "В ходе визита премьер-министра Вьетнама в Минск стороны подписали договор о торговле.",
        &["CONSULT VNM>BLR", "AGREE {BLR+VNM}"],
    );
}

#[test]
fn the_sides_are_every_party_of_the_meeting_before() {
    // A meeting of four: «стороны» counts no one, so it is all four, not the two named last.
    check(
        "В Минске прошла встреча глав МИД Армении, Азербайджана, Ирана и Турции. Стороны договорились продолжить консультации.",
        &["CONSULT {ARM+AZE+IRN+TUR}", "AGREE {ARM+AZE+IRN+TUR}"],
    );
    // A bloc is a party too; the places and wars named in between are not.
    check(
        "Министр обороны Казахстана принял участие в заседании совета Казахстан — ОДКБ в Ереване. Стороны договорились о совместных учениях.",
        &["CONSULT {CSTO+KAZ}", "AGREE {CSTO+KAZ}"],
    );
    // After a visit (a directional act) the two of the visit, as before.
    check(
        "Премьер-министр Индии прибыл в Ханой. Стороны подписали соглашение о торговле.",
        &["CONSULT IND>VNM", "AGREE {IND+VNM}"],
    );
}

#[test]
fn a_gerund_phrase_of_a_visit_opening_the_sentence_is_the_subjects_visit() {
    check(
        "Находясь с визитом в Ханое, президент Индонезии подписал соглашение о торговле с Вьетнамом.",
        &["CONSULT IDN>VNM", "AGREE {IDN+VNM}"],
    );
    // The phrase ends at its comma: the host named after it is no second place and no second visitor.
    check(
        "Завершая в четверг визит в Ташкент, Токаев и Мирзиёев подписали договор о союзничестве.",
        &["CONSULT KAZ>UZB", "AGREE {KAZ+UZB}"],
    );
    // A list of places in the phrase goes on past its first comma.
    check(
        "Совершая турне по Казахстану, Узбекистану и Киргизии, Си Цзиньпин подписал соглашение с Бишкеком.",
        &["AGREE {CHN+KGZ}"],
    );
}

#[test]
fn a_fronted_act_judged_in_a_capital_after_the_verb_is_that_capitals_word() {
    check(
        "Решение Китая закрыть консульство осудили в Оттаве и Лондоне.",
        &["ACCUSE CAN+GBR>CHN"],
    );
    check("Решение Москвы поддержали в Минске.", &["SUPPORT BLR>RUS"]);
    // No act noun opens the clause: the place after the verb stays a place.
    check("Российские и китайские дипломаты осудили в Женеве.", &[]);
}

#[test]
fn a_vow_of_a_response_with_its_adjective_between_is_a_threat() {
    check(
        "Китай в понедельник выслал двух канадских дипломатов. Оттава пообещала жёсткий ответ.",
        &["SANCTION CHN>CAN", "THREATEN CAN>CHN"],
    );
    check(
        "Канада задержала китайскую гражданку, и Пекин пообещал адекватный ответ.",
        &["COERCE CAN>CHN", "THREATEN CHN>CAN"],
    );
    // (Trap: a vow to bring to account is no response in kind: «ответственност*» is not «ответ».)
    check(
        "Пекин пообещал привлечь к ответственности виновных в нападении.",
        &[],
    );
}
