#!/usr/bin/env bash
# Determinism check: the browser tests, RUNS times in a row, while stress-ng keeps every core busy.
# Usage: scripts/browser_under_load.sh [RUNS]  (DATABASE_URL selects the database as for make test)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
command -v stress-ng >/dev/null 2>&1 || {
    SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq stress-ng >/dev/null
}
stress-ng --cpu "$(nproc)" --timeout 0 --quiet &
HOG=$!
trap 'kill $HOG 2>/dev/null || true' EXIT
for run in $(seq 1 "$RUNS"); do
    start=$(date +%s)
    .venv/bin/pytest -n "$(nproc)" -m browser -q -p no:cacheprovider
    echo "run $run of $RUNS passed in $(( $(date +%s) - start )) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
