#!/usr/bin/env python3
"""Add the perfective gerund, the imperfective forms and the short passive participles of every Russian
past-tense trigger to data/events/triggers_ru.csv.

Russian news puts a second act of the same subject in a gerund clause: «выслала дипломата, обвинив его в
шпионаже», «объявила о высылке, возложив на Москву ответственность», «вручив ему медаль». A trigger row
written for the past tense (`обвинил*`, `вручил* … медал*`) does not match its gerund (`обвинив`,
`вручив`), so the second event was lost. This script reads the hand-written rows and, for each whose first
word is a past-tense stem (`…ил*`, `…ал*`, `…ял*`, `…нул*`, and `…вел*` → `…ведя`), writes the same row with the
first word replaced by the gerund (the reflexive gerund `…вшись` for the verbs listed in REFLEXIVE,
both for those in BOTH), unless a row's first word already covers that gerund. Type, mode, context, part of speech and
needs are copied; the source says which row a generated one comes from.

The same verb also comes in its imperfective partner, in the present tense or as a habitual past
(«Москва называет это шантажом», «Вильнюс расценивает стройку как угрозу», «Пекин не признаёт линию»,
«специалисты помогали»). The rows were written for the perfective past (`назвал*`), and the imperfective
is another stem (`называ*`), so it was matched only where someone had listed it by hand. IMPERFECTIVE
maps a perfective stem to the first words of its partner; for each hand-written row whose first word is
that stem's past (`…л*`), the same row is written with each of those first words, unless a row with the
same rest of the pattern and the same type already has a first word that covers it.

A transitive verb's short passive participle is a third cell the rows lacked («введены», «заморожены»,
«выдворен» beside `ввел*`, `заморозил*`, `выдворил*`): for each hand-written past-tense verb row the
script writes the four short forms (see `participles`).

A perfective verb's present is its future («ограничит», «введёт», «подпишет»): the act is expected, not
asserted (eval/README: "Future tense of a planned act is `expected`"). For each hand-written row whose
first word is the past of a perfective stem (a key of IMPERFECTIVE, which names its imperfective
partner, or of PERFECTIVE_ALONE), the script writes the same row with the third-person future forms (see `futures`) and, in
data/events/cues_ru.csv, a `future` cue row for each form, which the coder reads as the trigger's
modality. Forms that an imperfective partner's first word also covers (аннулирует, атакует, признает:
biaspectual or the same as the present) get neither. Not written:
infinitives (complements of another verb: «согласилась освободить», «отказ признать»), which did not
pay on dev (session 11).

Idempotent: the rows it wrote before (their source names this script) are dropped and written again where
they stood (tools/generated_rows.py); the hand-written lines are left byte for byte. Python 3 standard library only. Run from the repository root:

    python3 tools/ru_gerund_triggers.py
"""

import sys

import generated_rows

PATH = "data/events/triggers_ru.csv"
CUES = "data/events/cues_ru.csv"
GENERATED = "generated: tools/ru_gerund_triggers.py"

# Verbs used with -ся in the news sense of the row (договорились, согласился, обратился): their gerund is
# -вшись only (договорив is "having finished speaking"). Keyed by the stem before the past-tense л.
REFLEXIVE = {
    "договори", "согласи", "обрати", "присоедини", "извини", "заступи", "воспротиви", "созвони",
    "услови", "пожалова", "покля", "сража", "столкну", "подчини", "смири",
}
# Verbs used both ways (обязал/обязался, отказал/отказался, объединил усилия/объединились).
BOTH = {"обяза", "отказа", "объедини"}

# Stems whose -ил/-ал form is no verb of the row's sense, or whose gerund is not -в.
SKIP = {"обстре", "проси"}


