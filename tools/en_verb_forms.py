#!/usr/bin/env python3
"""Complete the paradigm of every English verb trigger in data/events/triggers_en.csv.

The hand-written English verb rows list a verb's forms one by one (signed, sign, signs, signing), and
the lists were grown one failing sentence at a time, so many lack a cell: "rejected demands" but not
"rejects demands" or "rejecting demands", "clinched" but not "clinching", "took to the streets" but not
"taking to the streets". Unseen text uses whichever form its tense and construction need (a present
in a headline, a participle after a comma, a passive, an infinitive after "agreed to"), and the exact
matcher finds only the forms that are written.

A verb lemma is known when at least two cells of its paradigm are the first word of a verb row anywhere
in the file (or when it is in IRREGULAR, which lists the principal parts the rules cannot derive); of
the bases an inflected word may come from (accused: accus, accuse), the one written somewhere in the
file wins, then the one with more cells written, then the one spelt as English spells bases (a silent
e after c, v, s, z, a consonant + l …: `plausible`). A family is the set of verb rows with the same
type, mode, context, needs and words after the first; for each first word of the family this script
writes each missing cell of its lemma — third person -s, past, past participle, and the base and -ing
when the pattern has more words — as a row of its own:

- -s: -es after s sh ch x z o, -ies after a consonant + y, else -s;
- -ed and -ing: e-final bases drop the e (seized, seizing; -ee/-ye/-oe keep it), a consonant + y gives
  -ied, and the final consonant is doubled when a doubled form of the lemma is written anywhere in the
  file (banned, travelled) or the base is one short syllable (ban, cut, stop);
- irregular pasts and participles come from IRREGULAR only.

Left out on purpose: a form that is already the first word of a row of another type or of a noun or
object row (its meaning there wins: "meeting", "attack", "visit" as a noun), the forms in BLOCKED
(words that are mostly nouns or adjectives in the news: "building", "training", "left"), and cells of a
lemma that is only an auxiliary or modal (will, would, has). The rows of a measure undone told in the passive
("tariffs were lifted", "ban had been eased": a noun, then was/were/has/had …) name no verb and are read by
no step of this script. A bare -ing or base (a one-word pattern) is
not written: the -ing is as often a noun or a modifier as a verb, and on dev the bare ones
("pledging", "stopping", "promising") coded only false events, while those with their phrase
("breaking off diplomatic relations", "declaring … persona non grata", "rolling back … sanctions")
coded right ones; the bare base is mostly an act under another verb ("declined to renew").
Type, mode, context, part of speech and needs are copied; the source names the row the generated one
comes from.

Idempotent: the rows it wrote before (their source names this script) are dropped and written again where
they stood (tools/generated_rows.py); the hand-written lines are kept byte for byte. Python 3 standard library only. Run
from the repository root:

    python3 tools/en_verb_forms.py
"""

import re
import sys

import generated_rows

PATH = "data/events/triggers_en.csv"
GENERATED = "generated: tools/en_verb_forms.py"

# base: (past, past participle). Only verbs whose past or participle is not base+ed.
IRREGULAR = {
    "beat": ("beat", "beaten"), "begin": ("began", "begun"), "bring": ("brought", "brought"),
    "break": ("broke", "broken"), "build": ("built", "built"), "buy": ("bought", "bought"),
    "cut": ("cut", "cut"), "deal": ("dealt", "dealt"), "draw": ("drew", "drawn"),
    "fight": ("fought", "fought"), "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"),
    "freeze": ("froze", "frozen"), "get": ("got", "got"), "give": ("gave", "given"),
    "hit": ("hit", "hit"), "hold": ("held", "held"), "keep": ("kept", "kept"),
    "lay": ("laid", "laid"), "lead": ("led", "led"), "lend": ("lent", "lent"),
    "make": ("made", "made"), "meet": ("met", "met"), "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid", "paid"), "put": ("put", "put"), "rise": ("rose", "risen"),
    "seek": ("sought", "sought"), "sell": ("sold", "sold"), "send": ("sent", "sent"),
    "set": ("set", "set"), "shake": ("shook", "shaken"), "shoot": ("shot", "shot"),
    "shut": ("shut", "shut"), "speak": ("spoke", "spoken"), "spend": ("spent", "spent"),
    "stand": ("stood", "stood"), "strike": ("struck", "struck"), "swear": ("swore", "sworn"),
    "take": ("took", "taken"), "tell": ("told", "told"), "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"), "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld", "withheld"), "write": ("wrote", "written"), "blow": ("blew", "blown"),
    "shoot down": ("shot down", "shot down"), "lose": ("lost", "lost"), "win": ("won", "won"),
    "sit": ("sat", "sat"), "go": ("went", "gone"), "come": ("came", "come"), "ride": ("rode", "ridden"),
    "bid": ("bid", "bid"), "quit": ("quit", "quit"), "forgive": ("forgave", "forgiven"), "arise": ("arose", "arisen"),
    "feel": ("felt", "felt"), "find": ("found", "found"), "leave": ("left", "left"),
    "mislead": ("misled", "misled"), "show": ("showed", "shown"), "sink": ("sank", "sunk"),
    "steal": ("stole", "stolen"), "upset": ("upset", "upset"), "wage": ("waged", "waged"),
    "let": ("let", "let"), "wind": ("wound", "wound"), "retake": ("retook", "retaken"),
    "overrun": ("overran", "overrun"),
}

