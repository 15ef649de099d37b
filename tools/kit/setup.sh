#!/bin/bash
# tools/kit/setup.sh KIT GATES HELDOUT... — the coordinator's measuring kit, rebuilt from the repository.
#
#   tools/kit/setup.sh /tmp/kit '_h54|_h55' 56 57
#
# Writes under KIT (default /tmp/kit):
#   sets/devx        symlinks to the tunable eval/dev files (not the gates, not the events probe dev/*_e32)
#   sets/gates       symlinks to the gate files (eval/dev files whose name ends in GATES) and eval/heldout_val/*
#                    as val_*; scored for totals only
#   sets/e32         the events probe
#   sets/heldout_N   symlinks to eval/heldout/*_N.jsonl for each N (the folder name holds `heldout`, so
#                    `blocwatch eval --failures` stays refused); only the coordinator scores them
#   measure.sh, summ.py (copies of tools/kit/), news20.jsonl (examples/news repeated to about 21 MiB, the
#                    $NEWS of tools/bench/ident.sh)
# Nothing is read from the files themselves: only names.
set -euo pipefail
KIT=${1:-/tmp/kit}
GATES=${2:-_h54|_h55}
shift 2 || true
cd "$(dirname "$0")/../.."
rm -rf "$KIT/sets"
mkdir -p "$KIT/sets/devx" "$KIT/sets/gates" "$KIT/sets/e32" "$KIT/bin" "$KIT/out"
for f in eval/dev/*.jsonl; do
  b=$(basename "$f" .jsonl)
  if [[ $b =~ ($GATES)$ ]]; then ln -s "$PWD/$f" "$KIT/sets/gates/"
  elif [[ $b =~ _e32$ ]]; then ln -s "$PWD/$f" "$KIT/sets/e32/"
  else ln -s "$PWD/$f" "$KIT/sets/devx/"; fi
done
for f in eval/heldout_val/*.jsonl; do ln -s "$PWD/$f" "$KIT/sets/gates/val_$(basename "$f")"; done
for n in "$@"; do
  mkdir -p "$KIT/sets/heldout_$n"
  for f in eval/heldout/*_"$n".jsonl; do ln -s "$PWD/$f" "$KIT/sets/heldout_$n/"; done
done
cp tools/kit/measure.sh tools/kit/summ.py "$KIT/"
if [ ! -s "$KIT/news20.jsonl" ]; then
  for _ in $(seq 170); do cat examples/news/*.jsonl; done > "$KIT/news20.jsonl"
fi
for d in "$KIT"/sets/*; do echo "$(basename "$d"): $(ls "$d" | wc -l) files"; done
