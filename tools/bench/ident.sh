#!/bin/bash
# ident.sh BASE NEW [WORK] — are two blocwatch binaries' outputs byte-identical?
#
# The check a change that must not move any output (a speed-up, a refactor) passes before it lands: BASE is
# main's binary at the commit the change is rebased on, NEW the changed one (both `fast` or both `release`).
# Each binary writes, under WORK/base and WORK/new (default: a temporary directory, removed at the end):
#   - `extract` of ../shared/seeds (JSON and `--format plover`) and of examples/news (JSON and `--format cameo`),
#   - `extract` of every tunable eval/dev/*.jsonl (JSON and PLOVER),
#   - `eval --json` of the tunable dev files and of the gates (totals), `eval --failures` of the tunable files,
#   - `extract` of $NEWS, when set (a larger corpus, e.g. examples/news repeated to 20 MiB).
# The gate files (eval/dev files matching $GATES, default the current gates `_h54|_h55`, and
# eval/heldout_val/*) are extracted by both binaries into a pipe and compared by `cmp -s` only: their output
# is never written to disk or printed. eval/heldout/ is never read.
# Prints one line per file that differs (a name, never its text) and exits 1 if any does, 0 if all agree.
set -euo pipefail
BASE=$(realpath "$1")
NEW=$(realpath "$2")
WORK=${3:-}
GATES=${GATES:-_h54|_h55}
cd "$(dirname "$0")/../.."
if [ -z "$WORK" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
SEEDS=../shared/seeds

tunable=()
gates=(eval/heldout_val/*.jsonl)
for f in eval/dev/*.jsonl; do
  if [[ $(basename "$f" .jsonl) =~ ($GATES)$ ]]; then gates+=("$f"); else tunable+=("$f"); fi
done
mkdir -p "$WORK/devx" "$WORK/gates"
for f in "${tunable[@]}"; do ln -sf "$PWD/$f" "$WORK/devx/"; done
for f in "${gates[@]}"; do ln -sf "$PWD/$f" "$WORK/gates/$(basename "$(dirname "$f")")_$(basename "$f")"; done

outputs() {
  local bin=$1 out=$2
  mkdir -p "$out"
  if [ -d "$SEEDS" ]; then
    "$bin" extract "$SEEDS" > "$out/seeds.json"
    "$bin" extract --format plover "$SEEDS" > "$out/seeds.plover"
  fi
  "$bin" extract examples/news > "$out/news.json"
  "$bin" extract --format cameo examples/news > "$out/news.cameo"
  for f in "${tunable[@]}"; do
    local b
    b=$(basename "$f" .jsonl)
    "$bin" extract "$f" > "$out/dev_$b.json"
    "$bin" extract --format plover "$f" > "$out/dev_$b.plover"
  done
  "$bin" eval --json "$WORK/devx" > "$out/eval_devx.json"
  "$bin" eval --json "$WORK/gates" > "$out/eval_gates.json"
  "$bin" eval --failures "$WORK/devx" > "$out/eval_devx.failures"
  if [ -n "${NEWS:-}" ]; then "$bin" extract "$NEWS" > "$out/news_big.json"; fi
}

outputs "$BASE" "$WORK/base" &
a=$!
outputs "$NEW" "$WORK/new" &
b=$!
wait $a
wait $b

differ=0
if ! diff -rq "$WORK/base" "$WORK/new"; then differ=1; fi
for f in "${gates[@]}"; do
  for fmt in json plover; do
    if ! cmp -s <("$BASE" extract --format "$fmt" "$f") <("$NEW" extract --format "$fmt" "$f"); then
      echo "gate file $f ($fmt) differs"
      differ=1
    fi
  done
done
n=$(find "$WORK/base" -type f | wc -l)
echo "ident: $n files and $((${#gates[@]} * 2)) gate outputs compared; $([ $differ = 0 ] && echo identical || echo DIFFERENT)"
exit $differ
