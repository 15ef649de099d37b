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
            pat = w + (" " + rest if rest else "")
            if norm(pat) in seen:
                continue
            seen.add(norm(pat))
            new = dict(model)
            new["pattern"] = pat
            new["source"] = f"{GENERATED} (a person of the family of `{model['pattern']}`)"
            out.append(new)
    # The hand-written lines are kept byte for byte; only the generated block is written anew.
    generated_rows.write(PATH, text, fields, GENERATED, out)
    print(f"{len(manual)} hand-written rows, {len(out)} generated verb forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
