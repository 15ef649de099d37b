#!/usr/bin/env python3
"""Fill in the missing persons of every Arabic verb trigger family in data/events/triggers_ar.csv.

The hand-written Arabic verb rows list a verb's forms one by one (وقع، وقعت، وقعا، وقعتا، وقعوا، يوقع …),
and about two families in five lack some of them: a dual (أغلقا، علقتا), a plural (أقروا), the imperfect
dual or plural (يفرجان، تطبعان، يمددون) or the first person plural (نلغي). Unseen text uses whichever
person its subject needs («وقّع البلدان» but «البلدان وقّعا»; «الدولتان تطبعان»), so a missing cell is a
missed event. A family is the set of verb rows with the same type, mode, context, needs and words after the
first; this script finds its perfect base (a first word `X` listed together with `Xت`) and its imperfect
stem (from a listed `يY`, `يYان` or `يYون`) and writes each missing cell as a row of its own:

- perfect: `Xت`, `Xتا`, `Xوا`, and the dual `Xا` when `X` has four letters or more (a three-letter `Xا`
  is also the verbal noun with tanwin: دعماً، رفضاً، قصفاً);
- imperfect: `نY`, `يYان`, `تYان`, and `يYون` unless `Y` ends in a weak letter (يدعو → يدعون, not يدعوون).

Left out on purpose: the third-person feminine imperfect `تY` (توقع "expectation", تدخل "intervention",
تقدم "progress" are common nouns), bases that end in a weak letter (التقى → التقت), first words that are
stems (`X*`), and any form that is already the first word of another row or a cue word (its meaning there
wins). Proclitics (و ف س ل) and object pronouns are the matcher's business, not rows'.

Idempotent: the rows it wrote before (their source names this script) are dropped and written again where
they stood (tools/generated_rows.py); the hand-written lines are kept byte for byte. Python 3 standard library only. Run from the
repository root:

    python3 tools/ar_verb_forms.py
"""

import csv
import re
import sys

import generated_rows

PATH = "data/events/triggers_ar.csv"
CUES = "data/events/cues_ar.csv"
GENERATED = "generated: tools/ar_verb_forms.py"

HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")


def norm(w: str) -> str:
    """The letters the event matcher compares (blocwatch_text::normalize, Arabic part)."""
    w = HARAKAT.sub("", w)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")):
        w = w.replace(a, b)
    return w


WEAK = ("ا", "و", "ي")

# Nouns that stand as a verb row's subject right after the verb (وصل وزير … إلى).
TITLES = {norm(w) for w in (
    "وزير", "وزيرة", "وفد", "رئيس", "رئيسة", "الرئيس", "المبعوث", "مبعوث", "المستشار", "المستشارة",
    "ولي", "أمير", "الأمير", "نائب", "ملك", "الملك", "العاهل", "قائد", "مستشار", "السلطان", "الوزير",
)}


def forms(perfects, stems):
    """The cells of a family's paradigm, from its perfect bases and imperfect stems."""
    out = []
    for b in sorted(perfects):
        if norm(b).endswith(WEAK):
            continue
        out += [b + "ت", b + "تا", b + "وا"]
        if len(norm(b)) >= 4:
            out.append(b + "ا")
    for y in sorted(stems):
        out += ["ن" + y, "ي" + y + "ان", "ت" + y + "ان"]
        if not norm(y).endswith(WEAK):
            out.append("ي" + y + "ون")
    return out


# The verbs of naming are written as stems with their object and the name after a gap (`وصف* …8 عدائ*`,
# `اعتبر* …8 انتهاك*`): the stem reads the perfect and its persons, but not the imperfect («تصف موسكو
# العقوبات بأنها غير قانونية», «قال إن أنقرة تعتبر الضربات … انتهاكاً»). The imperfect is written as exact
# words (the matcher adds the proclitics): a stem would also read «تصفية» "liquidation" (تصف + يه).
# Not written: «نصف» "half", and the active participle that news hangs on a clause as its second act
# («…، واصفاً القرار بأنه خطأ فادح»): the coder reads the state right after a verb row's first word as its
# subject, which is the participle's object («واصفة إيران بأنها أكبر تهديد»: Canada's act, read as Iran's;
# two of the three dev sentences it coded were turned round, session 40).
NAMING = {
    "وصف*": ["يصف", "تصف", "يصفون"],
    "اعتبر*": ["يعتبر", "تعتبر", "يعتبرون"],
    "نعت*": ["ينعت", "تنعت", "ينعتون"],
}


