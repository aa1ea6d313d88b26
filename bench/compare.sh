#!/usr/bin/env bash
# bench/compare.sh — vitrine against Hugo on the same synthetic sites.
#
# Usage: bench/compare.sh [N ...]            (default: 1000 5000)
#
# For each N (the number of study programmes; each has a page in five
# languages), it writes a vitrine site and a Hugo site with the same content
# (go run ./cmd/vitrine-synth), then builds each one cold RUNS times, with
# minification on for both, under /usr/bin/time -v; then builds the vitrine
# site RUNS more times over its previous output with nothing changed. It
# builds it RUNS times after appending a comment to one programme file (an
# edit that changes no output: everything is rendered again, nothing needs
# writing). It prints one table with the median of the runs: wall time, CPU
# time (user + system), peak RSS, pages (HTML files) written, files and
# output size, and the ratios. docs/performance.md explains the figures.
#
# Environment:
#   RUNS=3                        builds per tool and size
#   WORK=/tmp/vitrine-bench       sites, outputs, binaries and raw timings
#   HUGO=hugo                     the Hugo binary
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
# Hugo comes from Debian's apt when missing, without recommended packages:
# with them, apt also installs an old Go as /usr/bin/go, which can shadow the
# Go this project needs.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
WORK=${WORK:-${TMPDIR:-/tmp}/vitrine-bench}
HUGO=${HUGO:-hugo}
TOOLS=${TOOLS:-vitrine hugo}
SETTLE=${SETTLE:-5}
with_hugo() { [[ " $TOOLS " == *" hugo "* ]]; }
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000 5000); fi

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if with_hugo && ! command -v "$HUGO" >/dev/null 2>&1; then
	echo "Installing Hugo from Debian (apt-get install --no-install-recommends hugo)…" >&2
	as_root apt-get update -qq
	as_root apt-get install -y --no-install-recommends hugo
fi
if [ ! -x /usr/bin/time ]; then
	as_root apt-get install -y --no-install-recommends time
fi

mkdir -p "$WORK/bin"
go build -o "$WORK/bin/vitrine" ./cmd/vitrine
go build -o "$WORK/bin/vitrine-synth" ./cmd/vitrine-synth
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
	local wall cpu rss
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tlog")
	cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$tlog")
	rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tlog")
	local pages files bytes
	pages=$(find "$out" -type f -name '*.html' | wc -l)
	files=$(find "$out" -type f | wc -l)
	bytes=$(find "$out" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$cpu" "$rss" "$pages" "$files" "$bytes" "$load" >>"$RAW"
	printf '  %-22s wall %6.2fs  cpu %6.2fs  rss %5d MiB  %d pages  (load %s)\n' "$label" "$wall" "$cpu" "$((rss / 1024))" "$pages" "$load" >&2
}

hugo_version=skipped
if with_hugo; then hugo_version=$("$HUGO" version | cut -d' ' -f1-2); fi
echo "Machine: $(nproc) CPUs, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; Hugo: $hugo_version; $(go version | cut -d' ' -f3); vitrine at $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- build cmd themes 2>/dev/null || echo ' (modified)')" >&2
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

OUT=$WORK/out-$$ # this run's outputs, removed at the end
mkdir -p "$OUT"
for n in "${SIZES[@]}"; do
	vsite=$WORK/vitrine-$n hsite=$WORK/hugo-$n
	if [ ! -f "$vsite/site.yaml" ] || [ ! -f "$hsite/hugo.yaml" ]; then
		rm -rf "$vsite" "$hsite"
		"$WORK/bin/vitrine-synth" -n "$n" -vitrine "$vsite" -hugo "$hsite" >&2
	fi
