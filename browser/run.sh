#!/usr/bin/env bash
# Browser tests of the showcase site: bash browser/run.sh (from anywhere).
#
# Installs what it needs (Debian's Chromium and a JRE when missing, the npm
# packages of package-lock.json), builds the showcase site under the
# /vitrine/ sub-path of a local server, serves it on 127.0.0.1 with a strict
# Content-Security-Policy, runs tests.mjs, and stops the server.
# Exits non-zero when any check fails.
#
# Environment:
#   PORT=8137          the port to serve on (default: a free one)
#   ONLY=finder,axe    run only these checks (names: see tests.mjs)
#   SKIP=lighthouse    skip these checks
#   KEEP_SERVER=1      leave the server running at the end (prints its URL)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cd "$here"

step() { printf '\n-- %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else echo "need root (or sudo) to run: $*" >&2; return 1
  fi
}
apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@"
}

step "tools"
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium"
  apt_install chromium fonts-dejavu-core
fi
if ! command -v java >/dev/null 2>&1; then
  echo "installing a Java runtime for the Nu HTML Checker"
  apt_install default-jre-headless
fi
/usr/bin/chromium --version 2>/dev/null || true
node --version
java -version 2>&1 | head -1

step "npm packages"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f node_modules/.installed-lock ] && [ "$(cat node_modules/.installed-lock)" = "$lock_hash" ]; then
  echo "node_modules is up to date with package-lock.json"
else
  # The registry is sometimes slow to answer: retry rather than fail CI.
  ok=0
  for attempt in 1 2 3; do
    if npm ci --no-audit --no-fund --loglevel=error --fetch-retries=5 --fetch-retry-mintimeout=5000 --fetch-retry-maxtimeout=60000 --fetch-timeout=120000; then
      ok=1; break
    fi
    echo "npm ci failed (attempt $attempt), retrying" >&2
    sleep $((attempt * 10))
  done
  [ "$ok" = 1 ] || { echo "could not install the npm packages" >&2; exit 1; }
  echo "$lock_hash" > node_modules/.installed-lock
fi
if [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "node_modules/vnu-jar/build/dist/vnu.jar is missing" >&2; exit 1
fi

if [ -z "${PORT:-}" ]; then
  PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
fi
export PORT
export BASE_URL="http://127.0.0.1:$PORT/vitrine/"
export PARTIAL_URL="http://127.0.0.1:$PORT/vitrine-partial/"
export OUT_DIR="$here/out/vitrine"
export PARTIAL_DIR="$here/out/vitrine-partial"
export SCREENSHOT_DIR="$here/screenshots"

step "the editor's script (admin/update.sh)"
bash "$repo/admin/update.sh" --check

step "build the showcase site for $BASE_URL"
mkdir -p out
# The copies of the site under out/ hold Go files (the themes): a go.mod of
# their own keeps them out of the project's "go test ./...".
printf 'module vitrine-browser-out\n' > out/go.mod
(cd "$repo" && go build -o "$here/out/vitrine-cmd" ./cmd/vitrine)
(cd "$repo" && "$here/out/vitrine-cmd" build -o "$OUT_DIR" --base-url "$BASE_URL")

# A copy of the site with two pages missing in one language each, to test
# that the language switcher then leads to the nearest existing page.
step "build a copy with missing translations for $PARTIAL_URL"
rm -rf out/partial-src
mkdir -p out/partial-src
for f in site.yaml content data i18n static layouts themes admin; do
  if [ -e "$repo/$f" ]; then cp -R "$repo/$f" out/partial-src/; fi
done
rm out/partial-src/content/news/unigr-student-status.de.md out/partial-src/content/contact.es.md
"$here/out/vitrine-cmd" build -s out/partial-src -o "$PARTIAL_DIR" --base-url "$PARTIAL_URL"

step "serve $here/out on http://127.0.0.1:$PORT/"
node serve.mjs "$here/out" "$PORT" > out/server.log 2>&1 &
server_pid=$!
stop_server() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
if [ -z "${KEEP_SERVER:-}" ]; then trap stop_server EXIT; fi
for _ in $(seq 1 50); do
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$BASE_URL"; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat out/server.log >&2; echo "the server did not start" >&2; exit 1; fi
  sleep 0.2
done
cat out/server.log

step "tests"
status=0
node tests.mjs || status=$?
if [ -n "${KEEP_SERVER:-}" ]; then echo "server still running as pid $server_pid on $BASE_URL"; fi
exit "$status"