# Perfective stem (the past tense without л) → the imperfective first words: a stem* where the stem is
# no noun (`подписыва*`), else the finite forms (`вводит`, `вводят`, `вводил*`, not `ввод*` "the entry";
# `разрывает`, not `разрыва*`, which is also the genitive of the noun разрыв; no `выпуска*`, `запуска*`).
IMPERFECTIVE = {
    "аннулирова": ["аннулиру*"],
    "обучи": ["обуча*"], "подготови": ["подготавлива*"],
    "свери": ["сверя*"],
    "арестова": ["арестовыва*"],
    "атакова": ["атаку*"],
    "вве": ["вводит", "вводят", "вводил*"],
    "верну": ["возвраща*"],
    "взорва": ["взрывает", "взрывают", "взрывал*"],
    "включи": ["включа*"],
    "возложи": ["возлага*"],
    "возобнови": ["возобновля*"],
    "возрази": ["возража*"],
    "вооружи": ["вооружа*"],
    "восстанови": ["восстанавлива*"],
    "вручи": ["вруча*"],
    "встрети": ["встречает*", "встречают*", "встречал*"],
    "выве": ["выводит", "выводят", "выводил*"],
    "выдвори": ["выдворя*"],
    "выда": ["выдает", "выдают", "выдава*"],
    "выдели": ["выделя*"],
    "вызва": ["вызыва*"],
    "вырази": ["выража*"],
    "высла": ["высыла*"],
    "выступи": ["выступа*"],
    "заблокирова": ["блокиру*"],
    "задержа": ["задержива*"],
    "заключи": ["заключа*"],
    "закры": ["закрыва*"],
    "закупи": ["закупа*"],
    "заморози": ["заморажива*"],
    "запрети": ["запреща*"],
    "застави": ["заставля*"],
    "захвати": ["захватыва*"],
    "заяви": ["заявля*"],
    "изъя": ["изыма*"],
    "исключи": ["исключа*"],
    "конфискова": ["конфиску*"],
    "критикова": ["критику*"],
    "лиши": ["лиша*"],
    "награди": ["награжда*"],
    "назва": ["называ*"],
    "налади": ["налажива*"],
    "нормализова": ["нормализу*"],
    "наложи": ["наклады*"],
    "напа": ["напада*"],
    "направи": ["направля*"],
    "нарасти": ["наращива*"],
    "обвини": ["обвиня*"],
    "обеща": ["обещает", "обещают", "обещая"],
    "обменя": ["обменива*"],
    "обруши": ["обрушива*"],
    "обстреля": ["обстрелива*"],
    "обсуди": ["обсужда*"],
    "объедини": ["объединя*"],
    "обяза": ["обязыва*"],
    "наруши": ["наруша*"],
    "ограничи": ["ограничива*"],
    "одобри": ["одобря*"],
    "оказа": ["оказыва*"],
    "освободи": ["освобожда*"],
    "ослаби": ["ослабля*"],
    "останови": ["останавлива*"],
    "осуди": ["осужда*"],
    "отве": ["отводит", "отводят", "отводил*"],
    "отвергну": ["отверга*"],
    "отказа": ["отказыва*"],
    "отклони": ["отклоня*"],
    "отключи": ["отключа*"],
    "откры": ["открыва*"],
    "отмени": ["отменя*"],
    "отозва": ["отзывает", "отзывают", "отзывал*"],
    "отправи": ["отправля*"],
    "отсрочи": ["отсрочива*"],
    "отступи": ["отступа*"],
    "переброси": ["перебрасыва*"],
    "переве": ["переводит", "переводят", "переводил*"],
    "переда": ["передает", "передают", "передава*"],
    "перекры": ["перекрыва*"],
    "перехвати": ["перехватыва*"],
    "поблагодари": ["благодарит", "благодарят", "благодарил*"],
    "повыси": ["повыша*"],
    "пода": ["подает", "подают", "подава*"],
    "поддержа": ["поддержива*"],
    "подключи": ["подключа*"],
    "подня": ["поднима*"],
    "подписа": ["подписыва*"],
    "подтяну": ["подтягива*"],
    "подтверди": ["подтвержда*"],
    "подчини": ["подчиня*"],
    "поздрави": ["поздравля*"],
    "покину": ["покида*"],
    "получи": ["получа*"],
    "понизи": ["понижа*"],
    "пообеща": ["обещает", "обещают", "обещая"],
    "посети": ["посеща*"],
    "потребова": ["требует", "требуют", "требовал*"],
    "предостави": ["предоставля*"],
    "предупреди": ["предупрежда*"],
    "принуди": ["принужда*"],
    "прекрати": ["прекраща*"],
    "прерва": ["прерывает", "прерывают", "прерывал*"],
    "приве": ["приводит", "приводят", "приводил*"],
    "прибы": ["прибыва*"],
    "позвони": ["звонит", "звонят", "звонил*"],
    "поговори": ["разговарива*"],
    "пригласи": ["приглаша*"],
    "пригрози": ["грозит", "грозят", "угрожа*"],
    "призва": ["призыва*"],
    "призна": ["признает", "признают", "признава*"],
    "приня": ["принима*"],
    "приостанови": ["приостанавлива*"],
    "присла": ["присыла*"],
    "присоедини": ["присоединя*"],
    "прове": ["проводит", "проводят", "проводил*"],
    "прода": ["продает", "продают", "продава*"],
    "продли": ["продлева*"],
    "раскритикова": ["критику*"],
    "размести": ["размеща*"],
    "разморози": ["разморажива*"],
    "разорва": ["разрывает", "разрывают", "разрывал*"],
    "расторг": ["расторга*"],
    "расцени": ["расценива*"],
    "расшири": ["расширя*"],
    "сби": ["сбива*"],
    "сверну": ["сворачива*", "свертыва*"],
    "сброси": ["сбрасыва*"],
    "смягчи": ["смягча*"],
    "снизи": ["снижа*"],
    "сня": ["снима*"],
    # (session 41: «соглашается выделить», now that «согласил*» is a row of its own)
    "согласи": ["соглашает*", "соглашают*", "соглашал*"],
    "соедини": ["соединя*"],
    "сократи": ["сокраща*"],
    "списа": ["списыва*"],
    "стяну": ["стягива*"],
    "увеличи": ["увеличива*"],
    "удари": ["ударя*"],
    "ужесточи": ["ужесточа*"],
    "уничтожи": ["уничтожа*"],
    "упрекну": ["упрека*"],
    "усили": ["усилива*"],
    "установи": ["устанавлива*"],
    "уступи": ["уступа*"],
    # (session 52: the perfective stems of hand-written and class rows that had no partner, found by listing the
    # past-tense first words of rows whose stem is in neither table; biaspectual verbs map to their own present.)
    "активизирова": ["активизиру*"],
    "адресова": ["адресу*"],
    "блокирова": ["блокиру*"],
    "взлома": ["взламыва*"],
    "возврати": ["возвраща*"],
    "выгна": ["выгоня*"],
    "выдвину": ["выдвига*"],
    "выстави": ["выставля*"],
    "демонтирова": ["демонтиру*"],
    "денонсирова": ["денонсиру*"],
    "досмотре": ["досматрива*"],
    "забра": ["забира*"],
    "командирова": ["командиру*"],
    "нача": ["начинает", "начинают", "начинал*"],
    "ответи": ["отвечает", "отвечают", "отвечал*"],
    "отме": ["отметает", "отметают"],
    "передислоцирова": ["передислоциру*"],
    "переложи": ["перекладыва*"],
    "переста": ["перестает", "перестают", "переставал*"],
    "посла": ["посыла*"],
    "предложи": ["предлага*"],
    "предприня": ["предпринима*"],
    "придвину": ["придвига*"],
    "провозгласи": ["провозглаша*"],
    "разобра": ["разбира*"],
    "развяза": ["развязыва*"],
    "репатриирова": ["репатрииру*"],
    "синхронизирова": ["синхронизиру*"],
    "смири": ["смиря*"],
    "соверши": ["соверша*"],
    "сосредоточи": ["сосредотачива*", "сосредоточива*"],
    "убра": ["убира*"],
    "упраздни": ["упраздня*"],
    "уреза": ["урезает", "урезают", "урезыва*"],
    "утверди": ["утвержда*"],
    "учреди": ["учрежда*"],
    "эвакуирова": ["эвакуиру*"],
    "экстрадирова": ["экстрадиру*"],
}