# Cells that are mostly a noun or an adjective in news text; never written as a verb row here.
BLOCKED = {
    "building", "training", "funding", "meeting", "left", "found", "set", "hit", "put", "cut",
    "lead", "deal", "dealing", "bid", "win", "lost", "go", "come", "feel", "find", "show", "showing",
    "get", "got", "lay", "rose", "rise", "sit", "sat", "keep", "make", "made", "take", "give",
    "hold", "holding", "holdings", "ruling", "landing", "shooting", "beating", "spending", "spend",
    "sending", "bring", "draw", "drawing", "break", "strike", "strikes", "fly", "flying", "seeking",
    "tell", "pay", "paying", "lend", "lending", "sell", "selling", "buy", "buying", "stand", "standing",
    "leave", "leaving", "throw", "blow", "meet", "begin", "fight", "fighting", "speak", "speaking",
    "write", "writing", "ride", "upset", "forgive", "steal", "sink", "arise", "shake", "swear",
    "freeze", "send", "shoot", "shut", "beat", "overthrow", "withhold", "undertake", "mislead",
    "wage", "waging", "initial", "initials", "promising", "barring", "pending", "following", "including",
    "regarding", "concerning", "according", "considering", "excluding", "given", "granted", "label", "labels", "kill", "trades", "phone", "phones", "given", "free", "mass", "masses", "press", "ship",
    "ships", "shipping", "talk", "shell", "jail", "jails", "stop", "bar", "gift", "award", "board",
    "boarding", "partner", "partners", "champion", "petition", "fault", "brand", "ram", "release",
    "pressure", "pressures", "purchase", "curb", "levy", "lobby", "hammer", "killing", "sinks", "sinking",
    "sunk", "sink", "flown", "protest", "attack", "support", "visit", "aid", "sanction", "threat",
    # (The base follows a negation: "would not accept Moscow's demands" is a refusal, the `would not accept`
    # row, which a longer "accept … demands" would swallow.)
    "accept",
    # (The -s of a verb written in its -ed form only that is mostly a plural noun in the news: "bond
    # yields", "EU funds", "pounds sterling", "winter storms", "air raids", "ups and downs", "budget
    # earmarks", "airlifts", "ambushes".)
    "yields", "funds", "pounds", "storms", "raids", "downs", "earmarks", "airlifts", "ambushes",
    # (The content of a charge: "accused Russia of jamming GPS signals and closed its consulate" lost the
    # closing to it.)
    "jamming",
}

# Verbs of more than one syllable stressed on the last: their final consonant doubles (beginning).
DOUBLING = {"begin", "commit", "admit", "submit", "refer", "confer", "transfer", "expel", "compel",
            "control", "patrol", "occur", "regret", "permit", "equip", "omit", "propel", "repel"}

CELLS = ("base", "s", "past", "pp", "ing")

AUXILIARY = {"will", "would", "has", "have", "had", "is", "are", "was", "were", "be", "been", "do",
             "does", "did", "can", "could", "may", "might", "must", "shall", "should", "not", "to"}

VOWELS = "aeiou"

# Stem endings (an -ed form without its -ed) after which English writes no silent e: the stem is the base.
SURE_BASE = re.compile(r"(lk|rk|nk|ck|sk|st|rt|nt|lt|pt|ct|ft|xt|rm|lm|rn|wn|sh|th|nd|ld|rd|mp|sp|ss|ff|[aeo][aiou][dklmnprt]|[aeiou]y)$")


def short_syllable(b: str) -> bool:
    """One short closed syllable (ban, cut, stop): its final consonant doubles before -ed and -ing."""
    return (
        re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", b) is not None
    )


def needs_e(x: str) -> bool:
    """Whether a stem cut from -ed/-ing ends where English writes a silent e (announc-e, seiz-e, issu-e,
    scrambl-e, negotiat-e, acquir-e, describ-e), rather than ending the base (sign, visit, pardon)."""
    return bool(
        re.search(r"([cvuz]|[^s]s|[bcdfgkptz]l|[^aeiou]g|[^e][^aeiou]?[iu]at|[^aeiou]at|[^aeiou][iu][bdkmrtz]|[^aeiou][ao][kmv]|[^aeiou]or|ir|ur|ot|id|ib)$", x)
    )


