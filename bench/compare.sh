#!/usr/bin/env bash
# bench/compare.sh — vitrine against Hugo on the same synthetic sites.
#
# Usage: bench/compare.sh [N ...]            (default: 1000 5000)
#
# For each N (the number of study programmes; each has a page in five
# languages), it writes a vitrine site and a Hugo site with the same content
# (go run ./cmd/vitrine-synth), then builds each one cold RUNS times, with
# minification on for both, under /usr/bin/time -v — with today's Hugo and,
# when HUGO_OLD names one, with an older Hugo too; then builds the vitrine
# site RUNS more times over its previous output with nothing changed. It
# builds it RUNS times after appending a comment to one programme file (an
# edit that changes no output: everything is rendered again, nothing needs
# writing). It prints one table with the median of the runs: wall time, CPU
# time (user + system), peak RSS, pages (HTML files) written, files and
# output size, and the ratios (vitrine against each Hugo). docs/performance.md
# explains the figures and how to build today's Hugo.
#
# Environment:
#   RUNS=3                        builds per tool and size
#   WORK=/tmp/vitrine-bench       sites, outputs, binaries and raw timings
#   HUGO=/work/tools/hugo-0.167.0/hugo
#                                 the main Hugo binary (default: that one if it is
#                                 there, else hugo from the PATH)
#   HUGO_OLD=                     an older Hugo to measure as well, in a column of its
#                                 own (e.g. HUGO_OLD=/usr/bin/hugo, Debian's 0.111)
#   TOOLS="vitrine hugo"          TOOLS=vitrine skips Hugo (to re-measure vitrine alone)
#   SETTLE=5                      seconds to wait after syncing, before each cold build
#
# Every cold build writes into a folder of its own, and no output is removed
# until the end: a cold build in CI writes into a fresh checkout, where
# nothing was just deleted. Removing the previous outputs before each build,
# as this script did at first, measures the file system rather than the
# tools: on ext4 without a journal (as on this machine) the kernel avoids
# reusing an inode freed less than 60 seconds before, and 360 seconds while
# its inode table block is dirty — which the next build's own files make
# it — so creating tens of thousands of files after removing as many scans
# past every freed one (perf: up to a third of a build's CPU time in ext4's
# recently_deleted(), varying from run to run). Before each cold build the
# script syncs, so that neither tool pays for the other's writeback. The
# outputs (about 2.5 GB for N = 1,000 and 5,000) are removed at the end.
#
# Each Hugo builds the same site, the Hugos one after the other after each
# vitrine build (vitrine, Hugo, old Hugo, vitrine…). Hugo before 0.158 reads
# the site's hugo-legacy.yaml (--config), which says what hugo.yaml says with
# the keys those versions know: bench/synth/hugo.go explains why one file
# cannot serve both. The sites are written again when vitrine-synth changes.
#
# Today's Hugo is not packaged: docs/performance.md says how to build it from
# its Go module into /work/tools. A Hugo that is missing (HUGO, or HUGO_OLD
# when set) comes from Debian's apt (0.111), without recommended packages:
# with them, apt also installs an old Go as /usr/bin/go, which can shadow the
# Go this project needs.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/vitrine-bench}
if [ -z "${HUGO:-}" ]; then
	HUGO=hugo
	if [ -x /work/tools/hugo-0.167.0/hugo ]; then HUGO=/work/tools/hugo-0.167.0/hugo; fi
fi
HUGO_OLD=${HUGO_OLD:-}
TOOLS=${TOOLS:-vitrine hugo}
SETTLE=${SETTLE:-5}
with_hugo() { [[ " $TOOLS " == *" hugo "* ]]; }
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 5000); fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if with_hugo; then
	for bin in "$HUGO" ${HUGO_OLD:+"$HUGO_OLD"}; do
		if ! command -v "$bin" >/dev/null 2>&1; then
			echo "Installing Hugo from Debian (apt-get install --no-install-recommends hugo)…" >&2
			as_root apt-get update -qq
			as_root apt-get install -y --no-install-recommends hugo
			if ! command -v "$bin" >/dev/null 2>&1; then
				echo "no Hugo at $bin (Debian's is /usr/bin/hugo)" >&2
				exit 1
			fi
		fi
	done
fi
if [ ! -x /usr/bin/time ]; then
	as_root apt-get install -y --no-install-recommends time
fi