def imperfectives(first: str):
    """The imperfective first words of a perfective past-tense stem pattern, or nothing."""
    if not first.endswith("л*"):
        return []
    return IMPERFECTIVE.get(first[:-2], [])


# Perfective stems whose future is not -ит/-ят (-ить), -ует/-уют (-овать), -нет (-нуть) or -едет/-едут
# (-вести): the third-person singular and plural, written out. (No 3rd plural -нут: it is also the short
# participle, «отвергнут».)
FUTURE_IRREGULAR = {
    "верну": ["вернет", "вернут"], "взорва": ["взорвет", "взорвут"], "вызва": ["вызовет", "вызовут"],
    "высла": ["вышлет", "вышлют"], "задержа": ["задержит", "задержат"], "закры": ["закроет", "закроют"],
    "изъя": ["изымет", "изымут"], "назва": ["назовет", "назовут"], "напа": ["нападет", "нападут"],
    "обменя": ["обменяет", "обменяют"], "обстреля": ["обстреляет", "обстреляют"],
    "обяза": ["обяжет", "обяжут"], "оказа": ["окажет", "окажут"], "откры": ["откроет", "откроют"],
    "отозва": ["отзовет", "отзовут"], "переда": ["передаст", "передадут"],
    "перекры": ["перекроет", "перекроют"], "пода": ["подаст", "подадут"],
    "поддержа": ["поддержит", "поддержат"], "подня": ["поднимет", "поднимут"],
    "подписа": ["подпишет", "подпишут"], "пообеща": ["пообещает", "пообещают"],
    "прибы": ["прибудет", "прибудут"], "призва": ["призовет", "призовут"], "приня": ["примет", "примут"],
    "присла": ["пришлет", "пришлют"], "прода": ["продаст", "продадут"], "разорва": ["разорвет", "разорвут"],
    "расторг": ["расторгнет"], "сби": ["собьет", "собьют"], "сня": ["снимет", "снимут"],
    "списа": ["спишет", "спишут"], "выда": ["выдаст", "выдадут"], "подби": ["подобьет", "подобьют"],
    "приказа": ["прикажет", "прикажут"], "предписа": ["предпишет", "предпишут"],
    "связа": ["свяжет", "свяжут"], "взя": ["возьмет", "возьмут"], "да": ["даст", "дадут"],
    "вторг": ["вторгнется", "вторгнутся"], "отверг": ["отвергнет"], "вста": ["встанет", "встанут"],
    "приеха": ["приедет", "приедут"], "прилете": ["прилетит", "прилетят"], "побыва": ["побывает", "побывают"],
    # (session 52)
    "досмотре": ["досмотрит", "досмотрят"], "забра": ["заберет", "заберут"], "нача": ["начнет", "начнут"],
    "отме": ["отметет", "отметут"], "переста": ["перестанет", "перестанут"], "посла": ["пошлет", "пошлют"],
    "предприня": ["предпримет", "предпримут"], "разобра": ["разберет", "разберут"], "развяза": ["развяжет", "развяжут"],
    "убра": ["уберет", "уберут"], "уреза": ["урежет", "урежут"], "выгна": ["выгонит", "выгонят"],
}
# Perfective stems of hand-written past-tense rows that have no imperfective partner in IMPERFECTIVE
# (reviewed by hand: биаспектуальные ликвидировать, мобилизовать, интегрировать, квалифицировать and the
# imperfectives бомбить, голосовать, воевать, просить, приветствовать are not here).
PERFECTIVE_ALONE = {
    "объяви", "похвали", "заклейми", "похити", "порази", "потопи", "разбомби", "проигнорирова",
    "договори", "обрати", "достави", "запроси", "купи", "заветирова", "помилова",
    "выполни", "выпусти", "запусти", "построи", "перечисли", "вложи", "обложи", "отпусти", "прости",
    "удостои", "завери", "приказа", "предписа", "связа", "взя", "да", "вторг", "отверг", "разверну",
    "подби", "вста", "приеха", "прилете", "надави", "побыва", "переговори",
    "воспротиви", "заступи", "извини", "охарактеризова", "проголосова", "согласова", "созвони",
    "побеседова", "попроси", "позвони",
}
# Perfective stems left without a future: отказать (its future «откажет» is a refusal cue, negverb).
FUTURE_SKIP = {"отказа"}


