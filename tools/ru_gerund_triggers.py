#!/usr/bin/env python3
"""Add the perfective gerund of every Russian past-tense trigger to data/events/triggers_ru.csv.

Russian news puts a second act of the same subject in a gerund clause: «выслала дипломата, обвинив его в
шпионаже», «объявила о высылке, возложив на Москву ответственность», «вручив ему медаль». A trigger row
written for the past tense (`обвинил*`, `вручил* … медал*`) does not match its gerund (`обвинив`,
`вручив`), so the second event was lost. This script reads the hand-written rows and, for each whose first
word is a past-tense stem (`…ил*`, `…ал*`, `…ял*`, and `…вел*` → `…ведя`), writes the same row with the
first word replaced by the gerund (the reflexive gerund `…вшись` for the verbs listed in REFLEXIVE,
both for those in BOTH), unless a row's first word already covers that gerund. Type, mode, context, part of speech and
needs are copied; the source says which row a generated one comes from.

Idempotent: the rows it wrote before (their source names this script) are dropped and written again at
the end of the file; the hand-written lines are left byte for byte. Python 3 standard library only. Run from the repository root:

    python3 tools/ru_gerund_triggers.py
"""

import sys

import generated_rows

PATH = "data/events/triggers_ru.csv"
GENERATED = "generated: tools/ru_gerund_triggers.py"

# Verbs used with -ся in the news sense of the row (договорились, согласился, обратился): their gerund is
# -вшись only (договорив is "having finished speaking"). Keyed by the stem before the past-tense л.
REFLEXIVE = {
    "договори", "согласи", "обрати", "присоедини", "извини", "заступи", "воспротиви", "созвони",
    "услови", "пожалова", "покля", "сража",
}
# Verbs used both ways (обязал/обязался, отказал/отказался, объединил усилия/объединились).
BOTH = {"обяза", "отказа", "объедини"}

# Stems whose -ил/-ал form is no verb of the row's sense, or whose gerund is not -в.
SKIP = {"обстре", "проси"}


def gerunds(first: str):
    """The gerund forms of a past-tense stem pattern, or nothing."""
    if not first.endswith("л*"):
        return []
    stem = first[:-2]
    if stem.endswith("ве") and len(stem) > 3:
        # провел* → проведя, ввел* → введя (ё is normalised to е).
        return [stem[:-1] + "едя"]
    if not stem or stem[-1] not in "иаяы" or stem in SKIP:
        return []
    if stem in REFLEXIVE:
        return [stem + "вшись"]
    if stem in BOTH:
        return [stem + "в", stem + "вшись"]
    return [stem + "в"]


def covered(word: str, firsts) -> bool:
    return any(f == word or (f.endswith("*") and word.startswith(f[:-1])) for f in firsts)


def main() -> int:
    text, fields, manual = generated_rows.read(PATH, GENERATED)
    firsts = {r["pattern"].split()[0] for r in manual}
    out, seen = [], {r["pattern"] for r in manual}
    for r in manual:
        words = r["pattern"].split()
        for g in gerunds(words[0]):
            if covered(g, firsts):
                continue
            pat = " ".join([g] + words[1:])
            if pat in seen:
                continue
            seen.add(pat)
            new = dict(r)
            new["pattern"] = pat
            new["source"] = f"{GENERATED} (the gerund of the row `{r['pattern']}`)"
            out.append(new)
    # The hand-written lines are kept byte for byte; only the generated block is written anew.
    generated_rows.write(PATH, text, fields, GENERATED, out)
    print(f"{len(manual)} hand-written rows, {len(out)} gerund rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
