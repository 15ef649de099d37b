"""Shared by the generators that append rows to a hand-written data file (tools/ar_verb_forms.py,
tools/ru_gerund_triggers.py, tools/en_verb_forms.py, tools/en_nominalisations.py).

Such a generator owns only the rows whose source begins with its marker ("generated: tools/<name>.py"):
it reads the file, derives new rows from the hand-written ones, and writes the file back with the
hand-written lines byte for byte and its own block written anew at the end. Keeping that read/write
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
    """Writes `text` back to `path` without the lines of `marker`, then the rows `out` at the end."""
    kept = [ln for ln in text.splitlines(keepends=True) if marker not in ln]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writerows(out)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(kept) + buf.getvalue())
