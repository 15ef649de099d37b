#!/usr/bin/env python3
"""Write the verbal nouns of the English verb triggers as `noun` rows of data/events/triggers_en.csv.

News names an act by its noun as often as by its verb: "the expulsion of two Russian diplomats by
Poland", "Japan's imposition of export controls on China", "the deployment of Turkish troops to Libya".
Where the verb is a trigger ("expelled", "imposed", "deployed") its noun was a trigger only if someone
had listed it. English verbal nouns are irregular (expel → expulsion, withdraw → withdrawal, seize →
seizure), so they are not derived by rule but read from a reviewed table, data/events/en_nominalisations.csv
(`lemma,noun,source`). For each lemma whose forms are first words of single-word verb rows of exactly one
type, the script writes a row `noun` of that type with `pos` noun (the coder makes a noun an event only
with both sides named, so a bare "the deployment" adds nothing), unless some row's first word is already
that noun (a row written by hand keeps its type). Idempotent like the other generators (rows whose source
names this script are written anew where they stood). Python 3 standard library only. Run from the repository root:

    python3 tools/en_nominalisations.py
"""

import csv
import sys

import en_verb_forms
import generated_rows

PATH = "data/events/triggers_en.csv"
TABLE = "data/events/en_nominalisations.csv"
GENERATED = "generated: tools/en_nominalisations.py"


def main() -> int:
    text, fields, rows = generated_rows.read(PATH, GENERATED)
    with open(TABLE, encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    firsts = {r["pattern"].split()[0].lower() for r in rows}
    # The types of the single-word verb rows, by the lemmas their word may be a form of.
    types = {}
    for r in rows:
        words = r["pattern"].lower().split()
        if r["pos"] != "verb" or len(words) != 1:
            continue
        for b in en_verb_forms.analyses(words[0]) | {words[0]}:
            types.setdefault(b, {}).setdefault(r["type"], r)
    out, seen = [], set()
    for t in table:
        found = types.get(t["lemma"], {})
        if len(found) != 1 or t["noun"] in firsts or t["noun"] in seen:
            continue
        ((kind, r),) = found.items()
        seen.add(t["noun"])
        new = dict(r)
        new["pattern"] = t["noun"]
        new["pos"] = "noun"
        new["needs"] = ""
        new["source"] = f"{GENERATED} (the verbal noun of `{t['lemma']}`, {TABLE})"
        out.append(new)
    generated_rows.write(PATH, text, fields, GENERATED, out)
    print(f"{len(table)} table rows, {len(out)} noun rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