def plausible(b: str) -> bool:
    """The base is spelt as English spells bases: with a silent e where its stem needs one, else without."""
    # A doubled final consonant belongs to the inflected forms (labelled, transferred), not the base,
    # except ss, ff, zz and a one-syllable ll (press, kill, roll).
    if re.search(r"([bdgmnprt])\1$", b) or (
        b.endswith("ll") and len(re.findall(r"[aeiou]+", b)) > 1 and not b.endswith("roll")
    ):
        return False
    if b.endswith("e") and not b.endswith(("ee", "ie", "ye", "oe")):
        return needs_e(b[:-1]) or short_syllable(b[:-1])
    return not needs_e(b)


def cells(b: str, double: bool):
    """The paradigm of base `b`: {cell name: form}."""
    if b in IRREGULAR:
        past, pp = IRREGULAR[b]
    else:
        past = pp = None
    if re.search(r"(s|sh|ch|x|z|o)$", b):
        s = b + "es"
    elif re.search(r"[^aeiou]y$", b):
        s = b[:-1] + "ies"
    else:
        s = b + "s"
    if b.endswith("ie"):
        stem_ing, stem_ed = b[:-2] + "y", b[:-1]
    elif b.endswith("e"):
        # (seize: seized, seizing; agree: agreed, agreeing)
        stem_ed = b[:-1]
        stem_ing = b if b.endswith(("ee", "ye", "oe")) else b[:-1]
    elif double:
        stem_ing = stem_ed = b + b[-1]
    else:
        stem_ing = stem_ed = b
    if re.search(r"[^aeiou]y$", b):
        ed = b[:-1] + "ied"
    else:
        ed = stem_ed + "ed"
    out = {"base": b, "s": s, "ing": stem_ing + "ing", "past": past or ed, "pp": pp or ed}
    return out


def analyses(w: str):
    """Candidate bases of an inflected word (checked against the known lemmas)."""
    c = {w}
    if w.endswith("ies"):
        c.add(w[:-3] + "y")
    if w.endswith("es"):
        c.add(w[:-2])
    if w.endswith("s"):
        c.add(w[:-1])
    for suf in ("ed", "ing"):
        if w.endswith(suf):
            st = w[: -len(suf)]
            c |= {st, st + "e"}
            if len(st) > 2 and st[-1] == st[-2]:
                c.add(st[:-1])
            if suf == "ed" and st.endswith("i"):
                c.add(st[:-1] + "y")
            if suf == "ing" and st.endswith("y"):
                c.add(st[:-1] + "ie")
    for b, (past, pp) in IRREGULAR.items():
        if w in (past, pp):
            c.add(b)
    return {x for x in c if len(x) >= 2 and x not in AUXILIARY}


# The auxiliaries after which a verb row's first word is the passive's subject noun, not a verb.
PASSIVE_AUX = {"was", "were", "is", "are", "has", "have", "had", "been"}


# Plural nouns that open a verb row as its subject ("forces left"): the row names no verb lemma, and its
# first word is no verb form ("force" is one since "forced … to land": "forcing left" is no phrase).
NOUN_SUBJECT = {"forces", "troops"}


def noun_first_passive(r) -> bool:
    words = r["pattern"].lower().split()
    return r["pos"] == "verb" and len(words) > 1 and (words[1] in PASSIVE_AUX or words[0] in NOUN_SUBJECT)