mkdir -p "$WORK/bin"
go build -o "$WORK/bin/vitrine" ./cmd/vitrine
go build -buildvcs=false -o "$WORK/bin/vitrine-synth" ./cmd/vitrine-synth # the same code, the same binary
VITRINE=$WORK/bin/vitrine
RAW=$WORK/results.tsv
: >"$RAW"

# measure LABEL OUTDIR COMMAND...: runs COMMAND under /usr/bin/time -v and
# appends a line to $RAW: label, wall s, CPU s, peak RSS KiB, HTML files,
# files, bytes of OUTDIR, and the 1-minute load average when it started
# (wall times mean little on a machine that other work keeps busy).
measure() {
	local label=$1 out=$2
	shift 2
	local log=$WORK/last.log tlog=$WORK/last.time load
	load=$(cut -d' ' -f1 /proc/loadavg)
	if ! /usr/bin/time -v -o "$tlog" "$@" >"$log" 2>&1; then
		echo "failed: $*" >&2
		tail -20 "$log" >&2
		exit 1
	fi
	local wall cpu sys rss
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tlog")
	cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$tlog")
	sys=$(awk -F': ' '/System time/ {print $2}' "$tlog") # the kernel's share: files and folders made
	rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tlog")
	local pages files bytes
	pages=$(find "$out" -type f -name '*.html' | wc -l)
	files=$(find "$out" -type f | wc -l)
	bytes=$(find "$out" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$cpu" "$rss" "$pages" "$files" "$bytes" "$load" "$sys" >>"$RAW"
	printf '  %-22s wall %6.2fs  cpu %6.2fs (system %5.2fs)  rss %5d MiB  %d pages  (load %s)\n' "$label" "$wall" "$cpu" "$sys" "$((rss / 1024))" "$pages" "$load" >&2
}

# hugo_version BIN: the version BIN reports ("hugo v0.167.0 linux/amd64 …" gives
# 0.167.0; "hugo v0.111.3+extended …" 0.111.3+extended).
hugo_version() { "$1" version | awk '{sub(/^v/, "", $2); print $2; exit}'; }
# hugo_build LABEL BIN VERSION SITE OUT: a cold build of SITE by the Hugo BIN,
# whose version is VERSION, into OUT.
hugo_build() {
	local label=$1 bin=$2 version=$3 site=$4 out=$5 cfg=()
	# Before 0.158, the configuration with the keys those versions know.
	if [ "$(printf '%s\n' "${version%%[-+]*}" 0.158.0 | sort -V | head -1)" != 0.158.0 ]; then
		cfg=(--config "$site/hugo-legacy.yaml")
	fi
	rm -rf "$site/resources" # Hugo's cache of processed assets: a handful of files
	sync
	sleep "$SETTLE"
	measure "$label" "$out" "$bin" --minify --quiet "${cfg[@]}" -s "$site" -d "$out"
}
hugo_version=skipped hugo_old_version=
if with_hugo; then
	hugo_version=$(hugo_version "$HUGO")
	if [ -n "$HUGO_OLD" ]; then hugo_old_version=$(hugo_version "$HUGO_OLD"); fi
fi
echo "Machine: $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; Hugo: $hugo_version${hugo_old_version:+ and $hugo_old_version}; $(go version | cut -d' ' -f3); vitrine at $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- build cmd themes 2>/dev/null || echo ' (modified)')" >&2
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

OUT=$WORK/out-$$ # this run's outputs, removed at the end
mkdir -p "$OUT"
synth=$(sha256sum "$WORK/bin/vitrine-synth" | cut -c1-16) # which generator wrote the sites
for n in "${SIZES[@]}"; do
	vsite=$WORK/vitrine-$n hsite=$WORK/hugo-$n
	if [ ! -f "$vsite/site.yaml" ] || [ ! -f "$hsite/hugo.yaml" ] || [ "$(cat "$WORK/synth-$n" 2>/dev/null)" != "$synth" ]; then
		rm -rf "$vsite" "$hsite"
		"$WORK/bin/vitrine-synth" -n "$n" -vitrine "$vsite" -hugo "$hsite" >&2
		echo "$synth" >"$WORK/synth-$n"
	fi
done
# Cold builds first, for every size: each into a new folder, with nothing
# removed in between (see the top of this file).
for n in "${SIZES[@]}"; do
	vsite=$WORK/vitrine-$n hsite=$WORK/hugo-$n
	echo "N=$n, cold" >&2
	for i in $(seq "$RUNS"); do
		vout=$OUT/vitrine-$n-$i
		sync
		sleep "$SETTLE"
		measure "vitrine-$n-cold" "$vout" "$VITRINE" build -s "$vsite" -o "$vout"
		if with_hugo; then
			hugo_build "hugo-$n-cold" "$HUGO" "$hugo_version" "$hsite" "$OUT/hugo-$n-$i"
			if [ -n "$HUGO_OLD" ]; then
				hugo_build "hugoold-$n-cold" "$HUGO_OLD" "$hugo_old_version" "$hsite" "$OUT/hugoold-$n-$i"
			fi
		fi
	done
done
# Then rebuilds over the last cold output of each size.
for n in "${SIZES[@]}"; do
	vsite=$WORK/vitrine-$n vout=$OUT/vitrine-$n-$RUNS
	echo "N=$n, rebuilds" >&2
	for i in $(seq "$RUNS"); do
		# Second build: the previous output is there and nothing changed.
		sync
		measure "vitrine-$n-again" "$vout" "$VITRINE" build -s "$vsite" -o "$vout"
	done
	edited=$(find "$vsite/data/programmes" -name '*.yaml' | sort | awk 'NR == 1')
	cp "$edited" "$WORK/edited.yaml"
	for i in $(seq "$RUNS"); do
		# An edit that changes no output: a YAML comment.
		echo "# edit $i" >>"$edited"
		sync
		measure "vitrine-$n-edit" "$vout" "$VITRINE" build -s "$vsite" -o "$vout"
	done
	cp "$WORK/edited.yaml" "$edited"
done
rm -rf "$OUT"
for n in "${SIZES[@]}"; do rm -rf "$WORK/hugo-$n/resources"; done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# The table: medians per label, then ratios (vitrine against each Hugo).
awk -F'\t' -v sizes="${SIZES[*]}" -v hv="$hugo_version" -v ov="$hugo_old_version" '
function median(label, col,    n, i, j, v, t) {
	n = 0
	for (i = 1; i <= rows; i++) if (lab[i] == label) v[++n] = val[i, col]
	for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
	return n ? v[int((n + 1) / 2)] : 0
}
{ rows++; lab[rows] = $1; for (c = 2; c <= 7; c++) val[rows, c] = $c
  if (rows == 1 || $8 < lo) lo = $8; if (rows == 1 || $8 > hi) hi = $8 }
function row(n, what, label) {
	printf "| %d | %s | %.2f | %.2f | %.0f | %d | %d | %.1f |\n", n, what, median(label, 2), median(label, 3), median(label, 4) / 1024, median(label, 5), median(label, 6), median(label, 7) / 1e6
}
function ratio(n, what, a, b) {
	printf "| %d | **%s** | **%.2f** | **%.2f** | **%.2f** | | | |\n", n, what, median(a, 2) / median(b, 2), median(a, 3) / median(b, 3), median(a, 4) / median(b, 4)
}
END {
	if (hv != "skipped") printf "Hugo: %s%s\n\n", hv, ov != "" ? "; old Hugo: " ov : ""
	printf "| N | build | wall (s) | CPU (s) | peak RSS (MiB) | pages | files | output (MB) |\n"
	printf "|---:|---|---:|---:|---:|---:|---:|---:|\n"
	split(sizes, ns, " ")
	for (k = 1; k in ns; k++) {
		n = ns[k]
		v = "vitrine-" n "-cold"; h = "hugo-" n "-cold"; o = "hugoold-" n "-cold"
		a = "vitrine-" n "-again"; e = "vitrine-" n "-edit"
		row(n, "vitrine, cold", v)
		if (median(h, 2) > 0) {
			row(n, "Hugo " hv ", cold", h)
			ratio(n, "vitrine / Hugo " hv, v, h)
		}
		if (median(o, 2) > 0) {
			row(n, "Hugo " ov ", cold", o)
			ratio(n, "vitrine / Hugo " ov, v, o)
		}
		row(n, "vitrine, again (nothing changed)", a)
		ratio(n, "again / cold", a, v)
		row(n, "vitrine, after an edit that changes no output", e)
		ratio(n, "edit / cold", e, v)
		wall[k] = median(v, 2); cpu[k] = median(v, 3)
	}
	if (2 in ns) printf "\nvitrine, N=%d vs N=%d: wall %.2f×, CPU %.2f× (pages %.2f×)\n", ns[2], ns[1], wall[2] / wall[1], cpu[2] / cpu[1], ns[2] / ns[1]
	printf "1-minute load average when the runs started: %s to %s (on %d CPUs)\n", lo, hi, cpus
}' cpus="$(nproc)" "$RAW"
echo "Raw timings: $RAW" >&2
