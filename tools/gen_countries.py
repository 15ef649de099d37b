#!/usr/bin/env python3
"""Generate the ISO 3166-1 part of the country lexicon from Unicode CLDR.

Writes, relative to the repository root:

* ``data/lexicon/countries.generated.csv``
  (``id,alpha2,numeric,name_en,name_ar,name_ru,source``): one row per ISO 3166-1
  country or territory (249) plus Kosovo (``XKX``), sorted by id;
* ``data/lexicon/aliases/countries.generated.csv``
  (``entity,lang,alias,form,flags,source``): CLDR's other names for them
  (``-alt-short``, ``-alt-variant``, ``-alt-*``) and the CLDR display forms that the
  news-form rules below replaced.

CLDR comes from the pinned npm packages ``cldr-localenames-full`` and ``cldr-core``
(installed with ``npm install --prefix`` into a temporary directory, or read from an
existing ``node_modules`` given with ``--cldr-dir``). Python 3.11 standard library
only.

Which codes
    Every alpha-2 territory code that CLDR names in English and maps to both an
    alpha-3 and a numeric code (cldr-core ``supplemental/codeMappings.json``), less
    the user-assigned ranges (``AA``, ``QM``-``QZ``, ``XA``-``XZ``, ``ZZ``) and the
    exceptionally reserved ``EU``. Codes without a full mapping (``EZ``, ``UN``, ``AC``,
    ``CP``, ``CQ``, ``DG``, ``EA``, ``IC``, ``TA``) and the numeric macro-regions
    (``001``, ``150``...) drop out by themselves. Kosovo (``XK``) is added from the
    user-assigned range on purpose, with the id ``XKX`` used across blocwatch's data
    (CLDR's own alpha-3 for it is ``XKK``) and no numeric code (CLDR's 983 is not ISO).

News-form rules for the ``name_*`` columns (CLDR gives display names, made to be
unambiguous in a menu, not the names news writes):
    1. Abbreviations are spelled out: English ``St.`` -> ``Saint``, `` & `` -> `` and ``;
       Russian ``о-в`` -> ``остров``, ``о-ва`` -> ``острова``, ``Св.`` -> ``Святой``.
    2. For the codes in ``PREFER_SHORT`` the CLDR ``-alt-short`` name is the name
       (``Myanmar`` for ``Myanmar (Burma)``, ``Hong Kong`` for ``Hong Kong SAR China``,
       ``Palestine`` for ``Palestinian Territories``).
    3. A display qualifier ``X - Y`` (``Congo - Kinshasa``) is replaced by the
       ``-alt-variant`` name when that has no parentheses, else by ``NEWS_NAMES``.
    4. A parenthesised qualifier is dropped (``Cocos (Keeling) Islands`` -> ``Cocos
       Islands``) unless two territories would then share a name in that language
       (Russian ``Виргинские о-ва (США)`` / ``(Великобритания)`` keep theirs).
    5. A Russian name that CLDR gives as an all-capitals acronym (``ОАЭ``, ``КНДР``)
       is replaced by its long form from ``RU_ACRONYM_LONG``.
    6. ``NEWS_NAMES`` overrides a handful of names outright (each entry says why).
    Every CLDR form that the chosen name replaced goes into the generated aliases.

Aliases
    Each CLDR name of a territory other than the chosen name, with rule 1 applied:
    parenthesised forms become their base (``Congo (DRC)`` -> ``Congo``) and, when the
    base and the parenthesised part are single words, the part too (``Burma``,
    ``DRC``), except the generic parts in ``PAREN_STOP``; a display name ``X - Y``
    becomes ``X-Y`` (Arabic ``X Y``), an ``-alt-`` name ``X - Y`` gives both parts. Form ``acronym`` with flag ``cs`` (and ``fixed`` in Russian) when the alias
    is all capitals (``US``, ``UK``, ``США``), else ``name``. An alias that is also a
    name or alias of another territory in the same language, or a whole word-sequence
    inside another territory's name, qualifiers left out (``Конго``), is dropped: it is ambiguous by
    construction and belongs, if anywhere, in the curated aliases with a flag.

Usage::

    python3 tools/gen_countries.py                 # npm install into a temp dir
    python3 tools/gen_countries.py --cldr-dir DIR  # DIR/node_modules/cldr-* exist
    python3 tools/gen_countries.py --check         # exit 1 if the files would change
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

CLDR_VERSION = "48.2.0"
PACKAGES = [f"cldr-localenames-full@{CLDR_VERSION}", f"cldr-core@{CLDR_VERSION}"]
LANGS = ("en", "ar", "ru")

# Exceptionally reserved or pseudo codes that CLDR maps but that are no territory.
EXCLUDE = {"EU"}

# Kosovo: user-assigned in ISO, present in CLDR; blocwatch's id for it.
KOSOVO_ALPHA2 = "XK"
KOSOVO_ID = "XKX"

# Rule 2: codes whose CLDR -alt-short name is the one news uses, in every language
# that has one.
PREFER_SHORT = {"HK", "MO", "MM", "PS"}

# Rule 5: long forms for Russian names that CLDR gives as acronyms.
RU_ACRONYM_LONG = {
    "AE": "Объединённые Арабские Эмираты",
    "KP": "Корейская Народно-Демократическая Республика",
}

# Rule 6: outright overrides, (alpha2, lang) -> name.
NEWS_NAMES = {
    # CLDR: "Congo - Kinshasa" / variant "Congo (DRC)": both are menu labels.
    ("CD", "en"): "Democratic Republic of the Congo",
    ("CD", "ru"): "Демократическая Республика Конго",
    # CLDR: "Congo - Brazzaville" / variant "Congo (Republic)".
    ("CG", "en"): "Republic of the Congo",
    # CLDR 48 uses "Türkiye" with "Turkey" as its -alt-variant; wire services and
    # most English news still write "Turkey". Both stay matchable.
    ("TR", "en"): "Turkey",
}

# Parenthesised parts that are qualifiers, never names.
PAREN_STOP = {"Republic", "SAR", "САР", "США", "Великобритания"}

SOURCE = f"Unicode CLDR {CLDR_VERSION} (npm cldr-localenames-full, cldr-core codeMappings)"

USER_ASSIGNED = re.compile(r"^(AA|Q[M-Z]|X[A-Z]|ZZ)$")


def install(dest: Path) -> Path:
    """npm-installs the pinned CLDR packages under dest; returns node_modules."""
    cmd = ["npm", "install", "--prefix", str(dest), "--no-audit", "--no-fund",
           "--no-save", "--loglevel=error", *PACKAGES]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return dest / "node_modules"


def check_versions(nm: Path) -> None:
    for pkg in ("cldr-localenames-full", "cldr-core"):
        meta = json.loads((nm / pkg / "package.json").read_text(encoding="utf-8"))
        if meta.get("version") != CLDR_VERSION:
            sys.exit(f"{pkg} is {meta.get('version')}, expected {CLDR_VERSION}")


def load(nm: Path) -> tuple[dict, dict[str, dict[str, str]]]:
    cm = json.loads((nm / "cldr-core/supplemental/codeMappings.json").read_text(encoding="utf-8"))
    mappings = cm["supplemental"]["codeMappings"]
    names = {}
    for lang in LANGS:
        p = nm / f"cldr-localenames-full/main/{lang}/territories.json"
        data = json.loads(p.read_text(encoding="utf-8"))
        names[lang] = data["main"][lang]["localeDisplayNames"]["territories"]
    return mappings, names


def select_codes(mappings: dict, en: dict[str, str]) -> list[str]:
    out = []
    for code in en:
        if len(code) != 2 or not code.isalpha() or code in EXCLUDE:
            continue
        m = mappings.get(code, {})
        if code == KOSOVO_ALPHA2:
            out.append(code)
            continue
        if USER_ASSIGNED.match(code):
            continue
        if "_alpha3" in m and "_numeric" in m:
            out.append(code)
    return out


def expand(s: str, lang: str) -> str:
    """Rule 1: spell out CLDR's abbreviations."""
    if lang == "en":
        s = re.sub(r"\bSt\. ", "Saint ", s)
        s = s.replace(" & ", " and ")
    elif lang == "ru":
        s = re.sub(r"(?<!\w)о-ва(?!\w)", "острова", s)
        s = re.sub(r"(?<!\w)о-в(?!\w)", "остров", s)
        s = re.sub(r"(?<!\w)Св\. ", "Святой ", s)
    return s