def main() -> int:
    text, fields, manual = generated_rows.read(PATH, GENERATED)
    # A measure undone told in the passive ("tariffs were lifted", "ban had been eased") is a verb row whose
    # first word is its noun: it names no verb lemma, and its first word says nothing of another use.
    manual_all = manual
    manual = [r for r in manual if not noun_first_passive(r)]
    verbs = [r for r in manual if r["pos"] == "verb"]
    firsts_verb = {r["pattern"].split()[0].lower() for r in verbs}
    # Doubling is read off the file where it is written (banned, travelled), else the one-syllable rule.
    def doubled(b: str) -> bool:
        return b in DOUBLING or any(b + b[-1] + suf in firsts_verb for suf in ("ed", "ing")) or (
            short_syllable(b) and not any(b + suf in firsts_verb for suf in ("ed", "ing"))
        )

    # Known lemmas: two cells written (or an irregular verb with one).
    cand = {}
    for w in firsts_verb:
        for b in analyses(w):
            cand.setdefault(b, set())
    # Every word written in any pattern: a base written there ("attack" as a noun, "to sign") settles
    # which of the stems cut from "accused" (accus, accuse) is the lemma.
    written = {w.lower() for r in manual for w in r["pattern"].split()}
    lemmas, score = {}, {}
    for b in cand:
        # Both spellings of a doubling verb may be written (initialled, initialed): each is a lemma.
        for dbl in sorted({doubled(b), False}):
            forms = cells(b, dbl)
            have = {f for f in forms.values() if f in firsts_verb}
            if len(have) >= 2 or (b in IRREGULAR and have):
                lemmas[(b, dbl)] = forms
                # (An undoubled -ed on one short syllable means the base had an e: staged is stage, not stag.)
                ok = plausible(b) and (dbl or not short_syllable(b))
                score[(b, dbl)] = (b in written, b in IRREGULAR, len(have), ok, -len(b))
    # A regular verb written in one cell only, its -ed form ("walked out of", "stormed", "halted"), is a
    # lemma too (after the verbs written in two cells, which settle their base by themselves): the rows
    # were written for the past tense, and unseen text tells the same act in the -ing ("walking out of
    # the assembly's work") or the -s. One cell cannot say whether the base had a silent e
    # (raided: raid; traded: trade) or a doubled consonant (stonewalled, cancelled), and `plausible`
    # guesses wrong on such words, so only the cells that do not depend on it are written: the -ing,
    # read off the -ed form itself (halted: halting, agreed: agreeing, carried: carrying), and the -s
    # only where the stem ends as no silent-e base ends (SURE_BASE: walk, halt, warn, raid).
    for w in sorted(firsts_verb):
        if not w.endswith("ed") or len(w) < 5 or w in BLOCKED or any(w in pp for pp in IRREGULAR.values()):
            continue
        if w.endswith("eed"):
            ing, base = w[:-1] + "ing", w[:-1]
        elif w.endswith("ied"):
            ing, base = w[:-3] + "ying", w[:-3] + "y"
        else:
            ing, base = w[:-2] + "ing", (w[:-2] if SURE_BASE.search(w[:-2]) else None)
        k = (w[:-2], False)
        if any(k[0] == b for (b, _) in lemmas) or any(w in f.values() for f in lemmas.values()):
            continue
        # (No base: under another verb it is that verb's act, "agreed to expand trade", and an act of its
        # own was coded beside the agreement.)
        forms = {"base": None, "s": cells(base, False)["s"] if base else None, "ing": ing,
                 "past": w, "pp": w}
        lemmas[k] = forms
        score[k] = (False, False, 1, False, -len(k[0]))
    # A form that is the first word of a row of another type, or of a noun or object row, keeps that use.
    # (Not the rows of tools/trigger_classes.py: there a verb is an event only with its object class.)
    other = {}
    for r in manual:
        if r["source"].startswith("generated: tools/trigger_classes.py"):
            continue
        f = r["pattern"].split()[0].lower()
        other.setdefault(f, set()).add((r["type"], r["pos"]))
    patterns = {r["pattern"].lower() for r in manual_all}

    families = {}
    for r in verbs:
        words = r["pattern"].split()
        key = (r["type"], r["mode"], r["context"], r["needs"], " ".join(words[1:]).lower())
        families.setdefault(key, []).append(r)

    out, seen = [], set()
    for key, fam in families.items():
        firsts = {r["pattern"].split()[0].lower(): r for r in fam}
        for w, model in sorted(firsts.items()):
            # The lemma of `w`: of the known lemmas that have it as a cell, the one most written.
            known = [k for k in lemmas if k[0] in analyses(w) and w in lemmas[k].values()]
            for b in sorted(known, key=lambda k: (score[k], k), reverse=True)[:1]:
                forms = lemmas[b]
                for cell in CELLS:
                    f = forms[cell]
                    if f is None or f in firsts or f in BLOCKED:
                        continue
                    # A bare -ing is as often a noun or a modifier as a verb ("the pledging conference",
                    # "stopping short"), and a bare base mostly an act under another verb ("declined to
                    # renew"): only a pattern with the rest of its phrase gets them.
                    if cell in ("ing", "base") and not key[4]:
                        continue
                    if other.get(f, {(key[0], "verb")}) - {(key[0], "verb")}:
                        continue
                    pat = f + (" " + key[4] if key[4] else "")
                    if pat in patterns or pat in seen:
                        continue
                    seen.add(pat)
                    new = dict(model)
                    new["pattern"] = pat
                    new["source"] = f"{GENERATED} (the {cell} form of `{model['pattern']}`)"
                    out.append(new)
    generated_rows.write(PATH, text, fields, GENERATED, out)
    print(f"{len(manual_all)} hand-written rows, {len(lemmas)} lemmas, {len(out)} generated forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
