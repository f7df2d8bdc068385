#!/usr/bin/env bash
# The builder benchmark (docs/benchmarks.md §2), run by `make bench
# ARGS="builder [TRIPS…]"` (default: 100000 1000000). For each size: seeds that many journeys
# into the database rpc_export_bench_builder of the private cluster, then measures end to end
# (`export-builder process`: claim → rows → file → ZIP → store → success, release build, local
# storage) a registry export of every journey as CSV and as XLSX, with elapsed seconds and peak
# memory (/usr/bin/time). The CSV the builder wrote is then the input of the reference writers,
# so that they write the same cells: the plain C writer (zlib level 1, Benchmarks/builder/xlsx_plain.c),
# libxlsxwriter in constant-memory mode, Python XlsxWriter (first 100,000 rows only: a million
# takes a quarter of an hour), `COPY (the builder's query) TO STDOUT csv | gzip -1`, and the query
# alone (`COPY` to /dev/null). Prints rows/s, the ratios the targets name, file sizes, peak memory,
# the builder's own split of its time (count, query until the first row, rows, zip, upload), the
# temporary bytes the server wrote during each export (pg_stat_database.temp_bytes, at the
# cluster's default work_mem of 4 MB) and the overlap: the builder's time over the longer of the
# query alone and the plain C writer alone. Files go to var/bench/builder.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "$0")/../../scripts/common.sh"
# shellcheck source=Benchmarks/builder/database.sh
source "$(dirname "$0")/database.sh"
cd "$ROOT"