def futures(first: str):
    """The third-person future forms of a perfective past-tense stem pattern (a key of IMPERFECTIVE or
    PERFECTIVE_ALONE):
    «ограничил*» → ограничит, ограничат; «заблокировал*» → заблокирует, заблокируют; «отвергнул*» →
    отвергнет; «ввел*» → введет, введут; reflexive verbs with -ся (присоединится). Nothing for other
    stems, and nothing the imperfective partner's first words cover (the same form in both aspects)."""
    if not first.endswith("л*"):
        return []
    x = first[:-2]
    if (x not in IMPERFECTIVE and x not in PERFECTIVE_ALONE) or x in FUTURE_SKIP:
        return []
    if x in FUTURE_IRREGULAR:
        forms = FUTURE_IRREGULAR[x]
    elif x.endswith("и"):
        y = x[:-1]
        forms = [x + "т", y + ("ат" if y[-1] in "жшчщ" else "ят")]
    elif x.endswith("ова"):
        forms = [x[:-3] + "ует", x[:-3] + "уют"]
    elif x.endswith("ну"):
        forms = [x[:-1] + "ет"]
    elif x.endswith("ве") and len(x) > 2:
        forms = [x[:-1] + "едет", x[:-1] + "едут"]
    else:
        return []
    if x in REFLEXIVE:
        forms = [f + "ся" for f in forms]
    return [f for f in forms if not covered(f, IMPERFECTIVE.get(x, []))]


