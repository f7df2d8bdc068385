# shellcheck shell=bash
# Sourced by the builder's benchmarks (run.sh, memory.sh): the database and the environment that
# `export-api` and `export-builder process` share there.

# bench_database DATABASE OUT: starts the private cluster if needed, creates DATABASE afresh with
# both schemas, exports what the two executables read (storage and scratch folders under OUT,
# no row cap, open-data salt) and sets `start` and `end` to the period the seeder fills: the last
# three whole months, which the export covers. Needs BIN, the release build's folder.
bench_database() {
    local database=$1 out=$2
    use_pg
    "$ROOT/scripts/pg" psql -d postgres -q -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    DATABASE_URL="$("$ROOT/scripts/pg" url "$database")"
    export DATABASE_URL LOG_LEVEL=error EXPORT_MAX_ROWS=100000000 STORAGE_DIR="$out/storage" WORK_DIR="$out/work"
    export S3_ENDPOINT="" OPENDATA_SALT=bench
    mkdir -p "$STORAGE_DIR" "$WORK_DIR"
    "$BIN/export-api" migrate --with-upstream >/dev/null
    start="$(date -u -d "$(date +%Y-%m-01) -4 months" +%Y-%m-%dT00:00:00Z)"
    end="$(date -u +%Y-%m-%dT00:00:00Z)"
}