def masdar(base: str):
    """The verbal noun of a derived perfect base whose pattern gives it by rule: form IV أفعل → إفعال
    (أغلق → إغلاق: a four-letter base written with its hamza, which forms VII and VIII never carry), form
    VII انفعل → انفعال (انسحب → انسحاب), form VIII افتعل → افتعال (اعتقل → اعتقال, اصطدم → اصطدام) and
    form X استفعل → استفعال (استقبل → استقبال): a long ا before the last root letter. Nothing for a
    weak or doubled root (أعاد, اختار, أوقف → إيقاف, احتلّ → احتلال, انضمّ → انضمام, whose letters the rule
    would get wrong), nor for form II (علّق → تعليق), which its unvowelled base does not show."""
    n = norm(base)
    if n.endswith(WEAK) or n[-2] in WEAK:
        return None
    # (A first root letter و turns ي in the noun and reads as a plural otherwise: أوقف → إيقاف, not
    # «أوقاف» "endowments"; استورد → استيراد.)
    if (len(n) == 4 and n[1] in WEAK) or (len(n) == 6 and n[3] in WEAK):
        return None
    if len(n) == 4 and base.startswith("أ"):
        return base[:-1] + "ا" + base[-1]
    if len(n) == 5 and (n.startswith("ان") or n[2] in "تطد") and n[0] == "ا":
        return base[:-1] + "ا" + base[-1]
    if len(n) == 6 and n.startswith("است"):
        return base[:-1] + "ا" + base[-1]
    return None


def main() -> int:
    text, fields, manual = generated_rows.read(PATH, GENERATED)
    with open(CUES, encoding="utf-8", newline="") as f:
        cue_words = {norm(r["pattern"].split()[0]) for r in csv.DictReader(f) if r["pattern"].strip()}
    # The types each first word already names, and the cue words: a form that is another type's first
    # word or a cue keeps that meaning.
    types_of = {}
    for r in manual:
        types_of.setdefault(norm(r["pattern"].split()[0]), set()).add(r["type"])

    families = {}
    for r in manual:
        words = r["pattern"].split()
        if r["pos"] != "verb" or words[0].endswith("*"):
            continue
        key = (r["type"], r["mode"], r["context"], r["needs"], " ".join(words[1:]))
        families.setdefault(key, []).append(r)

    out, seen = [], set()

    def emit(model, pat, why, **changes):
        """A copy of the row `model` with the pattern `pat` (and the `changes`), unless one was written."""
        if norm(pat) in seen:
            return
        seen.add(norm(pat))
        out.append(dict(model, pattern=pat, source=f"{GENERATED} ({why} `{model['pattern']}`)", **changes))

    for key, fam in families.items():
        firsts = {r["pattern"].split()[0] for r in fam}
        nf = {norm(w) for w in firsts}
        perfects = {w for w in firsts if norm(w) + "ت" in nf and len(norm(w)) >= 3}
        # The imperfect stem is read off the singular يY only: a listed يYان or يYون could as well be a
        # singular whose stem ends in ان/ون.
        stems = {w[1:] for w in firsts if norm(w).startswith("ي") and len(norm(w)) >= 3
                 and not norm(w).endswith(("ان", "ون"))}
        # (An imperfect stem counts only in a family that also has a perfect: the rows are verbs.)
        if not perfects:
            stems = set()
        # A family whose second word is the subject (توجه وزير … إلى: the verb agrees with that noun) has
        # no dual or plural of its own.
        # (So has a visit row with any word but a gap or a preposition after the verb.)
        rest_first = norm(key[4].split()[0]) if key[4] else ""
        if rest_first in TITLES or (
            key[1] == "visit" and rest_first not in ("", "…", "...", "الي")
        ):
            continue
        model = min(fam, key=lambda r: len(r["pattern"]))
        rest = key[4]
        for w in forms(perfects, stems):
            n = norm(w)
            if n in nf or n in cue_words or types_of.get(n, {key[0]}) != {key[0]}:
                continue
            emit(model, w + (" " + rest if rest else ""), "a person of the family of")
    # The verbal nouns of the derived verbs (`noun` rows: an event only with both sides named), unless
    # a row or a cue already starts with the noun («انسحاب» and «اعتقال» were written by hand).
    for key, fam in families.items():
        if key[4]:
            # (A verb row with words after it: the noun governs its object in the genitive and may take
            # other prepositions; only the bare verb's noun is written.)
            continue
        for r in fam:
            w = r["pattern"].split()[0]
            m = masdar(w) if norm(w) + "ت" in {norm(x["pattern"].split()[0]) for x in fam} else None
            if m and norm(m) not in types_of and norm(m) not in cue_words:
                emit(r, m, "the verbal noun of", pos="noun")
    for r in manual:
        words = r["pattern"].split()
        for w in NAMING.get(words[0], []):
            if not types_of.get(norm(w), {r["type"]}) - {r["type"]}:
                emit(r, " ".join([w] + words[1:]), "the imperfect of")
    # The hand-written lines are kept byte for byte; only the generated block is written anew.
    generated_rows.write(PATH, text, fields, GENERATED, out)
    print(f"{len(manual)} hand-written rows, {len(out)} generated verb forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