def gerunds(first: str):
    """The gerund forms of a past-tense stem pattern, or nothing."""
    if not first.endswith("л*"):
        return []
    stem = first[:-2]
    if stem.endswith("ве") and len(stem) > 3:
        # провел* → проведя, ввел* → введя (ё is normalised to е).
        return [stem[:-1] + "едя"]
    # (The -ну- verbs too: упрекнул* → упрекнув, вернул* → вернув.)
    nu = stem.endswith("ну") and len(stem) > 3
    if not stem or (stem[-1] not in "иаяы" and not nu) or stem in SKIP:
        return []
    if stem in REFLEXIVE:
        return [stem + "вшись"]
    if stem in BOTH:
        return [stem + "в", stem + "вшись"]
    return [stem + "в"]


# Verbs that take no direct object in the row's sense (выступил, прибыл, напал на): no passive participle.
INTRANSITIVE = {
    "выступи", "отступи", "прибы", "приеха", "прилете", "напа", "попа", "вста", "поговори",
    "переговори", "побеседова", "посредничa", "посреднича", "воева", "бастова", "голосова",
    "проголосова", "участвова", "сража", "пожалова", "покля", "заступи", "воспротиви", "настоя",
    "возрази", "побыва", "веле", "согласова", "состыкова", "созвони", "договори", "согласи",
    "извини", "услови", "обрати", "пригрози", "надави", "попроси", "проси", "возрази", "ответи",
    "позвони", "вступи", "переста",
}
# Participles that are mostly adjectives of another sense ("направлен на" "aimed at", "обязан"
# "obliged", "вооружен" "armed", "связан" "linked", "ограничен" "limited", "признан" before a
# predicate noun): not written.
PARTICIPLE_SKIP = {"направи", "обяза", "вооружи", "связа", "ограничи", "призна", "назва", "оказа",
                   "получи", "взя", "приня", "подня", "да", "пода", "переда", "прода", "заяви",
                   "объяви", "выпусти", "запусти", "построи", "включи", "выполни", "перевел", "приве",
                   "обменя"}
# -ить stems whose т or д alternates as in the native word (встречен, высажен), not the Church
# Slavonic щ/жд of the rest (запрещен, освобожден).
NATIVE_MUTATION = {"встрети": "встреч", "отмети": "отмеч", "ответи": "отвеч", "заплати": "заплач",
                   "высади": "высаж", "посади": "посаж", "захвати": "захвач", "перехвати": "перехвач"}
# бить and its prefixed verbs (сбил, подбил): собьет, сбит — not the -ил class.
BIT = {"би", "сби", "подби", "уби", "разби", "отби", "пробби"}
MUTATION = [("ст", "щ"), ("т", "щ"), ("д", "жд"), ("з", "ж"), ("с", "ш"), ("б", "бл"), ("п", "пл"),
            ("в", "вл"), ("м", "мл"), ("ф", "фл")]
SHORT = ("", "а", "о", "ы")


