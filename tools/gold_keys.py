#!/usr/bin/env python3
"""Check that a new held-out set shares no story with the old eval files (prints ids and keys only).

Usage:
  python3 tools/gold_keys.py NEW.jsonl ... [--old DIR_OR_FILE ...]
  python3 tools/gold_keys.py --plan PLAN.txt [--old ...]

Keys, read from the gold (never from the text):
* event key: (type, source set, target set, month) of every dated event (symmetric: the union);
* membership key: (bloc, member, status, year) of every dated membership;
* pair key: (two parties of one event, month) — two stories that share any pair of parties within
  a month are one story told twice.
A new item that shares a key with an old item is printed as ``new-id  KIND  key  old-id``.
Then a character 5-gram Jaccard check of every new text against every old text and against the
other new items of its language: the best score per new item is printed as ``new-id  old-id  score``
(no text). ``--threshold`` (default 0.3) marks the pairs to rewrite; the exit status is 1 when a key
is shared or a score reaches the threshold.

``--plan FILE`` checks candidate stories before they are written: one per line,
``LABEL EVENT TYPE SRC[,SRC]>TGT[,TGT] YYYY-MM`` (``SRC,SRC=`` for a symmetric event),
``LABEL PAIR A,B YYYY-MM`` or ``LABEL MEMB BLOC MEMBER STATUS YYYY``; it prints each label with the
old ids that hold the key, and for a pair every month the old files use it (keys only).

The old files default to every ``*.jsonl`` under ``eval/`` that is not one of the new files (the
gates and held-out files are read for their keys and n-grams only; nothing of their text is shown).
Standard library only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


def month(date: object) -> str | None:
    if isinstance(date, str) and len(date) >= 7:
        return date[:7]
    return None


def keys(item: dict) -> set[tuple]:
    out: set[tuple] = set()
    for e in item.get("events") or []:
        m = month(e.get("date"))
        if m is None:
            continue
        src = tuple(sorted(set(e.get("source") or [])))
        tgt = tuple(sorted(set(e.get("target") or [])))
        out.add(("EVENT", e.get("type"), src, tgt, m))
        parties = sorted(set(src) | set(tgt))
        for a, b in itertools.combinations(parties, 2):
            out.add(("PAIR", a, b, m))
    for ms in item.get("memberships") or []:
        d = ms.get("date")
        if isinstance(d, str) and len(d) >= 4:
            out.add(("MEMB", ms.get("bloc"), ms.get("member"), ms.get("status"), d[:4]))
    return out


def grams(text: str, n: int = 5) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i : i + n] for i in range(max(0, len(t) - n + 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def fmt(key: tuple) -> str:
    kind = key[0]
    if kind == "EVENT":
        return f"EVENT {key[1]} {','.join(key[2])}>{','.join(key[3])} {key[4]}"
    return " ".join(str(k) for k in key)


def parse_plan(line: str) -> tuple[str, tuple]:
    parts = line.split()
    label, kind = parts[0], parts[1].upper()
    if kind == "EVENT":
        typ, sides, m = parts[2], parts[3], parts[4]
        src, _, tgt = sides.partition(">")
        s = tuple(sorted(x for x in src.split(",") if x))
        t = tuple(sorted(x for x in tgt.split(",") if x and x != "="))
        return label, ("EVENT", typ, s, t, m)
    if kind == "PAIR":
        a, b = sorted(parts[2].split(","))
        return label, ("PAIR", a, b, parts[3])
    if kind == "MEMB":
        return label, ("MEMB", parts[2], parts[3], parts[4], parts[5])
    raise ValueError(f"{label}: kind {kind} is not EVENT, PAIR or MEMB")


def main() -> int:
    ap = argparse.ArgumentParser(
        description="Keys and 5-gram overlap of a new gold set against the old eval files "
        "(prints ids and keys only, never text).",
        epilog="See the module docstring (head -30 tools/gold_keys.py).",
    )
    ap.add_argument("new", nargs="*", type=Path, help="the new jsonl files")
    ap.add_argument("--old", nargs="*", type=Path, help="old files or folders (default: eval/)")
    ap.add_argument("--plan", type=Path, help="a file of candidate keys to check before writing")
    ap.add_argument("--threshold", type=float, default=0.3, help="5-gram Jaccard to flag")
    args = ap.parse_args()

    new_paths = {p.resolve() for p in args.new}
    old_files: list[Path] = []
    for p in args.old or [ROOT / "eval"]:
        old_files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    old_files = [p for p in old_files if p.resolve() not in new_paths]

    index: dict[tuple, list[str]] = defaultdict(list)
    pair_months: dict[tuple, set[str]] = defaultdict(set)
    old_grams: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for f in old_files:
        for item in load(f):
            for k in keys(item):
                index[k].append(item["id"])
                if k[0] == "PAIR":
                    pair_months[(k[1], k[2])].add(k[3])
            if not args.plan:
                old_grams[item.get("lang", "")].append((item["id"], grams(item.get("text", ""))))

    failed = False
    if args.plan:
        for line in args.plan.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            label, key = parse_plan(line)
            hits = sorted(set(index.get(key, [])))
            extra = ""
            if key[0] == "PAIR":
                extra = "  months used: " + " ".join(sorted(pair_months.get((key[1], key[2]), set())))
            print(f"{label}\t{fmt(key)}\t{'TAKEN by ' + ' '.join(hits[:6]) if hits else 'free'}{extra}")
            failed |= bool(hits)
        return 1 if failed else 0

    new_items = [item for p in args.new for item in load(p)]
    shared = 0
    for item in new_items:
        for k in sorted(keys(item), key=fmt):
            for old in sorted(set(index.get(k, []))):
                print(f"{item['id']}\t{fmt(k)}\t{old}")
                shared += 1
    print(f"shared keys: {shared}")
    failed |= shared > 0

    best_overall = (0.0, "", "")
    for item in new_items:
        g = grams(item.get("text", ""))
        lang = item.get("lang", "")
        cands = list(old_grams[lang]) + [
            (o["id"], grams(o.get("text", "")))
            for o in new_items
            if o["id"] != item["id"] and o.get("lang") == lang
        ]
        score, other = max(((jaccard(g, og), oid) for oid, og in cands), default=(0.0, "-"))
        flag = "  REWRITE" if score >= args.threshold else ""
        print(f"{item['id']}\t{other}\t{score:.3f}{flag}")
        failed |= score >= args.threshold
        if score > best_overall[0]:
            best_overall = (score, item["id"], other)
    print(f"highest 5-gram Jaccard: {best_overall[0]:.3f} ({best_overall[1]} beside {best_overall[2]})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
