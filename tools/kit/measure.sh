#!/bin/bash
# KIT/measure.sh BIN OUTDIR [SET...] — `blocwatch eval --json` (and the text table) of each set of the kit
# (tools/kit/setup.sh) into OUTDIR/SET.json and OUTDIR/SET.txt; the default sets are devx, gates and e32.
set -euo pipefail
KIT=$(dirname "$(realpath "$0")")
BIN=$(realpath "$1")
OUT=$2
shift 2
SETS=${*:-devx gates e32}
mkdir -p "$OUT"
for s in $SETS; do
  d=$KIT/sets/$s
  [ -n "$(ls "$d" 2>/dev/null)" ] || { echo "no set $s" >&2; exit 1; }
  "$BIN" eval --json "$d" > "$OUT/$s.json" &
  "$BIN" eval "$d" > "$OUT/$s.txt" &
done
wait
