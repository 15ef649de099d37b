#!/usr/bin/env bash
# Installs what the browser tests and the page build need beyond the Rust toolchain, on Debian, as root:
# Debian's chromium (playwright-core drives it; no browser is downloaded), Node.js and npm when absent, python3 for
# the data checks in tools/ (standard library only), and the
# page's pinned JavaScript packages (`npm ci` in web/, exact versions and integrity hashes from
# web/package-lock.json). Idempotent: does nothing that is already done, and runs `apt-get update` only when
# something has to be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v python3 >/dev/null 2>&1 || need+=(python3)

if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "tools/setup.sh: missing ${need[*]}; run this script as root (it uses apt-get)" >&2
    exit 1
  fi
  echo "tools/setup.sh: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-noto-core >/dev/null
fi

# node_modules is current when npm's own record of it matches the lock file we pin.
lock=web/package-lock.json
stamp=web/node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ ! -d web/node_modules/playwright-core ] || [ ! -f web/node_modules/echarts/dist/echarts.min.js ] \
   || [ "$lock" -nt "$stamp" ]; then
  echo "tools/setup.sh: npm ci in web/"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "tools/setup.sh: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), node $(node --version), $(python3 --version), web/node_modules ready"
