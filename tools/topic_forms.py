#!/usr/bin/env python3
"""Complete the noun lists of the event topics `arms` and `goods` in data/events/cues_{ar,en,ru}.csv.

A verb of transfer ("handed over", «передал*», سلم، زود) is an event only when the clause names what was
sent (its trigger row needs the topic `goods`), and refine.csv turns it into military aid when a weapon is
named (topic `arms`). Both lists were written word by word, so unseen text that names the same thing in
another form found no topic: "a corvette" beside "corvettes", «دبابة» and the dual «منظومتي» beside the
plurals دبابات، منظومات, and weapons listed under `arms` but not under `goods` ("артиллери*", "гаубиц*",
قذائف الهاون) made a transfer of weapons no event at all. This script writes, in its own block of each file:

- every `arms` word as a `goods` word too (a weapon handed over is something sent), and every
  `humanitarian` word but the refugees (REFUGEES: "sent refugees back" is no aid);
- English: the other number of each `arms` or `goods` count noun (of the last word of a phrase:
  "fighter jet" ↔ "fighter jets"), in both topics it is in; mass nouns and words that are also common
  verbs or vehicles of a visit (ship, jet, plane) are left out (SKIP);
- Arabic: for each singular ending in ة of the `arms` list, its dual (nominative, oblique, and the
  construct forms «منظومتا»، «منظومتي») and its sound plural, in both topics.

Russian stems («танк*», «ракет*») already cover number and case; Russian only takes the first step.

Idempotent: the rows it wrote before (their source names this script) are dropped and written again at the
end of each file; the hand-written lines are kept byte for byte. Python 3 standard library only. Run from the
repository root before `tools/ar_verb_forms.py` (which reads the cue words):

    python3 tools/topic_forms.py
"""

import sys

import generated_rows

GENERATED = "generated: tools/topic_forms.py"
PATHS = {lang: f"data/events/cues_{lang}.csv" for lang in ("ar", "en", "ru")}
TOPICS = ("topic:arms", "topic:goods")
REFUGEES = {"refugees", "беженц*", "لاجئين", "اللاجئين"}

# English words whose other number is not a weapon or a good, or is no count noun at all.
SKIP = {
    "arms", "ammunition", "artillery", "equipment", "hardware", "aid", "assistance", "food", "oil", "gas", "lng",
    "crude", "fuel", "coal", "electricity", "grain", "wheat", "money", "funds", "billion", "million", "investment",
    "technology", "uranium", "cargo", "peacekeeping", "medicine", "medicines", "goods", "supplies", "defence",
    "defense", "ship", "ships", "jet", "jets", "plane", "planes", "aircraft", "shelter", "hawk", "tor", "buk",
    "scalp", "mirage", "leopard", "gripen", "rafale", "caesar", "gepard", "marder", "stryker", "bradley",
    "abrams", "apache", "lancet", "geran", "kinzhal", "kalibr", "iskander", "brahmos", "bayraktar", "shahed",
    "himars", "patriot", "harpoon", "javelin", "stinger", "pantsir", "nasams", "atacms", "iris-t", "chips",
    "components", "fertiliser", "fertilizer", "fertilisers", "fertilizers", "vehicles", "radars", "reactor",
    "reactors", "vaccine", "vaccines", "weapon", "weapons", "tents", "blankets", "doctors", "rescuers",
    "advisers", "advisors", "instructors", "trainers", "peacekeepers", "munitions", "shells", "rockets",
    "grenades", "mortars", "torpedoes", "semiconductors", "apache", "apaches", "anti-tank", "fighter", "fighters",
}

WEAK_ES = ("s", "sh", "ch", "x", "z")


def other_number(word: str) -> str:
    """The plural of a singular English count noun, or the singular of a plural one ("" when unsure)."""
    if word in SKIP or not word.isalpha() and "-" not in word:
        return ""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(WEAK_ES):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(WEAK_ES):
        return word + "es"
    return word + "s"


def en_forms(pattern: str):
    head, _, last = pattern.rpartition(" ")
    o = other_number(last)
    if not o or o in SKIP:
        return []
    return [(head + " " + o).strip()]


AR_TAA = "ة"
# Arabic words in ة that are broken plurals or collectives, not singulars (أسلحة "weapons", مدفعية
# "artillery", ذخيرة "ammunition").
AR_SKIP = {"أسلحة", "مدفعية", "ذخيرة"}


def ar_forms(pattern: str):
    """The duals (nominative, oblique, construct) and sound plural of a one-word Arabic singular in ة."""
    if " " in pattern or not pattern.endswith(AR_TAA) or pattern.startswith("ال") or pattern in AR_SKIP:
        return []
    stem = pattern[:-1] + "ت"
    return [stem + "ان", stem + "ين", stem + "ا", stem + "ي", pattern[:-1] + "ات"]


def main() -> int:
    for lang, path in PATHS.items():
        text, fields, manual = generated_rows.read(path, GENERATED)
        have = {(r["pattern"], r["class"]) for r in manual}
        topic_words = {t: [r["pattern"] for r in manual if r["class"] == t] for t in TOPICS + ("topic:humanitarian",)}
        out = []

        def add(pattern: str, cls: str, why: str) -> None:
            if (pattern, cls) in have:
                return
            have.add((pattern, cls))
            row = {f: "" for f in fields}
            row.update(pattern=pattern, **{"class": cls}, source=f"{GENERATED} ({why})")
            out.append(row)

        for w in topic_words["topic:arms"]:
            add(w, "topic:goods", f"the weapon `{w}` of topic:arms is also something sent")
        for w in topic_words["topic:humanitarian"]:
            if w not in REFUGEES:
                add(w, "topic:goods", f"the relief `{w}` of topic:humanitarian is also something sent")
        for cls in TOPICS:
            for w in topic_words[cls]:
                if lang == "en":
                    forms = en_forms(w)
                    why = f"the other number of `{w}`"
                elif lang == "ar" and cls == "topic:arms":
                    forms = ar_forms(w)
                    why = f"the dual or sound plural of `{w}`"
                else:
                    forms = []
                for f in forms:
                    add(f, cls, why)
                    if cls == "topic:arms":
                        add(f, "topic:goods", why)
        generated_rows.write(path, text, fields, GENERATED, out)
        print(f"{lang}: {len(manual)} other rows, {len(out)} topic rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
