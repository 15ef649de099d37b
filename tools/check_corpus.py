#!/usr/bin/env python3
"""Validate the bundled sample corpus ``examples/news/{ar,en,ru}.jsonl``.

Run from anywhere: ``python3 tools/check_corpus.py`` (exit status 1 on any error). Checks, as
described in ``examples/README.md``:

* every line is a JSON object with exactly ``id lang date title url text``; ``lang`` matches the
  file; ``id`` is ``<lang>-<date>-<slug>`` and unique across the corpus; ``date`` is a valid ISO
  date no later than the corpus reference date; ``url`` is null; lines are sorted by date;
* each text has 120-350 whitespace-separated words and paragraphs separated by one blank line;
* at least 15 articles per language and 45 in all;
* no text or title shares a run of ``--run`` characters (default 60, whitespace folded) with any
  file in the seed directory (``../shared/seeds`` next to the repository, or ``--seeds DIR``):
  the seeds must never be copied into the repository.

Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "examples" / "news"
FIELDS = ["id", "lang", "date", "title", "url", "text"]
LATEST = dt.date(2026, 11, 30)
ID_RE = re.compile(r"^(ar|en|ru)-(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def seed_runs(seed_dir: Path, n: int) -> set[str]:
    runs: set[str] = set()
    for f in sorted(seed_dir.glob("*")):
        if f.is_file():
            t = fold(f.read_text(encoding="utf-8", errors="replace"))
            runs.update(t[i : i + n] for i in range(len(t) - n + 1))
    return runs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--run", type=int, default=60, help="length of a copied run that is an error")
    args = ap.parse_args()
    errors: list[str] = []
    ids: set[str] = set()
    counts: dict[str, int] = {}
    runs = seed_runs(args.seeds, args.run) if args.seeds.is_dir() else None
    for lang in ("ar", "en", "ru"):
        path = NEWS / f"{lang}.jsonl"
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            errors.append(f"{path.name}: cannot read: {e}")
            continue
        counts[lang] = 0
        previous = ""
        for no, line in enumerate(lines, 1):
            where = f"{path.name}:{no}"
            try:
                art = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON: {e}")
                continue
            if not isinstance(art, dict) or list(art) != FIELDS:
                errors.append(f"{where}: fields must be exactly {FIELDS}")
                continue
            counts[lang] += 1
            aid, date, text = art["id"], art["date"], art["text"]
            where = f"{where} {aid}"
            m = ID_RE.match(str(aid))
            if not m or m.group(1) != lang or m.group(2) != date:
                errors.append(f"{where}: id must be {lang}-<date>-<slug> with the article's date")
            if aid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(aid)
            if art["lang"] != lang:
                errors.append(f"{where}: lang {art['lang']!r} in {path.name}")
            try:
                day = dt.date.fromisoformat(date)
                if day > LATEST:
                    errors.append(f"{where}: date {date} after {LATEST}")
            except (TypeError, ValueError):
                errors.append(f"{where}: date {date!r} is not an ISO date")
            if str(date) < previous:
                errors.append(f"{where}: not sorted by date")
            previous = str(date)
            if art["url"] is not None:
                errors.append(f"{where}: url must be null (never published)")
            if not isinstance(text, str) or not isinstance(art["title"], str) or not art["title"]:
                errors.append(f"{where}: title and text must be non-empty strings")
                continue
            words = len(text.split())
            if not 120 <= words <= 350:
                errors.append(f"{where}: {words} words, expected 120-350")
            if "\n\n\n" in text or any(p != p.strip() or not p for p in text.split("\n\n")):
                errors.append(f"{where}: paragraphs must be separated by exactly one blank line")
            if runs is not None:
                body = fold(art["title"] + " " + text)
                n = args.run
                hit = next((body[i : i + n] for i in range(len(body) - n + 1) if body[i : i + n] in runs), None)
                if hit:
                    errors.append(f"{where}: shares a {n}-character run with a seed: {hit!r}")
    for lang, n in counts.items():
        if n < 15:
            errors.append(f"{lang}.jsonl: {n} articles, expected at least 15")
    if sum(counts.values()) < 45:
        errors.append(f"corpus: {sum(counts.values())} articles, expected at least 45")
    for e in errors:
        print(f"ERROR {e}")
    seeds = f"seed overlap checked against {args.seeds}" if runs is not None else "seed directory not found, overlap NOT checked"
    print(f"checked {sum(counts.values())} articles {counts}: {len(errors)} errors; {seeds}")
    return 1 if errors or runs is None else 0


if __name__ == "__main__":
    sys.exit(main())
