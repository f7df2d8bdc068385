#!/usr/bin/env bash
# The builder's memory profile (docs/benchmarks.md §2, "Memory"), run by `make bench ARGS="builder-memory
# [TRIPS…]"` (default: 100000 1000000). For each size: seeds that many journeys into the database
# rpc_export_bench_builder of the private cluster (as Benchmarks/builder/run.sh), then builds a
# registry export of every journey as CSV and as XLSX twice with `export-builder process`
# (release build): once under /usr/bin/time with the process's resident memory sampled every
# 0.2 s from /proc (peak RSS, its anonymous part, and the anonymous RSS at each tenth of the
# run), once under heaptrack (peak heap, and the allocations alive at that peak by call stack).
# Prints one line per export and the heaptrack peaks; the recordings stay in var/bench/memory.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$0")/../../scripts/common.sh"
# shellcheck source=Benchmarks/builder/database.sh
source "$(dirname "$0")/database.sh"
cd "$ROOT"

sizes=("$@")
((${#sizes[@]} > 0)) || sizes=(100000 1000000)
database=rpc_export_bench_builder
OUT="$VAR/bench/memory"

"$ROOT/scripts/setup"
if ! command -v heaptrack >/dev/null 2>&1; then
    [[ $EUID -eq 0 ]] || die "heaptrack is missing: apt-get install heaptrack"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends heaptrack >/dev/null
fi
say "release build"
for product in export-api export-builder; do swift build -c release --product "$product"; done
BIN="$(swift build -c release --show-bin-path)"
rm -rf "$OUT"
mkdir -p "$OUT"

bench_database "$database" "$OUT"

order() {
    "$BIN/export-api" export:create --type registry --start "$start" --end "$end" --format "$1" --force >/dev/null
}

# sampled NAME FORMAT: builds one export with its RSS sampled; prints "peak RSS, peak anonymous
# RSS, anonymous RSS at 10 %, 20 % … 100 % of the run", in MiB.
sampled() {
    order "$2"
    "$BIN/export-builder" process >/dev/null 2>"$OUT/$1.err" &
    local pid=$! samples="$OUT/$1.rss"
    : >"$samples"
    while [[ -r /proc/$pid/status ]]; do
        awk '$1 == "VmRSS:" {rss = $2} $1 == "RssAnon:" {anon = $2} END {if (rss) print rss, anon}' \
            "/proc/$pid/status" >>"$samples" 2>/dev/null || true
        sleep 0.2
    done
    wait "$pid" || { cat "$OUT/$1.err" >&2; die "$1 failed"; }
    awk '{rss[NR] = $1; anon[NR] = $2; if ($1 > peak) peak = $1; if ($2 > peakAnon) peakAnon = $2}
        END {
            printf "peak RSS %d MiB, anonymous %d MiB; anonymous RSS by tenth of the run:", peak / 1024, peakAnon / 1024
            for (i = 1; i <= 10; i++) printf " %d", anon[int(NR * i / 10)] / 1024
            print " MiB"
        }' "$samples"
}

# profiled NAME FORMAT: builds one export under heaptrack; prints its peak heap and the call
# stacks of the allocations alive at that peak.
profiled() {
    order "$2"
    heaptrack -o "$OUT/$1" "$BIN/export-builder" process >/dev/null 2>"$OUT/$1.heaptrack.err" \
        || { cat "$OUT/$1.heaptrack.err" >&2; die "$1 under heaptrack failed"; }
    heaptrack_print -f "$OUT/$1.zst" -p 1 -a 0 -T 0 -n 8 -s 3 >"$OUT/$1.peaks" 2>/dev/null
    grep -E '^peak heap memory consumption' "$OUT/$1.peaks"
}

for trips in "${sizes[@]}"; do
    say "seeding $trips journeys"
    "$BIN/export-api" seed --wipe-database "$database" --trips "$trips" >/dev/null
    for format in csv xlsx; do
        echo "== $trips journeys, $format: $(sampled "$format-$trips" "$format")"
        profiled "$format-$trips" "$format"
        echo "   allocations alive at the heap's peak: $OUT/$format-$trips.peaks"
    done
done