def participles(first: str):
    """The short passive participles (masculine, feminine, neuter, plural) of a past-tense stem
    pattern: «запретил*» → запрещен, запрещена, запрещено, запрещены (the Church Slavonic щ/жд of
    news verbs; NATIVE_MUTATION for the rest), «атаковал*» → атакован…, «отвергнул*» → отвергнут…,
    «закрыл*» → закрыт…, «подписал*» → подписан…, «снял*» → снят…. Nothing for reflexive and
    intransitive verbs, бить, and the verbs whose participle is mostly an adjective (PARTICIPLE_SKIP)."""
    if not first.endswith("л*"):
        return []
    x = first[:-2]
    if x in REFLEXIVE or x in SKIP or x in BIT or x in INTRANSITIVE or x in PARTICIPLE_SKIP or len(x) < 3:
        return []
    if x.endswith("и"):
        y = x[:-1]
        m = NATIVE_MUTATION.get(x)
        if m is None:
            m = y
            for a, b in MUTATION:
                if y.endswith(a):
                    m = y[: -len(a)] + b
                    break
        base = m + "ен"
    elif x.endswith("ну") or (x.endswith("ы") and len(x) > 3):
        base = x + "т"
    elif x.endswith(("ня", "ъя", "зя")):
        # (-нять, -ъять, -зять: снят, изъят, взят.)
        base = x + "т"
    elif x.endswith(("а", "я")):
        base = x + "н"
    else:
        return []
    return [base + e for e in SHORT]


# Stems whose past active participle is mostly another verb's or a set phrase in the news: «сбившийся с
# курса» (strayed off course, сбиться), «получивший название» (known as), «получивший ранение» (wounded),
# «принявший участие» (took part), «принявший решение»: not written.
ACTIVE_SKIP = {"сби", "получи", "приня"}


def active_participles(first: str):
    """The past active participle of a past-tense stem pattern, as a stem that covers every gender, number
    and case («назвал*» → назвавш*: назвавший, назвавшая, назвавшего, назвавшие …; «ввел*» → введш*;
    «расторг*» → расторгш*; a reflexive verb's -вшийся is covered too). News hangs a second act of a
    clause's subject, or the act of an actor named in passing, on one: «Путин, назвавший взрыв терактом,
    …», «Адамкус, отклонивший приглашение, …», «страны, подписавшие договор». The rows were written for
    the finite past, so the participle was matched only where someone had listed it by hand
    (`подписавш*`, `прибывш* в`). Nothing for the stems in SKIP."""
    if not first.endswith("л*"):
        x = first[:-1] if first.endswith("*") else first
        # (A consonant-final past has no л: расторг, отверг, вторгся.)
        if first.endswith("г*") or first in ("расторг", "отверг"):
            return [x + "ш*"]
        return []
    x = first[:-2]
    if x in SKIP or x in ACTIVE_SKIP or len(x) < 3:
        return []
    if x.endswith("ве"):
        return [x[:-1] + "едш*"]
    if x[-1] in "иаяыуе":
        return [x + "вш*"]
    return []


def firsts_other(by_type, kind):
    """The first words of the rows of every type but `kind` (a form already written for another type
    keeps that meaning). `by_type` holds the first words of the rows whose first word stands alone or
    opens a gap (`принял* … решени*`): a row that reads its first word only with the next words fixed
    («примет ответные меры») keeps that meaning for those words alone, not for the form."""
    return {f for t, fs in by_type.items() if t != kind for f in fs}


def covered(word: str, firsts) -> bool:
    return any(f == word or (f.endswith("*") and word.startswith(f[:-1])) for f in firsts)


