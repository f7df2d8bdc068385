#!/usr/bin/env bash
# Load benchmark of export-api on loopback (docs/benchmarks.md §3): wrk at 64
# connections on POST /v1/exports and GET /v1/exports/{uuid}, and pgbench running the
# statements of a create (create.sql) as the floor. Needs the test bench (make services-up),
# pgbench and a release build (swift build -c release --product export-api); installs wrk from
# Debian when it is missing. Usage: [POOL=10] [USERS=1024] [DURATION=15s] [WARMUP=3s] Benchmarks/api/run.sh [BIN]
# (POOL: the API's DATABASE_POOL_SIZE, by default the service's own default).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v wrk >/dev/null; then
    [[ $EUID -eq 0 ]] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
source var/run/test.env
BIN=${1:-.build/release/export-api}
DURATION=${DURATION:-15s}
DB=rpc_export_bench_api
ADMIN_URL=$TEST_ADMIN_DATABASE_URL
DATABASE_URL=${ADMIN_URL%/*}/$DB
psql -q "$ADMIN_URL" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
export DATABASE_URL JWT_SECRET=bench-secret-0123456789-abcdefghijklmnop API_HOST=127.0.0.1 API_PORT=18080
export DOWNLOAD_TOKEN_SECRET=bench-download-secret-0123456789-abcdefgh
export METRICS_PORT=19080 LOG_LEVEL=error DATABASE_POOL_SIZE=${POOL:-10} API_RATE_LIMIT=1000000
export EXPORT_MAX_PENDING_PER_USER=1000000 STORAGE_DIR=$(mktemp -d)
"$BIN" migrate --with-upstream >/dev/null
"$BIN" serve & SERVER=$!
trap 'kill $SERVER; wait $SERVER 2>/dev/null || true; rm -f "${TOKENS_FILE:-}"' EXIT
until curl -sf http://127.0.0.1:18080/health >/dev/null; do sleep 0.1; done
export TOKEN=$("$BIN" token --sub bench --role registry --email bench@example.org --ttl 3600)
# USERS users (1,024 by default) order in turn, each with its own pending limit: spread like
# this, a user has a few dozen unfinished exports by the end of a run, where production's limit
# (EXPORT_MAX_PENDING_PER_USER, 5) keeps them fewer; with 64 users each would reach hundreds,
# and every create would count them twice (docs/benchmarks.md §3).
USERS=${USERS:-1024}
TOKENS_FILE=$(mktemp)
seq 1 "$USERS" | xargs -P2 -I{} "$BIN" token --sub "bench-{}" --role registry --email "bench-{}@example.org" \
    --ttl 3600 >"$TOKENS_FILE"
export TOKENS_FILE
START=$(date -u -d '30 days ago' +%Y-%m-%dT00:00:00Z); END=$(date -u -d '10 days ago' +%Y-%m-%dT00:00:00Z)
export BODY="{\"start_at\": \"$START\", \"end_at\": \"$END\"}"
# Each measure follows 3 s of the same load, not counted: the API's pools open their connections
# and prepare their statements then, as a running service already has (docs/benchmarks.md §3).
WARMUP=${WARMUP:-3s}
echo "== POST /v1/exports, 64 connections, $DURATION (after $WARMUP not counted)"
wrk -t2 -c64 -d"$WARMUP" -s Benchmarks/api/create.lua http://127.0.0.1:18080/v1/exports >/dev/null
wrk -t2 -c64 -d"$DURATION" --latency -s Benchmarks/api/create.lua http://127.0.0.1:18080/v1/exports | tee /tmp/bench-create.txt
UUID=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" \
    http://127.0.0.1:18080/v1/exports | sed 's/.*"uuid":"\([^"]*\)".*/\1/')
echo "== GET /v1/exports/$UUID, 64 connections, $DURATION (after $WARMUP not counted)"
wrk -t2 -c64 -d"$WARMUP" -s Benchmarks/api/status.lua "http://127.0.0.1:18080/v1/exports/$UUID" >/dev/null
wrk -t2 -c64 -d"$DURATION" --latency -s Benchmarks/api/status.lua "http://127.0.0.1:18080/v1/exports/$UUID" | tee /tmp/bench-status.txt
echo "== pgbench, the statements of a create, 64 clients, $DURATION"
pgbench -n -c64 -j2 -T"${DURATION%s}" -D users="$USERS" -f Benchmarks/api/create.sql "$DATABASE_URL" | tee /tmp/bench-pgbench.txt
API=$(awk '/Requests\/sec/ {print $2}' /tmp/bench-create.txt)
PG=$(awk '/^tps/ {print $3}' /tmp/bench-pgbench.txt)
echo "== create: $API req/s; pgbench: $PG tps; ratio $(awk -v a="$API" -v p="$PG" 'BEGIN {printf "%.2f", a / p}')"
