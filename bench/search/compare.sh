#!/usr/bin/env bash
# bench/search/compare.sh — vitrine's site search against Pagefind.
#
# Usage: bench/search/compare.sh [showcase|N]     (default: showcase)
#
# Builds the showcase (or the synthetic site with N programmes, written by
# cmd/vitrine-synth) for the base URL http://127.0.0.1:PORT/, installs
# Pagefind from npm (pinned below) into $WORK, lets it index the same
# build, and runs compare.mjs: the query set bench/search/queries.json
# (30 queries per language with their expected pages; showcase only) for
# both engines, the index bytes, the first query's download and time, and
# vitrine's time per keystroke under 4× CPU throttling. docs/search.md
# shows the figures.
#
# Environment: WORK=/tmp/vitrine-search-bench, PORT=8190, PAGEFIND=0 to
# measure vitrine alone (as for N = 5000: Pagefind takes minutes there).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
what="${1:-showcase}"
WORK="${WORK:-/tmp/vitrine-search-bench}"
PORT="${PORT:-8190}"
PAGEFIND_VERSION=1.6.0
mkdir -p "$WORK"
cd "$repo"

if [ ! -x "$WORK/pagefind/node_modules/.bin/pagefind" ]; then
  echo "installing pagefind@$PAGEFIND_VERSION from npm" >&2
  mkdir -p "$WORK/pagefind"
  (cd "$WORK/pagefind" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "pagefind@$PAGEFIND_VERSION")
fi
if [ ! -d browser/node_modules/playwright-core ]; then
  (cd browser && npm ci --no-audit --no-fund --loglevel=error)
fi

out="$WORK/out-$what"
rm -rf "$out"
if [ "$what" = showcase ]; then
  go run ./cmd/vitrine build -o "$out" --base-url "http://127.0.0.1:$PORT/" >&2
  queries=bench/search/queries.json
else
  src="$WORK/site-$what"
  rm -rf "$src"
  go run ./cmd/vitrine-synth -n "$what" -vitrine "$src" >&2
  go run ./cmd/vitrine build -s "$src" -o "$out" --base-url "http://127.0.0.1:$PORT/" >&2
  queries="$WORK/queries-$what.json"
  node bench/search/synth-queries.mjs "$out" > "$queries"
fi
if [ "${PAGEFIND:-1}" = 0 ]; then
  node bench/search/compare.mjs "$out" "$PORT" "$queries" --no-pagefind
  exit
fi
start=$(date +%s.%N)
"$WORK/pagefind/node_modules/.bin/pagefind" --site "$out" --output-subdir pagefind >&2
echo "Pagefind indexed in $(echo "$(date +%s.%N) - $start" | bc) s" >&2
node bench/search/compare.mjs "$out" "$PORT" "$queries"