def main() -> int:
    text, fields, manual = generated_rows.read(PATH, GENERATED)
    firsts = {r["pattern"].split()[0] for r in manual}
    out, seen = [], {r["pattern"] for r in manual}

    def add_forms(forms_of, what, skip, verbs_only=True, seen_forms=None, twins=False):
        """A row for each form `forms_of` gives of a manual row's first word (the rest of the pattern
        kept; verb rows only unless `verbs_only` is false), unless `skip(form, row, rest)` says a row
        covers it; `seen_forms` collects every form, covered or not."""
        for r in manual:
            words = r["pattern"].split()
            if verbs_only and r["pos"] != "verb":
                continue
            rest = " ".join(words[1:])
            for v in forms_of(words[0]):
                if seen_forms is not None and v not in seen_forms:
                    seen_forms.append(v)
                if skip(v, r, rest):
                    continue
                pat = " ".join([v] + words[1:])
                # (`twins`: a row of the same pattern and another type or topic is written too, as the
                # hand-written rows are: `назвал*` is ACCUSE with a condemning word, SUPPORT with praise.)
                key = (pat, r["type"], r["needs"]) if twins else pat
                if key in seen or pat in seen:
                    continue
                seen.add(key)
                new = dict(r)
                new["pattern"] = pat
                new["source"] = f"{GENERATED} ({what} `{r['pattern']}`)"
                out.append(new)

    # Rows already written by hand for an imperfective (same rest of the pattern, same type) are kept.
    by_rest = {}
    for r in manual:
        words = r["pattern"].split()
        by_rest.setdefault((" ".join(words[1:]), r["type"]), set()).add(words[0])
    # A gerund is covered by a row that reads it with the same rest of the pattern, or with nothing after
    # it: «назва* … партнер*» (praise only with a partner after it) does not cover the bare gerund
    # «назвав» of the condemning row `назвал*`.
    bare = {w for (rest, _), ws in by_rest.items() if not rest for w in ws}

    def gerund_covered(v, r, rest):
        return covered(v, bare) or any(covered(v, ws) for (rr, _), ws in by_rest.items() if rr == rest)

    add_forms(gerunds, "the gerund of the row", gerund_covered, verbs_only=False)
    n_gerund = len(out)
    firsts_by_type = {}
    for r in manual:
        words = r["pattern"].split()
        if len(words) == 1 or words[1].startswith("…"):
            firsts_by_type.setdefault(r["type"], set()).add(words[0])
    add_forms(
        imperfectives,
        "the imperfective of the row",
        lambda v, r, rest: covered(v.rstrip("*"), by_rest.get((rest, r["type"]), ())),
        verbs_only=False,
    )
    # The short passive participles of the same verb («санкции введены», «соглашение подписано»,
    # «активы заморожены»: the coder reads the actor before one as the patient), unless a first word of
    # a row of the same type with the same rest, or of a row of another type, covers it.
    n_imperf = len(out) - n_gerund

    def other_rows_cover(v, r, rest):
        return covered(v, by_rest.get((rest, r["type"]), ())) or covered(v, firsts_other(firsts_by_type, r["type"]))

    add_forms(participles, "the short passive participle of the row", other_rows_cover)
    n_part = len(out) - n_gerund - n_imperf
    # The past active participles («назвавший», «отклонившая»), unless a row of the same type and rest, or
    # a row of another type, covers the form (`отклонив*` already reads «отклонивший»).
    # (Only a one-word row of another type keeps the form: «назва* … партнер*», praise with a partner
    # after it, does not take «назвавш*» from the condemning `назвал*`.)
    bare_by_type = {}
    for r in manual:
        words = r["pattern"].split()
        if len(words) == 1:
            bare_by_type.setdefault(r["type"], set()).add(words[0])

    def other_bare_cover(v, r, rest):
        return covered(v, by_rest.get((rest, r["type"]), ())) or covered(
            v, {f for t, fs in bare_by_type.items() if t != r["type"] for f in fs}
        )

    add_forms(active_participles, "the past active participle of the row", other_bare_cover, twins=True)
    n_active = len(out) - n_gerund - n_imperf - n_part
    # The futures of perfective verbs («ЕС ограничит импорт»), each with a `future` cue row.
    forms = []
    add_forms(futures, "the future of the perfective row", other_rows_cover, seen_forms=forms)
    # The hand-written lines are kept byte for byte; only the generated block is written anew.
    generated_rows.write(PATH, text, fields, GENERATED, out)
    n_future = len(out) - n_gerund - n_imperf - n_part - n_active
    cue_text, cue_fields, cue_manual = generated_rows.read(CUES, GENERATED)
    cue_words = [r["pattern"] for r in cue_manual if " " not in r["pattern"]]
    cues = [
        {"pattern": v, "class": "future", "source": f"{GENERATED} (a perfective verb in the future tense: the act is expected)"}
        for v in forms
        if not covered(v, cue_words)
    ]
    generated_rows.write(CUES, cue_text, cue_fields, GENERATED, cues)
    print(
        f"{len(manual)} hand-written rows, {n_gerund} gerund rows, {n_imperf} imperfective rows, "
        f"{n_part} participle rows, {n_active} active participle rows, {n_future} future rows; {len(cues)} future cue rows",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