sizes=("$@")
((${#sizes[@]} > 0)) || sizes=(100000 1000000)
database=rpc_export_bench_builder
OUT="$VAR/bench/builder"
PY="$VENV/bin/python"

"$ROOT/scripts/setup"
if ! dpkg -s libxlsxwriter-dev >/dev/null 2>&1; then
    [[ $EUID -eq 0 ]] || die "libxlsxwriter-dev is missing: apt-get install libxlsxwriter-dev"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxlsxwriter-dev >/dev/null
fi
"$PY" -c 'import xlsxwriter' 2>/dev/null || "$VENV/bin/pip" install -q --disable-pip-version-check XlsxWriter

say "release build"
for product in export-api export-builder export-bench; do swift build -c release --product "$product"; done
BIN="$(swift build -c release --show-bin-path)"
rm -rf "$OUT"
mkdir -p "$OUT/refs"
gcc -O2 -o "$OUT/refs/xlsx_plain" Benchmarks/builder/xlsx_plain.c -lminizip -lz
gcc -O2 -o "$OUT/refs/xlsx_libxlsxwriter" Benchmarks/builder/xlsx_libxlsxwriter.c -lxlsxwriter

bench_database "$database" "$OUT"

# measure NAME COMMAND...: runs COMMAND, records "NAME seconds peak-KiB cpu-seconds" in $OUT/times.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/$name.err" \
        || { cat "$OUT/$name.err" >&2; die "$name failed"; }
    printf '%s %s\n' "$name" "$(tail -n 1 "$OUT/time.txt" | awk '{print $1, $2, $3 + $4}')" >>"$OUT/times"
}
seconds() { awk -v n="$1" '$1 == n {print $2}' "$OUT/times"; }
# phases NAME: the builder's own split of its run NAME (from its JSON log): count, query until
# the first row, rows (values, formatting, compression), zip, upload, in seconds.
phases() {
    "$PY" - "$OUT/$1.err" <<'PYTHON'
import json, sys
fields = {}
for line in open(sys.argv[1]):
    try:
        fields.update(json.loads(line))
    except ValueError:
        pass
print("  ".join(f"{name} {int(fields[name + '_ms']) / 1000:.1f} s" for name in ("count", "query", "rows", "zip", "upload")))
PYTHON
}
peak() { awk -v n="$1" '$1 == n {printf "%d", $3 / 1024}' "$OUT/times"; }
cpu() { awk -v n="$1" '$1 == n {printf "%.1f", $4}' "$OUT/times"; }
rate() { awk -v r="$1" -v s="$2" 'BEGIN {printf "%d", r / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
size_of() { stat -c %s "$1" | awk '{printf "%.0f MB", $1 / 1e6}'; }

# temp_bytes: the temporary bytes the server has written for the database so far (its statistics
# are flushed within a second of a transaction's end).
temp_bytes() {
    sleep 1.5
    "$ROOT/scripts/pg" psql -d "$database" -Atc "SELECT temp_bytes FROM pg_stat_database WHERE datname = '$database'"
}

# build FORMAT: orders a registry export of the period and builds it with `export-builder process`;
# records the server's temporary bytes of the build in $OUT/temp-FORMAT.
build() {
    local uuid before
    uuid="$("$BIN/export-api" export:create --type registry --start "$start" --end "$end" --format "$1" --force)"
    before="$(temp_bytes)"
    LOG_LEVEL=info LOG_FORMAT=json measure "builder-$1" "$BIN/export-builder" process
    echo $(($(temp_bytes) - before)) >"$OUT/temp-$1"
    [[ "$("$ROOT/scripts/pg" psql -d "$database" -Atc "SELECT status FROM export.exports WHERE uuid = '$uuid'")" == success ]] \
        || die "the $1 export did not succeed ($OUT/builder-$1.err)"
    find "$STORAGE_DIR/exports/$uuid" -name '*.zip'
}

for trips in "${sizes[@]}"; do
    : >"$OUT/times"
    say "seeding $trips journeys"
    "$BIN/export-api" seed --wipe-database "$database" --trips "$trips" >/dev/null
    rows="$("$ROOT/scripts/pg" psql -d "$database" -Atc \
        "SELECT count(*) FROM carpool_v2.carpools c JOIN carpool_v2.status s ON s.carpool_id = c._id
         WHERE s.acquisition_status = 'processed'")"
    say "$rows rows: builder, CSV"
    csv_zip="$(build csv)"
    unzip -p "$csv_zip" '*.csv' >"$OUT/rows.csv"
    say "builder, XLSX"
    xlsx_zip="$(build xlsx)"
    say "plain C writer, libxlsxwriter, Python XlsxWriter (100,000 rows), COPY | gzip -1"
    measure plain "$OUT/refs/xlsx_plain" "$OUT/rows.csv" "$OUT/plain.xlsx" 1
    measure libxlsxwriter "$OUT/refs/xlsx_libxlsxwriter" "$OUT/rows.csv" "$OUT/libxlsxwriter.xlsx"
    python_rows=$((rows < 100000 ? rows : 100000))
    head -n $((python_rows + 1)) "$OUT/rows.csv" >"$OUT/rows-python.csv"
    measure xlsxwriter "$PY" Benchmarks/builder/xlsx_xlsxwriter.py "$OUT/rows-python.csv" "$OUT/xlsxwriter.xlsx"
    copy_sql="$("$BIN/export-bench" trip-sql --start "$start" --end "$end")"
    # The builder turns JIT off for its snapshot (TripQuery.transactionSettings); so do the references.
    PGOPTIONS="-c jit=off" measure copy-gzip bash -c "\"$ROOT/scripts/pg\" psql -d $database -c \"\$1\" | gzip -1 >/dev/null" _ "$copy_sql"
    PGOPTIONS="-c jit=off" measure copy-alone bash -c "\"$ROOT/scripts/pg\" psql -d $database -c \"\$1\" >/dev/null" _ "$copy_sql"

    builder_xlsx=$(rate "$rows" "$(seconds builder-xlsx)")
    builder_csv=$(rate "$rows" "$(seconds builder-csv)")
    plain=$(rate "$rows" "$(seconds plain)")
    libxlsxwriter=$(rate "$rows" "$(seconds libxlsxwriter)")
    xlsxwriter=$(rate "$python_rows" "$(seconds xlsxwriter)")
    copy=$(rate "$rows" "$(seconds copy-gzip)")
    echo
    echo "== $rows rows ($(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg))"
    printf '%-44s %9s %9s %10s %12s\n' writer seconds rows/s "peak MiB" file
    printf '%-44s %9s %9s %10s %12s\n' "builder XLSX (end to end)" "$(seconds builder-xlsx)" "$builder_xlsx" \
        "$(peak builder-xlsx)" "$(size_of "$xlsx_zip")"
    printf '%-44s %9s %9s %10s %12s\n' "builder CSV (end to end)" "$(seconds builder-csv)" "$builder_csv" \
        "$(peak builder-csv)" "$(size_of "$csv_zip")"
    printf '%-44s %9s %9s %10s %12s\n' "plain C writer, zlib 1" "$(seconds plain)" "$plain" "$(peak plain)" \
        "$(size_of "$OUT/plain.xlsx")"
    printf '%-44s %9s %9s %10s %12s\n' "libxlsxwriter, constant memory" "$(seconds libxlsxwriter)" "$libxlsxwriter" \
        "$(peak libxlsxwriter)" "$(size_of "$OUT/libxlsxwriter.xlsx")"
    printf '%-44s %9s %9s %10s %12s\n' "Python XlsxWriter ($python_rows rows)" "$(seconds xlsxwriter)" "$xlsxwriter" \
        "$(peak xlsxwriter)" "$(size_of "$OUT/xlsxwriter.xlsx")"
    printf '%-44s %9s %9s %10s %12s\n' "COPY csv | gzip -1" "$(seconds copy-gzip)" "$copy" "$(peak copy-gzip)" "-"
    printf '%-44s %9s %9s %10s %12s\n' "query alone (COPY to /dev/null)" "$(seconds copy-alone)" \
        "$(rate "$rows" "$(seconds copy-alone)")" "$(peak copy-alone)" "-"
    echo "CPU seconds (user + system) of the builder's own process: XLSX $(cpu builder-xlsx), CSV $(cpu builder-csv);" \
        "the server's work is the query alone's time (one core)"
    echo "builder phases, XLSX: $(phases builder-xlsx)"
    echo "builder phases, CSV:  $(phases builder-csv)"
    echo "server temporary files per export: XLSX $(awk '{printf "%.0f", $1 / 1e6}' "$OUT/temp-xlsx") MB," \
        "CSV $(awk '{printf "%.0f", $1 / 1e6}' "$OUT/temp-csv") MB (target: near zero)"
    longer=$(awk -v q="$(seconds copy-alone)" -v w="$(seconds plain)" 'BEGIN {print (q > w ? q : w)}')
    echo "overlap: XLSX end to end / max(query alone, plain C writer alone) $(ratio "$(seconds builder-xlsx)" "$longer")" \
        "(target ≤ 1.15)"
    echo "ratios: XLSX / plain C $(ratio "$builder_xlsx" "$plain") (target ≥ 0.7)," \
        "/ libxlsxwriter $(ratio "$builder_xlsx" "$libxlsxwriter") (≥ 3)," \
        "/ XlsxWriter $(ratio "$builder_xlsx" "$xlsxwriter") (≥ 25); CSV / COPY|gzip $(ratio "$builder_csv" "$copy") (≥ 0.7)"
done
