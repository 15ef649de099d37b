#!/usr/bin/env bash
# Checks that the generated rows committed under data/events/ are exactly what their generators write today.
#
# Each generator in GENERATORS owns the rows whose source starts with "generated: tools/<name>.py" (see
# tools/generated_rows.py) and rewrites only those. A hand edit of a generated row, or a hand-written row added
# without re-running the generators, leaves the committed file out of step with its generator: this script
# runs every generator on a scratch copy of data/ and tools/ (the working tree is never written) and prints the
# difference. Exit status 0 when every file is unchanged, 1 otherwise. The generators are idempotent and
# independent of their order (each reads only hand-written rows and keeps the other generators' blocks byte
# for byte), so one pass suffices. gen_countries.py is not run: it reads Unicode CLDR from the network.
# Needs python3 (standard library only); tools/setup.sh installs it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
GENERATORS=(trigger_classes topic_forms ar_verb_forms ru_gerund_triggers en_verb_forms en_nominalisations)

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -r "$root/data" "$root/tools" "$scratch/"
cd "$scratch"
for g in "${GENERATORS[@]}"; do
  if ! python3 "tools/$g.py" >"$scratch/$g.log" 2>&1; then
    echo "tools/check_generated.sh: tools/$g.py failed:" >&2
    cat "$scratch/$g.log" >&2
    exit 1
  fi
done
if ! diff -ru "$root/data" "$scratch/data" >"$scratch/diff"; then
  echo "tools/check_generated.sh: committed generated rows differ from the generators' output" >&2
  echo "(re-run the generators from the repository root and commit the result):" >&2
  sed -e "s#$scratch/##; s#$root/##" "$scratch/diff" | head -80 >&2
  exit 1
fi
echo "tools/check_generated.sh: ${#GENERATORS[@]} generators, data/ unchanged"
