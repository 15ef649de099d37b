#!/usr/bin/env python3
"""Validate hand-written gold files ``eval/**/*.jsonl`` (the record of ``eval/README.md``, "Record").

Usage: ``python3 tools/check_gold.py [options] FILE_OR_DIR ...`` (default: every ``*.jsonl`` under
``eval/``). Prints **only item ids and problems, never an item's text** (the held-out files must not
be read by anyone tuning the extractor), one line per problem, then a count per file; the exit status
is 1 when an error was found (warnings count only with ``--strict``).

Errors (what ``GoldItem::problems`` refuses, and more):

* a line that is not a JSON object, a missing or mistyped field, a duplicate id, an id whose language
  prefix or a ``lang`` that does not match the file name (``ar_25.jsonl`` holds ``lang: ar``);
* an event type, modality, membership status, quantity kind, bound or currency outside the README's
  vocabularies; a symmetric event with a target; an event party that is a person, company or
  initiative (people and companies stand for their state: write the state);
* an entity id (mention, event party, membership bloc or member) that is not a lexicon id of
  ``data/lexicon/*.csv`` — allowed on a mention of an item tagged ``lexicon_missing``;
* a mention whose text is not found in the text after the previous mention's start (reading order);
* a document date that is not an ISO day between ``--first-year`` and ``--last-year`` (1995–2025); an
  event or membership date that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in those years;
* an asserted, denied or negated act dated after the document date (only ``expected`` and ``proposed``
  acts may be later); a ``hypothetical`` act with a date;
* a negative or non-numeric amount.

Warnings:

* a weekday named in the text (English, Russian or Arabic) on which no date of the gold falls
  within a week of the document date (a weekday that dates an agentless act, a statement with no act
  or an act that is not coded is a warning to read by hand, not an error);
* an event party never mentioned in the item, nor by a person (``roles.csv``) or company of it, is
  warned about (an actor told only by a pronoun or an unlisted person is legitimate: read it by hand).

Options let old files pass where an earlier convention differed: ``--first-year``/``--last-year`` widen
the years, ``--allow-one-party-symmetric`` and ``--allow-dated-hypothetical`` accept what sets written before
those readings did, ``--no-order`` skips the mention-order check, ``--allow-person-party`` lets people stand as
parties, ``--known FILE`` accepts problems already reported (``id<TAB>problem`` lines, as ``tools/check_gold.known``),
``--errors-only`` hides warnings. A new set should pass ``--require-all`` (every list written). ``.ci/run`` runs it
over ``eval/`` with the options that the older sets need. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "data" / "lexicon"

TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT"
).split()
MODALITIES = "asserted expected proposed hypothetical denied".split()
STATUSES = "founder member applicant observer partner dialogue_partner suspended former".split()
KINDS = "trade investment debt aid arms energy loan other".split()
BOUNDS = "more_than less_than about up_to".split()
FIELDS = {"id": str, "lang": str, "text": str}
# Absent means "not scored" (the memberships-only sets have no mentions or events); --require-all
# makes them required, as a new set should write every one (an empty list means "nothing here").
LISTS = ("mentions", "events", "memberships", "quantities", "tags")
LATER_OK = {"expected", "proposed"}

WEEKDAYS = {
    "en": [
        r"\bMondays?\b",
        r"\bTuesdays?\b",
        r"\bWednesdays?\b",
        r"\bThursdays?\b",
        r"\bFridays?\b",
        r"\bSaturdays?\b",
        r"\bSundays?\b",
    ],
    "ru": [
        r"понедельник",
        r"вторник",
        r"сред[аеуы]\b",
        r"четверг",
        r"пятниц",
        r"суббот",
        r"воскресень",
    ],
    "ar": [
        r"الاثنين|الإثنين",
        r"الثلاثاء",
        r"الأربعاء|الاربعاء",
        r"الخميس",
        r"الجمعة",
        r"السبت",
        r"الأحد|الاحد",
    ],
}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def stands_for() -> dict[str, set[str]]:
    """The states a person (``roles.csv``), company or initiative (``country`` column) stands for."""
    out: dict[str, set[str]] = {}
    for name, key, col in (
        ("roles.csv", "person", "country"),
        ("companies.csv", "id", "country"),
        ("initiatives.csv", "id", "country"),
    ):
        with (LEXICON / name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row.get(key) and row.get(col):
                    out.setdefault(row[key], set()).add(row[col])
    return out


def find_mention(text: str, surface: str, start: int, lang: str) -> int:
    """Where ``surface`` occurs from ``start``; an Arabic mention written with its article after the
    proclitic ل (``للصين`` is written ``الصين``) is found as ``لصين``."""
    at = text.find(surface, start)
    if at < 0 and lang == "ar" and surface.startswith("ال"):
        at = text.find("ل" + surface[2:], start)
    return at


def lexicon() -> tuple[set[str], set[str]]:
    """All lexicon ids, and those that may be event parties (countries, blocs, collectives)."""
    ids: set[str] = set()
    parties: set[str] = set()
    for path in sorted(LEXICON.glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                key = row.get("id") or ""
                if not key:
                    continue
                ids.add(key)
                if path.stem.split(".")[0] in ("countries", "blocs", "collectives"):
                    parties.add(key)
    return ids, parties


def parse_date(value: str, first: int, last: int) -> tuple[int, int | None, int | None] | None:
    m = DATE_RE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if not first <= year <= last:
        return None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day


def after(parts: tuple[int, int | None, int | None], doc: dt.date) -> bool:
    """True when the (possibly coarse) date lies wholly after the document date."""
    year, month, day = parts
    if year != doc.year:
        return year > doc.year
    if month is None:
        return False
    if month != doc.month:
        return month > doc.month
    return day is not None and day > doc.day


class Checker:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.ids, self.parties = lexicon()
        self.stands_for = stands_for()
        self.seen: dict[str, str] = {}
        self.errors = 0
        self.warnings = 0
        self.known: set[tuple[str, str]] = set()
        self.known_hits = 0
        if args.known:
            for line in Path(args.known).read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    key, _, what = line.partition("\t")
                    self.known.add((key.strip(), what.strip()))

    def report(self, level: str, item_id: str, what: str) -> None:
        if (item_id, what) in self.known:
            self.known_hits += 1
            return
        if level == "error":
            self.errors += 1
        else:
            self.warnings += 1
            if self.args.errors_only:
                return
        print(f"{level}: {item_id}: {what}")

    def check_file(self, path: Path) -> None:
        stem_lang = path.name.split("_")[0].split(".")[0]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                self.report("error", f"{path.name}:{n}", f"not JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(item, dict):
                self.report("error", f"{path.name}:{n}", "not a JSON object")
                continue
            self.check_item(item, f"{path.name}:{n}", stem_lang)

    def check_item(self, item: dict, where: str, stem_lang: str) -> None:
        iid = item.get("id") if isinstance(item.get("id"), str) else where
        err = lambda what: self.report("error", iid, what)  # noqa: E731
        warn = lambda what: self.report("warning", iid, what)  # noqa: E731
        for field, kind in FIELDS.items():
            if not isinstance(item.get(field), kind):
                err(f"field {field} missing or not a {kind.__name__}")
        for field in LISTS:
            if field not in item:
                if self.args.require_all:
                    err(f"field {field} missing")
            elif not isinstance(item[field], list):
                err(f"field {field} is not a list")
        if iid in self.seen:
            err(f"duplicate id (also in {self.seen[iid]})")
        self.seen[iid] = where.split(":")[0]
        lang = item.get("lang")
        if lang not in WEEKDAYS:
            err(f"lang {lang!r} is not ar, en or ru")
        elif stem_lang in WEEKDAYS and lang != stem_lang:
            err(f"lang {lang} in a {stem_lang} file")
        if isinstance(item.get("id"), str) and lang in WEEKDAYS and not iid.startswith(lang + "-"):
            err(f"id does not start with {lang}-")
        text = item.get("text") if isinstance(item.get("text"), str) else ""
        tags = item.get("tags") or []
        first, last = self.args.first_year, self.args.last_year

        doc = None
        if item.get("date") is not None:
            parts = parse_date(str(item["date"]), first, last)
            if parts is None or parts[2] is None:
                err(f"document date {item['date']!r} is not an ISO day in {first}-{last}")
            else:
                doc = dt.date(*parts)  # type: ignore[arg-type]

        # Mentions: lexicon ids, reading order.
        mentioned = set()
        pos = 0
        for m in item.get("mentions") or []:
            if not isinstance(m, dict) or not isinstance(m.get("entity"), str):
                err("a mention without an entity id")
                continue
            ent, surface = m["entity"], m.get("text")
            mentioned.add(ent)
            if ent not in self.ids and "lexicon_missing" not in tags:
                err(f"mention id {ent} is not in data/lexicon (tag lexicon_missing if meant)")
            if not isinstance(surface, str) or not surface:
                err(f"mention {ent} has no text")
                continue
            at = find_mention(text, surface, pos, str(lang))
            if at < 0:
                if find_mention(text, surface, 0, str(lang)) < 0:
                    err(f"mention {ent}: its text is not in the item's text")
                elif not self.args.no_order:
                    err(f"mention {ent}: out of reading order")
                continue
            pos = at + 1

        # Events.
        dates_used: list[dt.date] = []
        for k, e in enumerate(item.get("events") or [], 1):
            tag = f"event {k}"
            if not isinstance(e, dict):
                err(f"{tag} is not an object")
                continue
            if e.get("type") not in TYPES:
                err(f"{tag}: type {e.get('type')!r} is not a PLOVER type")
            mod = e.get("modality", "asserted")
            if mod is None:
                mod = "asserted"
            if mod not in MODALITIES:
                err(f"{tag}: modality {mod!r} is not one of {' '.join(MODALITIES)}")
            if not isinstance(e.get("negated", False), bool):
                err(f"{tag}: negated is not a boolean")
            src, tgt = e.get("source") or [], e.get("target") or []
            if not isinstance(src, list) or not isinstance(tgt, list):
                err(f"{tag}: source or target is not a list")
                continue
            if not src:
                err(f"{tag}: no source")
            if e.get("symmetric") and tgt:
                err(f"{tag}: symmetric with a target (all parties go in source)")
            if e.get("symmetric") and len(set(src)) < 2 and not self.args.allow_one_party_symmetric:
                err(f"{tag}: symmetric with fewer than two parties")
            if set(src) & set(tgt):
                err(f"{tag}: a party is both source and target")
            for p in src + tgt:
                if p not in self.ids:
                    err(f"{tag}: party {p} is not in data/lexicon")
                elif p not in self.parties and not self.args.allow_person_party:
                    err(f"{tag}: party {p} is a person, company or initiative (write its state)")
                elif p not in mentioned and not any(
                    p in self.stands_for.get(m, ()) for m in mentioned
                ):
                    warn(f"{tag}: party {p} is never mentioned (nor a person or company of it)")
            date = e.get("date")
            if date is None:
                continue
            parts = parse_date(str(date), first, last)
            if parts is None:
                err(f"{tag}: date {date!r} is not YYYY[-MM[-DD]] in {first}-{last}")
                continue
            if mod == "hypothetical" and not self.args.allow_dated_hypothetical:
                err(f"{tag}: a hypothetical act has a date")
            if doc and after(parts, doc) and mod not in LATER_OK:
                err(f"{tag}: {mod} act dated {date} after the document date {doc}")
            if parts[2] is not None:
                dates_used.append(dt.date(*parts))  # type: ignore[arg-type]

        # Memberships.
        for k, m in enumerate(item.get("memberships") or [], 1):
            tag = f"membership {k}"
            if not isinstance(m, dict):
                err(f"{tag} is not an object")
                continue
            if m.get("status") not in STATUSES:
                err(f"{tag}: status {m.get('status')!r} is not one of {' '.join(STATUSES)}")
            for field in ("bloc", "member"):
                if m.get(field) not in self.ids:
                    err(f"{tag}: {field} {m.get(field)!r} is not in data/lexicon")
            date = m.get("date")
            if date is None:
                continue
            parts = parse_date(str(date), self.args.first_member_year, last)
            if parts is None:
                err(f"{tag}: date {date!r} is not YYYY[-MM[-DD]]")
                continue
            if doc and after(parts, doc):
                err(f"{tag}: dated {date} after the document date {doc}")
            if parts[2] is not None:
                dates_used.append(dt.date(*parts))  # type: ignore[arg-type]

        # Quantities.
        for k, q in enumerate(item.get("quantities") or [], 1):
            tag = f"quantity {k}"
            if not isinstance(q, dict):
                err(f"{tag} is not an object")
                continue
            if q.get("kind") not in KINDS:
                err(f"{tag}: kind {q.get('kind')!r} is not one of {' '.join(KINDS)}")
            amount = q.get("amount")
            if not isinstance(amount, (int, float)) or isinstance(amount, bool) or amount < 0:
                err(f"{tag}: amount is negative or not a number")
            if q.get("bound") is not None and q.get("bound") not in BOUNDS:
                err(f"{tag}: bound {q.get('bound')!r} is not one of {' '.join(BOUNDS)}")
            cur = q.get("currency")
            if cur is not None and not (isinstance(cur, str) and re.fullmatch(r"[A-Z]{3}", cur)):
                err(f"{tag}: currency {cur!r} is not an ISO 4217 code")

        # Weekdays named against the dates the gold uses.
        if doc is not None and lang in WEEKDAYS:
            near = [d for d in dates_used if abs((d - doc).days) <= 7]
            for wd, pattern in enumerate(WEEKDAYS[lang]):
                if re.search(pattern, text, flags=re.IGNORECASE):
                    if not any(d.weekday() == wd for d in near + [doc]):
                        names = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
                        warn(f"{names[wd]} is named but no gold date within a week falls on it")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] + " Prints only ids and problems, never text.",
        epilog="See the module docstring (head -40 tools/check_gold.py) for every check.",
    )
    ap.add_argument("paths", nargs="*", help="jsonl files or folders (default: eval/)")
    ap.add_argument("--first-year", type=int, default=1995, help="earliest year of a document or act")
    ap.add_argument("--last-year", type=int, default=2025, help="latest year of a document or act")
    ap.add_argument(
        "--first-member-year",
        type=int,
        default=1945,
        help="earliest year of a membership date (blocs were founded and joined before 1995)",
    )
    ap.add_argument("--no-order", action="store_true", help="skip the mention reading-order check")
    ap.add_argument(
        "--allow-person-party",
        action="store_true",
        help="let a person, company or initiative id stand as an event party",
    )
    ap.add_argument(
        "--require-all",
        action="store_true",
        help="every item must write mentions, events, memberships, quantities and tags (new sets)",
    )
    ap.add_argument(
        "--allow-one-party-symmetric",
        action="store_true",
        help="accept a symmetric event with one party (sets _4 and _n23 wrote a bloc's members so)",
    )
    ap.add_argument(
        "--allow-dated-hypothetical",
        action="store_true",
        help="accept a date on a hypothetical act (written before the session-21 reading)",
    )
    ap.add_argument(
        "--known",
        metavar="FILE",
        help="a file of 'id<TAB>problem' lines already reported and accepted (printed as 'known')",
    )
    ap.add_argument("--errors-only", action="store_true", help="print errors only")
    ap.add_argument("--strict", action="store_true", help="warnings also fail")
    args = ap.parse_args()
    paths = [Path(p) for p in args.paths] or [ROOT / "eval"]
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    checker = Checker(args)
    for f in files:
        before = (checker.errors, checker.warnings)
        checker.check_file(f)
        e, w = checker.errors - before[0], checker.warnings - before[1]
        if e or not args.errors_only:
            print(f"{f.name}: {e} errors, {w} warnings")
    print(
        f"total: {len(files)} files, {checker.errors} errors, {checker.warnings} warnings, "
        f"{checker.known_hits} known"
    )
    failed = checker.errors or (args.strict and checker.warnings)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
