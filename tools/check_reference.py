#!/usr/bin/env python3
"""Validate blocwatch's curated reference data (``data/reference/*.csv``).

Run from anywhere: ``python3 tools/check_reference.py`` (exit status 0 when the files pass,
1 when any error is found; warnings never fail the run). ``--quiet`` prints errors only;
``--counts`` prints rows and current members per bloc; ``--selftest`` breaks a temporary copy of
the data in known ways (``MUTATIONS``) and fails unless every break is reported.

What is checked (the rules are those of ``data/README.md`` and ``data/reference/README.md``):

* every file: the exact header, the column count of every row, no empty ``source``, and a
  source that is a URL, a citation of at least a few words, or ``editorial: <why>``;
* ``blocs.csv``: ids unique and present in the entity lexicon (``data/lexicon/blocs.csv``),
  ``kind`` from the allowed list, dates well formed, ``founded <= dissolved``, predecessor
  and successor ids exist in the file;
* ``memberships.csv``: bloc ids exist in ``blocs.csv``; members are ids of
  ``data/lexicon/countries.generated.csv`` or ``countries.csv`` (curated), or one of the
  ISO 3166-3 codes of vanished states listed in ``HISTORICAL`` below (a warning when the
  lexicon cannot name such a code); ``status`` from the allowed list; dates well formed and
  ``from < to``; a period never starts before the bloc was founded nor stays open (or runs
  past) its dissolution; rows of one (bloc, member) never overlap, except that an
  ``applicant`` row may run alongside a non-membership status (observer, partner, ...);
  no duplicate rows; rows sorted by bloc (file order of ``blocs.csv``), member, ``from``;
* ``treaties.csv``: ids unique lower-case slugs, parties valid codes (at least two, no
  repeats), ``kind`` from the allowed list, ``signed <= in_force`` and ``signed <= ended``;
* the facts other crates' tests rely on: the SCO's members on 2016-01-01 and 2024-12-31,
  Indonesia in BRICS on 2025-06-01, and the current size of the big blocs.

Dates are ISO 8601 at any precision (``2001``, ``2017-06``, ``2017-06-09``). For ordering a
partial date stands for its first day, so ``1972`` < ``1972-03-01``; periods are half-open.

Standard library only (Python 3.9+).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = ROOT / "data" / "reference"
LEX = ROOT / "data" / "lexicon"

BLOC_COLUMNS = "id,name_en,name_ar,name_ru,kind,founded,dissolved,predecessor,successor,source,note"
MEMBERSHIP_COLUMNS = "bloc,member,status,from,to,source,note"
TREATY_COLUMNS = "id,name,parties,kind,signed,in_force,ended,source,note"

KINDS = {
    "military_alliance",
    "security_organisation",
    "economic_union",
    "customs_union",
    "political_union",
    "forum",
    "development_bank",
    "cartel",
    "regional_organisation",
}
STATUSES = {
    "founder",
    "member",
    "applicant",
    "observer",
    "partner",
    "dialogue_partner",
    "suspended",
    "former",
}
MEMBERSHIP = {"founder", "member"}
TREATY_KINDS = {
    "defence_pact",
    "strategic_partnership",
    "friendship_treaty",
    "free_trade",
    "union_treaty",
    "cooperation_treaty",
}
# States that no longer exist, by their ISO 3166-3 alpha-3 code, with the day they ended.
# They are not in the CLDR-generated country list, which holds current ISO 3166-1 only.
HISTORICAL = {
    "SUN": "1991-12-26",  # USSR
    "CSK": "1993-01-01",  # Czechoslovakia
    "DDR": "1990-10-03",  # German Democratic Republic
    # SFR Yugoslavia; ISO 3166 kept the code YU/YUG for FR Yugoslavia until 2003, and FR
    # Yugoslavia's contested continuation of the seats (UN to 1992-09-22, OSCE suspension to
    # 2000-11-10) is recorded under YUG.
    "YUG": "2003-02-04",
    "YMD": "1990-05-22",  # People's Democratic Republic of Yemen
}

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
URL_RE = re.compile(r"^https?://\S+$")


class Report:
    def __init__(self, quiet: bool) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.quiet = quiet

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"warning {where}: {msg}")

    def info(self, msg: str) -> None:
        if not self.quiet:
            print(msg)


def parse_date(text: str) -> dt.date | None:
    """The first day a (possibly partial) ISO date stands for, or None when malformed."""
    m = DATE_RE.match(text)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_csv(path: Path, header: str, rep: Report) -> list[tuple[int, dict[str, str]]]:
    """Rows with their line numbers; header and column-count problems are errors."""
    rows: list[tuple[int, dict[str, str]]] = []
    columns = header.split(",")
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            try:
                first = next(reader)
            except StopIteration:
                rep.error(path.name, "empty file")
                return rows
            if first != columns:
                rep.error(path.name, f"header is {','.join(first)!r}, expected {header!r}")
                return rows
            for record in reader:
                line = reader.line_num
                if not record:
                    rep.error(f"{path.name}:{line}", "blank line")
                    continue
                if len(record) != len(columns):
                    rep.error(f"{path.name}:{line}", f"{len(record)} fields, expected {len(columns)}")
                    continue
                row = {k: v for k, v in zip(columns, record)}
                for k, v in row.items():
                    if v != v.strip():
                        rep.error(f"{path.name}:{line}", f"{k} has surrounding whitespace")
                rows.append((line, row))
    except (OSError, UnicodeDecodeError) as e:
        rep.error(path.name, f"cannot read: {e}")
    return rows


def check_source(where: str, source: str, rep: Report) -> None:
    if not source:
        rep.error(where, "no source")
    elif source.startswith("editorial:"):
        if len(source[len("editorial:") :].strip()) < 3:
            rep.error(where, "editorial source without a reason")
    elif source.startswith("http"):
        if not URL_RE.match(source):
            rep.error(where, f"malformed URL source {source!r}")
    elif len(source.split()) < 2:
        rep.error(where, f"source {source!r} is neither a URL, a citation nor 'editorial: ...'")


def check_date(
    where: str, column: str, text: str, rep: Report, required: bool, future_ok: bool = False
) -> dt.date | None:
    if not text:
        if required:
            rep.error(where, f"{column} is empty")
        return None
    d = parse_date(text)
    if d is None:
        rep.error(where, f"{column} {text!r} is not an ISO 8601 date")
    elif d > dt.date(2026, 12, 31) and not future_ok:
        rep.error(where, f"{column} {text} is in the future")
    return d


def load_ids(path: Path, rep: Report) -> set[str]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return {row["id"] for row in csv.DictReader(f)}
    except (OSError, KeyError) as e:
        rep.error(path.name, f"cannot read ids: {e}")
        return set()


def check_blocs(rep: Report, lexicon_blocs: set[str]) -> dict[str, dict]:
    rows = read_csv(REF / "blocs.csv", BLOC_COLUMNS, rep)
    blocs: dict[str, dict] = {}
    for line, row in rows:
        where = f"blocs.csv:{line} {row['id']}"
        if row["id"] in blocs:
            rep.error(where, "duplicate id")
        if row["id"] not in lexicon_blocs:
            rep.error(where, "id not in data/lexicon/blocs.csv")
        for col in ("name_en", "name_ar", "name_ru"):
            if not row[col]:
                rep.error(where, f"{col} empty")
        if row["kind"] not in KINDS:
            rep.error(where, f"kind {row['kind']!r} not allowed")
        founded = check_date(where, "founded", row["founded"], rep, required=True)
        dissolved = check_date(where, "dissolved", row["dissolved"], rep, required=False)
        if founded and dissolved and dissolved <= founded:
            rep.error(where, "dissolved before founded")
        check_source(where, row["source"], rep)
        blocs[row["id"]] = {**row, "_founded": founded, "_dissolved": dissolved, "_line": line}
    for bid, row in blocs.items():
        for col in ("predecessor", "successor"):
            if row[col] and row[col] not in blocs:
                rep.error(f"blocs.csv:{row['_line']} {bid}", f"{col} {row[col]!r} not a bloc id")
    missing = sorted(lexicon_blocs - set(blocs))
    if missing:
        rep.warn("blocs.csv", f"lexicon blocs without reference data: {' '.join(missing)}")
    return blocs


def overlaps(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    far = dt.date(9999, 1, 1)
    return a[0] < (b[1] or far) and b[0] < (a[1] or far)


def check_memberships(rep: Report, blocs: dict[str, dict], countries: set[str]) -> list[dict]:
    rows = read_csv(REF / "memberships.csv", MEMBERSHIP_COLUMNS, rep)
    out: list[dict] = []
    seen: set[tuple] = set()
    order = {bid: i for i, bid in enumerate(blocs)}
    previous_key = None
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for line, row in rows:
        where = f"memberships.csv:{line} {row['bloc']} {row['member']} {row['status']}"
        ok = True
        bloc = blocs.get(row["bloc"])
        if bloc is None:
            rep.error(where, "bloc not in blocs.csv")
            ok = False
        member = row["member"]
        if member not in countries and member not in HISTORICAL:
            rep.error(where, "member is not a country id of the lexicon nor a historical code")
        elif member not in countries:
            rep.warn(where, f"historical code {member} is not in the lexicon, so news cannot name it")
        if row["status"] not in STATUSES:
            rep.error(where, f"status {row['status']!r} not allowed")
            ok = False
        start = check_date(where, "from", row["from"], rep, required=True)
        # A `to` may lie ahead: elected Security Council terms end on a known future day.
        end = check_date(where, "to", row["to"], rep, required=False, future_ok=True)
        check_source(where, row["source"], rep)
        if start is None:
            continue
        if end is not None and end <= start and row["from"] != row["to"]:
            rep.error(where, f"to {row['to']} not after from {row['from']}")
        key = (row["bloc"], member, row["status"], row["from"])
        if key in seen:
            rep.error(where, "duplicate row")
        seen.add(key)
        if ok and bloc is not None:
            if bloc["_founded"] and start < bloc["_founded"] and row["status"] != "applicant":
                # Year-precision dates may name the founding year itself.
                if not (len(row["from"]) < 10 and row["from"] == bloc["founded"][: len(row["from"])]):
                    rep.error(where, f"starts before the bloc was founded ({bloc['founded']})")
            # A suspension that outlived the format it suspended (Russia and the G8) is a
            # documented modelling choice; anything else must end with its bloc.
            lingering = row["status"] == "suspended" and "MODELLING" in row["note"]
            if bloc["_dissolved"] and row["status"] != "former" and not lingering:
                if end is None:
                    rep.error(where, f"open row in a bloc dissolved {bloc['dissolved']}")
                elif end > bloc["_dissolved"]:
                    rep.error(where, f"runs past the bloc's dissolution ({bloc['dissolved']})")
            gone = HISTORICAL.get(member)
            if gone and (end is None or end > parse_date(gone)) and row["status"] != "former":
                rep.error(where, f"state {member} ended {gone}; row must end by then")
            sort_key = (order[row["bloc"]], member, start, row["from"])
            if previous_key and sort_key < previous_key:
                rep.warn(where, "not sorted by bloc (blocs.csv order), member, from")
            previous_key = sort_key
        rec = {**row, "_start": start, "_end": end, "_where": where}
        by_pair[(row["bloc"], member)].append(rec)
        out.append(rec)
    for pair, recs in by_pair.items():
        for a in recs:
            # A closed `former` row is only right when the member came back that day.
            if a["status"] == "former" and a["to"] and not any(b["from"] == a["to"] for b in recs if b is not a):
                rep.error(a["_where"], "closed 'former' row not followed by a return on its 'to' date")
        for i, a in enumerate(recs):
            for b in recs[i + 1 :]:
                if not overlaps((a["_start"], a["_end"]), (b["_start"], b["_end"])):
                    continue
                kinds = {a["status"], b["status"]}
                if "applicant" in kinds and len(kinds) == 2 and not (kinds & MEMBERSHIP) and "former" not in kinds:
                    continue  # an application running alongside observer/partner status
                rep.error(b["_where"], f"overlaps {a['status']} {a['from']}..{a['to'] or 'open'}")
    return out


def check_treaties(rep: Report, countries: set[str]) -> list[dict]:
    rows = read_csv(REF / "treaties.csv", TREATY_COLUMNS, rep)
    ids: set[str] = set()
    out = []
    for line, row in rows:
        where = f"treaties.csv:{line} {row['id']}"
        if row["id"] in ids:
            rep.error(where, "duplicate id")
        ids.add(row["id"])
        if not SLUG_RE.match(row["id"]):
            rep.error(where, "id is not a lower-case slug")
        if not row["name"]:
            rep.error(where, "name empty")
        parties = row["parties"].split(" ")
        if len(parties) < 2:
            rep.error(where, "fewer than two parties")
        if len(set(parties)) != len(parties):
            rep.error(where, "a party is listed twice")
        for p in parties:
            if p not in countries and p not in HISTORICAL:
                rep.error(where, f"party {p!r} is not a country id")
        if row["kind"] not in TREATY_KINDS:
            rep.error(where, f"kind {row['kind']!r} not allowed")
        signed = check_date(where, "signed", row["signed"], rep, required=True)
        in_force = check_date(where, "in_force", row["in_force"], rep, required=False)
        ended = check_date(where, "ended", row["ended"], rep, required=False)
        if signed and in_force and in_force < signed:
            rep.error(where, "in force before signed")
        if signed and ended and ended < signed:
            rep.error(where, "ended before signed")
        if in_force and ended and ended < in_force:
            rep.error(where, "ended before in force")
        check_source(where, row["source"], rep)
        out.append(row)
    return out


def members_at(memberships: list[dict], bloc: str, day: str, statuses=MEMBERSHIP) -> set[str]:
    d = parse_date(day)
    return {
        m["member"]
        for m in memberships
        if m["bloc"] == bloc and m["status"] in statuses and m["_start"] <= d and (m["_end"] is None or d < m["_end"])
    }


# Facts that other crates' tests and the issue's acceptance checks rely on, and current sizes
# (as of the reference date in data/reference/README.md) of blocs whose size is well known.
EXPECTED_EXACT = [
    ("SCO", "2016-01-01", {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}),
    ("SCO", "2024-12-31", {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK", "IRN", "BLR"}),
    ("BRICS", "2010-06-01", {"BRA", "RUS", "IND", "CHN"}),
    ("BRICS", "2025-06-01", {"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"}),
    ("EAEU", "2015-06-01", {"RUS", "BLR", "KAZ", "ARM"}),
    ("EAEU", "2026-11-22", {"RUS", "BLR", "KAZ", "ARM", "KGZ"}),
    ("UNION_STATE", "2026-11-22", {"RUS", "BLR"}),
    ("CSTO", "2026-11-22", {"RUS", "BLR", "KAZ", "KGZ", "TJK"}),
    ("ASEAN", "2026-11-22", {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"}),
    ("GCC", "2026-11-22", {"SAU", "KWT", "ARE", "QAT", "BHR", "OMN"}),
    ("G7", "2026-11-22", {"USA", "GBR", "FRA", "DEU", "ITA", "JPN", "CAN"}),
    ("AUKUS", "2026-11-22", {"AUS", "GBR", "USA"}),
    ("QUAD", "2026-11-22", {"AUS", "IND", "JPN", "USA"}),
    ("AES", "2026-11-22", {"MLI", "BFA", "NER"}),
    # Regional blocs added in session 15 (data/reference/README.md): a suspension is not membership.
    ("SADC", "2010-05-01", {"AGO", "BWA", "COD", "LSO", "MOZ", "MUS", "MWI", "NAM", "SWZ", "SYC", "TZA", "ZAF", "ZMB", "ZWE"}),
    ("EAC", "2023-01-01", {"BDI", "COD", "KEN", "RWA", "SSD", "TZA", "UGA"}),
    ("EAC", "2026-11-22", {"BDI", "COD", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"}),
    ("EFTA", "2026-11-22", {"CHE", "ISL", "LIE", "NOR"}),
    ("UNASUR", "2020-01-01", {"BOL", "GUY", "SUR", "URY", "VEN"}),
    ("UNASUR", "2024-01-01", {"ARG", "BOL", "BRA", "GUY", "SUR", "VEN"}),
    ("VISEGRAD", "1992-01-01", {"CSK", "HUN", "POL"}),
    ("VISEGRAD", "2026-11-22", {"CZE", "HUN", "POL", "SVK"}),
    ("IGAD", "2026-11-22", {"DJI", "ETH", "KEN", "SDN", "SOM", "SSD", "UGA"}),
    ("AMU", "2026-11-22", {"DZA", "LBY", "MAR", "MRT", "TUN"}),
    ("PIF", "2012-01-01", {"AUS", "COK", "NRU", "NZL", "TON", "WSM"}),  # partial list; Fiji suspended
    ("D8", "2026-11-22", {"AZE", "BGD", "EGY", "IDN", "IRN", "MYS", "NGA", "PAK", "TUR"}),
    ("EFTA", "1970-06-01", {"AUT", "CHE", "DNK", "GBR", "ISL", "NOR", "PRT", "SWE"}),
    ("CPTPP", "2024-12-14", {"AUS", "BRN", "CAN", "CHL", "JPN", "MEX", "MYS", "NZL", "PER", "SGP", "VNM"}),
    ("CPTPP", "2024-12-15", {"AUS", "BRN", "CAN", "CHL", "GBR", "JPN", "MEX", "MYS", "NZL", "PER", "SGP", "VNM"}),
    ("RCEP", "2022-06-01", {"AUS", "BRN", "CHN", "JPN", "KHM", "KOR", "LAO", "MYS", "NZL", "SGP", "THA", "VNM"}),
]
EXPECTED_PARTNERS = [
    ("BRICS", "2025-06-01", {"BLR", "BOL", "KAZ", "CUB", "MYS", "THA", "UGA", "UZB", "NGA"}),
    ("BRICS", "2026-11-22", {"BLR", "BOL", "KAZ", "CUB", "MYS", "THA", "UGA", "UZB", "NGA", "VNM"}),
]
EXPECTED_COUNT = {
    "UN": 193,
    "NATO": 32,
    "EU": 27,
    "OIC": 57,
    "OSCE": 57,
    "CELAC": 33,
    "ARAB_LEAGUE": 22,
    "APEC": 21,
    "OPEC": 12,
    "CIS": 9,
    "COE": 46,
    "WTO": 165,  # 166 members counting the EU, which has no country code
    "IMF": 191,
    "SADC": 16,
    "COMMONWEALTH": 56,
    "ECCAS": 10,
    "COMESA": 21,
    "RCEP": 14,  # 15 signatories; Myanmar is modelled as a signatory not yet a party
    "CARICOM": 15,
    "OAS": 33,  # 35 have ratified the Charter; Venezuela and Nicaragua are modelled as former
    "IAEA": 177,  # 180 (2024) less the memberships we could not verify, see the README
}


def check_facts(rep: Report, memberships: list[dict]) -> None:
    today = "2026-11-22"
    for bloc, day, expected in EXPECTED_EXACT:
        got = members_at(memberships, bloc, day)
        if got != expected:
            rep.error(
                f"fact {bloc}@{day}",
                f"members differ: missing {sorted(expected - got)}, unexpected {sorted(got - expected)}",
            )
    for bloc, day, expected in EXPECTED_PARTNERS:
        got = members_at(memberships, bloc, day, {"partner"})
        if got != expected:
            rep.error(
                f"fact {bloc} partners@{day}",
                f"partners differ: missing {sorted(expected - got)}, unexpected {sorted(got - expected)}",
            )
    for bloc, n in EXPECTED_COUNT.items():
        got = len(members_at(memberships, bloc, today, MEMBERSHIP))
        if got != n:
            rep.warn(f"count {bloc}@{today}", f"{got} members, expected {n}")


def run(quiet: bool) -> tuple[Report, dict, list, list]:
    """All checks on the files under REF and LEX."""
    rep = Report(quiet)
    lexicon_blocs = load_ids(LEX / "blocs.csv", rep)
    countries = load_ids(LEX / "countries.generated.csv", rep)
    if (LEX / "countries.csv").exists():  # curated: historical states (SUN, CSK, ...) and extras
        countries |= load_ids(LEX / "countries.csv", rep)
    blocs = check_blocs(rep, lexicon_blocs)
    memberships = check_memberships(rep, blocs, countries)
    treaties = check_treaties(rep, countries)
    check_facts(rep, memberships)
    return rep, blocs, memberships, treaties


# Each mutation (file, text to replace, replacement, words expected in an error) must make the
# checker fail: a checker that passes broken data would be worse than none.
MUTATIONS = [
    ("memberships.csv", "\nSCO,IND,member,2017-06-09,", "\nSCO,IND,member,2017-06-31,", "not an ISO 8601 date"),
    ("memberships.csv", "\nSCO,IND,member,2017-06-09,", "\nSCO,IND,ally,2017-06-09,", "status 'ally' not allowed"),
    ("memberships.csv", "\nSCO,IND,member,2017-06-09,", "\nSCO,IND,member,2016-06-09,", "overlaps"),
    ("memberships.csv", "\nSCO,IND,member,2017-06-09,", "\nSCO,INX,member,2017-06-09,", "not a country id"),
    ("memberships.csv", "\nSCO,IND,member,2017-06-09,,https", "\nSCO,IND,member,2017-06-09,,,https", "fields, expected"),
    ("memberships.csv", "\nBRICS,IDN,member,2025-01-06,,https://tass.com/world/1986083,", "\nBRICS,IDN,member,2025-01-06,,,", "no source"),
    ("memberships.csv", "\nBRICS,IDN,member,2025-01-06,", "\nBRICS,IDN,member,2025-07-06,", "fact BRICS@2025-06-01"),
    ("memberships.csv", "\nSCO,BLR,member,2024-07-04,", "\nSCO,BLR,member,2025-07-04,", "fact SCO@2024-12-31"),
    ("memberships.csv", "\nG8,CAN,member,1997-06-20,2014-03-24,", "\nG8,CAN,member,1997-06-20,,", "dissolved"),
    ("memberships.csv", "\nSCO,", "\nSCOX,", "bloc not in blocs.csv"),
    ("blocs.csv", "\nSCO,", "\nSCO_X,", "not in data/lexicon/blocs.csv"),
    ("blocs.csv", ",security_organisation,2001-06-15,", ",club,2001-06-15,", "kind 'club' not allowed"),
    ("treaties.csv", ",RUS PRK,defence_pact,2024-06-19,2024-12-04,", ",RUS PRK,defence_pact,2024-06-19,2024-01-04,", "in force before signed"),
    ("treaties.csv", ",RUS PRK,defence_pact,", ",RUS PRK,alliance,", "kind 'alliance' not allowed"),
    ("treaties.csv", ",RUS PRK,defence_pact,", ",RUS,defence_pact,", "fewer than two parties"),
]


def selftest() -> int:
    """Breaks a copy of the data in known ways and checks that every break is reported."""
    import shutil
    import tempfile

    global REF, LEX
    real_ref, real_lex = REF, LEX
    failures = 0
    rep, *_ = run(True)
    if rep.errors:
        print("selftest: the real data has errors; fix them first")
        return 1
    for file, old, new, expect in MUTATIONS:
        with tempfile.TemporaryDirectory() as tmp:
            REF = Path(tmp) / "reference"
            shutil.copytree(real_ref, REF)
            LEX = real_lex
            text = (REF / file).read_text(encoding="utf-8")
            if old not in text:
                print(f"selftest: fixture text not found in {file}: {old!r}")
                failures += 1
                continue
            (REF / file).write_text(text.replace(old, new, 1), encoding="utf-8")
            rep, *_ = run(True)
            if not any(expect in e for e in rep.errors):
                print(f"selftest: {file} {new.strip()!r} not reported as {expect!r}; got {rep.errors[:3]}")
                failures += 1
    REF, LEX = real_ref, real_lex
    print(f"selftest: {len(MUTATIONS) - failures}/{len(MUTATIONS)} injected faults reported")
    return 1 if failures else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quiet", action="store_true", help="print errors only")
    ap.add_argument("--counts", action="store_true", help="print rows and current members per bloc")
    ap.add_argument("--selftest", action="store_true", help="check that injected faults are reported")
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    rep, blocs, memberships, treaties = run(args.quiet)
    if args.counts:
        rows = defaultdict(int)
        for m in memberships:
            rows[m["bloc"]] += 1
        for bid in blocs:
            cur = members_at(memberships, bid, "2026-11-22", MEMBERSHIP)
            sus = members_at(memberships, bid, "2026-11-22", {"suspended"})
            print(f"{bid:16} rows {rows[bid]:4}  current members {len(cur):4}  suspended {len(sus):3}")
    for w in rep.warnings:
        if not args.quiet:
            print(w)
    for e in rep.errors:
        print(e)
    rep.info(
        f"checked {len(blocs)} blocs, {len(memberships)} memberships, {len(treaties)} treaties: "
        f"{len(rep.errors)} errors, {len(rep.warnings)} warnings"
    )
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
