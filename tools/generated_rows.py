"""Shared by the generators that append rows to a hand-written data file (tools/ar_verb_forms.py,
tools/ru_gerund_triggers.py, tools/en_verb_forms.py, tools/en_nominalisations.py).

Such a generator owns only the rows whose source begins with its marker ("generated: tools/<name>.py"):
it reads the file, derives new rows from the hand-written ones, and writes the file back with the
hand-written lines byte for byte and its own block written anew where it stood (at the end the first time). Keeping that read/write
contract in one place keeps the generators idempotent in the same way. Python 3 standard library only.
"""

import csv
import io


def read(path: str, marker: str):
    """The file's text, its field names and its hand-written rows (those not written by `marker`)."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    rows = list(csv.DictReader(io.StringIO(text)))
    fields = list(rows[0].keys())
    manual = [r for r in rows if not r["source"].startswith(marker)]
    return text, fields, manual


def write(path: str, text: str, fields, marker: str, out) -> None:
    """Writes `text` back to `path` with the lines of `marker` replaced by the rows `out`, written where
    the first of those lines stood (at the end when there was none). Two generators that own blocks of
    the same file (cues_ru.csv: topic_forms.py and ru_gerund_triggers.py) therefore leave each other's
    block where it is, and running either again changes nothing."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    at = next((i for i, ln in enumerate(lines) if marker in ln), None)
    kept = [ln for ln in lines if marker not in ln]
    if at is None:
        at = len(kept)
    else:
        # The block goes where its first line was: after the lines before it that are kept.
        at = sum(1 for ln in lines[:at] if marker not in ln)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writerows(out)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(kept[:at]) + buf.getvalue() + "".join(kept[at:]))