def strip_parens(s: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", s).strip()


def paren_part(s: str) -> str | None:
    m = re.search(r"\(([^)]*)\)", s)
    return m.group(1).strip() if m else None


def is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and " " not in s and all(c.isupper() for c in letters)


def alts(names: dict[str, str], code: str) -> list[tuple[str, str]]:
    """(key, value) of every -alt-* name of code."""
    return [(k, v) for k, v in names.items() if k.startswith(code + "-alt-")]


def choose_name(code: str, lang: str, names: dict[str, str]) -> tuple[str, str]:
    """The news-form name before the collision check, and the rule applied."""
    main = names.get(code, "")
    short = names.get(code + "-alt-short")
    variant = names.get(code + "-alt-variant")
    if (code, lang) in NEWS_NAMES:
        return NEWS_NAMES[(code, lang)], "override"
    if lang == "ru" and code in RU_ACRONYM_LONG and is_acronym(main):
        return RU_ACRONYM_LONG[code], "acronym spelled out"
    if code in PREFER_SHORT and short:
        return expand(short, lang), "CLDR -alt-short"
    if " - " in main:
        if variant and "(" not in variant:
            return expand(variant, lang), "CLDR -alt-variant"
        sys.exit(f"{code}/{lang}: display name {main!r} needs a NEWS_NAMES entry")
    return expand(main, lang), ""


def generate(nm: Path) -> tuple[str, str]:
    mappings, names = load(nm)
    codes = select_codes(mappings, names["en"])

    # Names, with rule 4 (parenthesised qualifiers) decided per language.
    chosen: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for lang in LANGS:
        tmp = {}
        for code in codes:
            name, rule = choose_name(code, lang, names[lang])
            tmp[code] = (name, [rule] if rule else [])
        stripped = {c: strip_parens(n) for c, (n, _) in tmp.items()}
        counts: dict[str, int] = {}
        for s in stripped.values():
            counts[s.casefold()] = counts.get(s.casefold(), 0) + 1
        for code, (name, rules) in tmp.items():
            s = stripped[code]
            if s != name and counts[s.casefold()] == 1:
                rules = rules + ["qualifier dropped"]
                name = s
            if name != names[lang].get(code) and not rules:
                rules = ["abbreviation spelled out"]
            chosen[(code, lang)] = (name, rules)

    def ident(code: str) -> str:
        return KOSOVO_ID if code == KOSOVO_ALPHA2 else mappings[code]["_alpha3"]

    rows = []
    for code in codes:
        m = mappings[code]
        numeric = "" if code == KOSOVO_ALPHA2 else m["_numeric"]
        adj = [f"{lang}: {', '.join(chosen[(code, lang)][1])}" for lang in LANGS
               if chosen[(code, lang)][1]]
        src = SOURCE
        if code == KOSOVO_ALPHA2:
            src += "; XK is user-assigned: id XKX (CLDR alpha-3 XKK), no ISO numeric"
        if adj:
            src += "; news-form rules of tools/gen_countries.py: " + "; ".join(adj)
        rows.append([ident(code), code, numeric,
                     chosen[(code, "en")][0], chosen[(code, "ar")][0], chosen[(code, "ru")][0],
                     src])
    rows.sort(key=lambda r: r[0])

    # Aliases.
    cands: list[tuple[str, str, str, str]] = []  # (code, lang, alias, cldr key)
    for lang in LANGS:
        tbl = names[lang]
        for code in codes:
            forms = [(code, tbl[code])] + alts(tbl, code) if code in tbl else alts(tbl, code)
            for key, raw in forms:
                v = expand(raw, lang)
                out: list[str] = []
                if "(" in v:
                    base = strip_parens(v)
                    out.append(base)
                    part = paren_part(v)
                    if part and " " not in base and " " not in part and part not in PAREN_STOP:
                        out.append(part)
                elif " - " in v and "-alt-" not in key:
                    # A display qualifier (Congo - Kinshasa): news joins it.
                    out.append(v.replace(" - ", " " if lang == "ar" else "-"))
                elif " - " in v:
                    # Two alternative names (Arabic Falklands - Malvinas).
                    out.extend(p.strip() for p in v.split(" - "))
                else:
                    out.append(v)
                for a in out:
                    cands.append((code, lang, a, key))

    # Collision check: other territories' names and candidate aliases, per language.
    owners: dict[tuple[str, str], set[str]] = {}
    for code, lang, a, _ in cands:
        owners.setdefault((lang, a.casefold()), set()).add(code)
    for (code, lang), (name, _) in chosen.items():
        owners.setdefault((lang, name.casefold()), set()).add(code)
    all_names: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
    for (code, lang), (name, _) in chosen.items():
        all_names[lang].append((code, strip_parens(name).casefold()))

    def inside_other(code: str, lang: str, a: str) -> bool:
        pat = re.compile(r"(?<!\w)" + re.escape(a.casefold()) + r"(?!\w)")
        return any(c != code and pat.search(n) for c, n in all_names[lang])

    seen = set()
    alias_rows = []
    for code, lang, a, key in cands:
        name = chosen[(code, lang)][0]
        if not a or a.casefold() == name.casefold():
            continue
        if owners[(lang, a.casefold())] != {code} or inside_other(code, lang, a):
            continue
        k = (ident(code), lang, a)
        if k in seen:
            continue
        seen.add(k)
        if is_acronym(a):
            form, flags = "acronym", "cs fixed" if lang == "ru" else "cs"
        else:
            form, flags = "name", ""
        what = "display name" if "-alt-" not in key else key.split("-alt-")[1] + " name"
        src = f"Unicode CLDR {CLDR_VERSION} {lang} territories {key} ({what})"
        alias_rows.append([ident(code), lang, a, form, flags, src])
    alias_rows.sort(key=lambda r: (r[0], r[1], r[2]))

    return (to_csv(["id", "alpha2", "numeric", "name_en", "name_ar", "name_ru", "source"], rows),
            to_csv(["entity", "lang", "alias", "form", "flags", "source"], alias_rows))


def to_csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cldr-dir", type=Path,
                    help="directory whose node_modules holds the pinned CLDR packages")
    ap.add_argument("--out", type=Path, default=root, help="repository root (default: this repo)")
    ap.add_argument("--check", action="store_true", help="only compare; exit 1 on a difference")
    args = ap.parse_args()

    def run(nm: Path) -> tuple[str, str]:
        check_versions(nm)
        return generate(nm)

    if args.cldr_dir:
        countries, aliases = run(args.cldr_dir / "node_modules")
    else:
        with tempfile.TemporaryDirectory(prefix="cldr-") as tmp:
            countries, aliases = run(install(Path(tmp)))

    targets = {
        args.out / "data/lexicon/countries.generated.csv": countries,
        args.out / "data/lexicon/aliases/countries.generated.csv": aliases,
    }
    changed = False
    for path, text in targets.items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            continue
        changed = True
        if args.check:
            print(f"{path} is out of date", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({text.count(chr(10)) - 1} rows)")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