done
# Cold builds first, for every size: each into a new folder, with nothing
# removed in between (see the top of this file).
for n in "${SIZES[@]}"; do
	vsite=$WORK/vitrine-$n hsite=$WORK/hugo-$n
	echo "N=$n, cold" >&2
	for i in $(seq "$RUNS"); do
		vout=$OUT/vitrine-$n-$i hout=$OUT/hugo-$n-$i
		sync
		sleep "$SETTLE"
		measure "vitrine-$n-cold" "$vout" "$VITRINE" build -s "$vsite" -o "$vout"
		if with_hugo; then
			rm -rf "$hsite/resources" # Hugo's cache of processed assets: a handful of files
			sync
			sleep "$SETTLE"
			measure "hugo-$n-cold" "$hout" "$HUGO" --minify --quiet -s "$hsite" -d "$hout"
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

# The table: medians per label, then ratios.
awk -F'\t' -v sizes="${SIZES[*]}" '
function median(label, col,    n, i, j, v, t) {
	n = 0
	for (i = 1; i <= rows; i++) if (lab[i] == label) v[++n] = val[i, col]
	for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
	return n ? v[int((n + 1) / 2)] : 0
}
{ rows++; lab[rows] = $1; for (c = 2; c <= 7; c++) val[rows, c] = $c
  if (rows == 1 || $8 < lo) lo = $8; if (rows == 1 || $8 > hi) hi = $8 }
END {
	printf "| N | build | wall (s) | CPU (s) | peak RSS (MiB) | pages | files | output (MB) |\n"
	printf "|---:|---|---:|---:|---:|---:|---:|---:|\n"
	split(sizes, ns, " ")
	for (k = 1; k in ns; k++) {
		n = ns[k]
		v = "vitrine-" n "-cold"; h = "hugo-" n "-cold"; a = "vitrine-" n "-again"
		vw = median(v, 2); vc = median(v, 3); vr = median(v, 4); hw = median(h, 2); hc = median(h, 3); hr = median(h, 4)
		aw = median(a, 2); ac = median(a, 3); ar = median(a, 4)
		e = "vitrine-" n "-edit"; ew = median(e, 2); ec = median(e, 3); er = median(e, 4)
		printf "| %d | vitrine, cold | %.2f | %.2f | %.0f | %d | %d | %.1f |\n", n, vw, vc, vr / 1024, median(v, 5), median(v, 6), median(v, 7) / 1e6
		if (hw > 0) {
			printf "| %d | Hugo, cold | %.2f | %.2f | %.0f | %d | %d | %.1f |\n", n, hw, hc, hr / 1024, median(h, 5), median(h, 6), median(h, 7) / 1e6
			printf "| %d | **vitrine / Hugo** | **%.2f** | **%.2f** | **%.2f** | | | |\n", n, vw / hw, vc / hc, vr / hr
		}
		printf "| %d | vitrine, again (nothing changed) | %.2f | %.2f | %.0f | %d | %d | %.1f |\n", n, aw, ac, ar / 1024, median(a, 5), median(a, 6), median(a, 7) / 1e6
		printf "| %d | **again / cold** | **%.2f** | **%.2f** | **%.2f** | | | |\n", n, aw / vw, ac / vc, ar / vr
		printf "| %d | vitrine, after an edit that changes no output | %.2f | %.2f | %.0f | %d | %d | %.1f |\n", n, ew, ec, er / 1024, median(e, 5), median(e, 6), median(e, 7) / 1e6
		printf "| %d | **edit / cold** | **%.2f** | **%.2f** | **%.2f** | | | |\n", n, ew / vw, ec / vc, er / vr
		wall[k] = vw; cpu[k] = vc
	}
	if (2 in ns) printf "\nvitrine, N=%d vs N=%d: wall %.2f×, CPU %.2f× (pages %.2f×)\n", ns[2], ns[1], wall[2] / wall[1], cpu[2] / cpu[1], ns[2] / ns[1]
	printf "1-minute load average when the runs started: %s to %s (on %d CPUs)\n", lo, hi, cpus
}' cpus="$(nproc)" "$RAW"
echo "Raw timings: $RAW" >&2
