#!/usr/bin/env bash
# Fetches the editor of /admin/ (Decap CMS) into admin/vendor/, where
# `vitrine build` finds it and copies it into the site, with its licences.
#
#   bash admin/update.sh            # makes admin/vendor/ match the pin below
#   bash admin/update.sh --check    # only checks it (no network): CI runs this
#   bash admin/update.sh 3.17.0     # moves the pin to another version
#
# Only the npm registry is contacted, through npm itself. The packages are
# fetched as tarballs (npm pack), checked against the pinned integrity, and
# three files are kept: the script, the notices of the libraries bundled in
# it, and the MIT licence of the Decap CMS project (taken from
# decap-cms-locales, a package of the same repository: decap-cms itself ships
# no licence file). admin/vendor/VERSION.txt records the version, the
# tarball's integrity and the SHA-256 of each file kept.
#
# admin/vendor/ is committed, like the rest of the site's sources: a fresh
# clone builds a working /admin/ without the network, and a change of
# version is one reviewed commit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# The pins. A new version is written here by `bash admin/update.sh VERSION`.
DECAP_VERSION=3.16.3
DECAP_INTEGRITY=sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==
LICENCE_PACKAGE=decap-cms-locales@3.8.2
LICENCE_INTEGRITY=sha512-ATsQ1bxPNQe5kQy4aB3rQmJEDiNi6I05lVaTENgQOz9eI8RnPLJQQTxnvQKCn9aYCHC0/yxrNmdm8903mEBEZg==

# matches: admin/vendor/ holds the pinned version, unchanged.
matches() {
  [ -f "$here/vendor/VERSION.txt" ] || return 1
  [ "$(head -n 2 "$here/vendor/VERSION.txt")" = "$(printf 'decap-cms %s\n%s' "$DECAP_VERSION" "$DECAP_INTEGRITY")" ] || return 1
  [ "$(tail -n +3 "$here/vendor/VERSION.txt" | wc -l)" -eq 3 ] || return 1
  (cd "$here/vendor" && tail -n +3 VERSION.txt | sha256sum --check --quiet --strict >/dev/null 2>&1)
}

if [ "${1:-}" = "--check" ]; then
  if matches; then
    echo "admin/vendor/ holds decap-cms $DECAP_VERSION, unchanged"
    exit 0
  fi
  echo "admin/vendor/ does not match the pin in admin/update.sh (decap-cms $DECAP_VERSION): run bash admin/update.sh and commit admin/vendor/" >&2
  exit 1
fi
if [ $# -eq 0 ] && matches; then
  echo "admin/vendor/ holds decap-cms $DECAP_VERSION already"
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
  new="$1"
  echo "moving the pin from decap-cms $DECAP_VERSION to $new"
  DECAP_INTEGRITY="$(npm view "decap-cms@$new" dist.integrity)"
  [ -n "$DECAP_INTEGRITY" ] || { echo "decap-cms@$new is not on the registry" >&2; exit 1; }
  DECAP_VERSION="$new"
  sed -i.bak -e "s|^DECAP_VERSION=.*|DECAP_VERSION=$DECAP_VERSION|" \
    -e "s|^DECAP_INTEGRITY=.*|DECAP_INTEGRITY=$DECAP_INTEGRITY|" "$here/update.sh"
  rm -f "$here/update.sh.bak"
fi

# fetch PACKAGE@VERSION INTEGRITY: downloads the tarball into $tmp, checks
# its integrity, prints its path.
fetch() {
  local spec="$1" want="$2" out
  for attempt in 1 2 3; do
    if out="$(cd "$tmp" && npm pack "$spec" --json --loglevel=error 2>/dev/null)"; then break; fi
    echo "npm pack $spec failed (attempt $attempt), retrying" >&2
    sleep $((attempt * 5))
    out=""
  done
  [ -n "$out" ] || { echo "could not fetch $spec from the npm registry" >&2; exit 1; }
  local file integrity
  file="$(node -e 'const j=JSON.parse(process.argv[1]);console.log(j[0].filename)' "$out")"
  integrity="$(node -e 'const j=JSON.parse(process.argv[1]);console.log(j[0].integrity)' "$out")"
  if [ "$integrity" != "$want" ]; then
    echo "$spec: integrity $integrity, expected $want: refusing it" >&2
    exit 1
  fi
  echo "$tmp/$file"
}

decap="$(fetch "decap-cms@$DECAP_VERSION" "$DECAP_INTEGRITY")"
licence="$(fetch "$LICENCE_PACKAGE" "$LICENCE_INTEGRITY")"
mkdir -p "$tmp/decap" "$tmp/licence"
tar -xzf "$decap" -C "$tmp/decap" package/dist/decap-cms.js package/dist/decap-cms.js.LICENSE.txt
tar -xzf "$licence" -C "$tmp/licence" package/LICENSE

rm -rf "$here/vendor"
mkdir -p "$here/vendor"
cp "$tmp/decap/package/dist/decap-cms.js" "$here/vendor/decap-cms.js"
cp "$tmp/decap/package/dist/decap-cms.js.LICENSE.txt" "$here/vendor/decap-cms.js.LICENSE.txt"
cp "$tmp/licence/package/LICENSE" "$here/vendor/LICENSE.txt"
{
  printf 'decap-cms %s\n%s\n' "$DECAP_VERSION" "$DECAP_INTEGRITY"
  (cd "$here/vendor" && sha256sum decap-cms.js decap-cms.js.LICENSE.txt LICENSE.txt)
} > "$here/vendor/VERSION.txt"
echo "admin/vendor/: decap-cms $DECAP_VERSION ($(du -k "$here/vendor/decap-cms.js" | cut -f1) KB) and its licences; vitrine build copies them to /admin/; commit admin/vendor/"
