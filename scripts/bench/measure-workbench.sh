#!/usr/bin/env bash
# Measures what docs/performance.md reports for the secretary's 工作台 (issue 15), against the real server started by
# scripts/run.sh (Release, Production settings) on the demo data:
#   1. "/" as secretary.chating, signed in through the portal's form, 50 closed-loop clients: with the answer cached
#      (the default), then with the cache switched off (Workbench__Cache=false, every request counts afresh), each on a
#      fresh server process so each peak RSS is its own; beside it /api/v1/proposals?pageSize=20 for comparison;
#   2. the first request after start (cold: JIT, pools, plans), and one request at a time, cached and uncached;
#   3. the counts as hand-written SQL (scripts/bench/workbench-counts.sql) under EXPLAIN ANALYZE.
# Uses its own data folder and ports, so it never touches a running scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh

export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench-workbench}"
export DEPUTYPORTAL_PG_PORT="${DEPUTYPORTAL_PG_PORT:-55495}"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
url="http://127.0.0.1:5195"
seconds="${LOAD_SECONDS:-20}"
connections="${LOAD_CONNECTIONS:-50}"
secretary=secretary.chating
password=Demo@2026

pg_ensure_binaries
dotnet build src/Api -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/DeputyPortal.Benchmarks -c Release -v quiet -nologo >/dev/null
bench="dotnet benchmarks/DeputyPortal.Benchmarks/bin/Release/net10.0/DeputyPortal.Benchmarks.dll"
server_binary="$PWD/src/Api/bin/Release/net10.0/DeputyPortal.Api.dll"

run_pid=""
server_pid=""
# Stops the server first: scripts/run.sh then stops its PostgreSQL cluster when its server has exited.
stop_server() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; fi
  if [ -n "$run_pid" ]; then wait "$run_pid" 2>/dev/null || true; fi
  run_pid=""
  server_pid=""
}
trap stop_server EXIT

start_server() { # [NAME=VALUE ...] extra settings for this server
  env "$@" ASPNETCORE_URLS="$url" scripts/run.sh >>"$DEPUTYPORTAL_DATA.log" 2>&1 &
  run_pid=$!
  until curl -sf "$url/health/ready" >/dev/null 2>&1; do sleep 0.2; done
  server_pid=$(pgrep -n -f "$server_binary")
}

jar="$(mktemp)"
sign_in() {
  rm -f "$jar"
  local antiforgery
  antiforgery=$(curl -s -c "$jar" -b "$jar" "$url/account/login" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "UserName=$secretary" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$antiforgery" "$url/account/login"
}
timed_home() { curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$url/"; }
# The median of 21 requests one after another (no other load), in ms.
sequential_median() {
  for _ in $(seq 21); do timed_home; echo; done | sort -n | sed -n 11p | awk '{printf "%.1f", $1 * 1000}'
}

header() {
  echo
  echo "$1"
  echo
  echo "| endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU % | server peak RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
}
load() { # PATH [extra load options]
  $bench load --url "$url" --user "$secretary" --password "$password" --seconds "$seconds" --connections "$connections" \
    --server-pid "$server_pid" --path "$@"
}

# The first start loads the demo county in the server's own process; its memory would count in that process's peak,
# so it is started once to load and stopped before anything is measured.
echo "loading the demo data (cluster, migrations, demo county)…"
start_server
stop_server

echo "starting the server (cached, the default)…"
start_server
sign_in
first=$(timed_home)
cached_alone=$(sequential_median)
header "工作台 cached (default), $connections clients, ${seconds} s"
load / --portal true
stop_server

echo "starting the server again without the cache…"
start_server Workbench__Cache=false
sign_in
uncached_alone=$(sequential_median)
header "工作台 uncached (Workbench__Cache=false), $connections clients, ${seconds} s"
load / --portal true
stop_server
echo
echo "first request after start: ${first} s; one request at a time (median of 21): cached ${cached_alone} ms, uncached ${uncached_alone} ms"

echo "starting the server again for the proposal list…"
start_server
header "for comparison: the secretary's proposal list, $connections clients, ${seconds} s"
load "/api/v1/proposals?pageSize=20"
stop_server

echo
echo "hand-written SQL for the counts (EXPLAIN ANALYZE, third run)"
pg_start_cluster "$DEPUTYPORTAL_DATA/postgres" "$DEPUTYPORTAL_PG_PORT"
psql_demo() { pg_as_owner "$PG_BIN/psql" -h "$DEPUTYPORTAL_DATA/postgres/socket" -p "$DEPUTYPORTAL_PG_PORT" -U postgres -d deputyportal "$@"; }
township=$(psql_demo -tAc "SELECT id FROM townships WHERE name = '茶亭镇'")
today=$(TZ=Asia/Shanghai date +%F)
for _ in 1 2; do psql_demo -v township="$township" -v today="$today" -f scripts/bench/workbench-counts.sql >/dev/null; done
psql_demo -v township="$township" -v today="$today" -f scripts/bench/workbench-counts.sql | grep -E 'Planning Time|Execution Time'
pg_stop_cluster "$DEPUTYPORTAL_DATA/postgres"
rm -f "$jar"
