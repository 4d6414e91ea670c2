#!/usr/bin/env bash
# Measures what docs/performance.md reports for the foundation, against the real server on loopback:
#   1. start-up time to /health/ready = 200, first start (new cluster, migrations, demo data) and with an existing
#      cluster and data;
#   2. list endpoint latency (p50/p95/p99), throughput, server CPU and peak RSS on the demo data, with the project's
#      load driver (benchmarks/DeputyPortal.Benchmarks `load`): 4 closed-loop clients, 15 s per endpoint.
# Uses its own data folder and ports, so it never touches a running scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench-run}"
export DEPUTYPORTAL_PG_PORT="${DEPUTYPORTAL_PG_PORT:-55491}"
export ASPNETCORE_URLS="http://127.0.0.1:5191"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
base="$ASPNETCORE_URLS"
seconds="${LOAD_SECONDS:-15}"

server_pid() { pgrep -f "src/Api/bin/Release/net10.0/DeputyPortal.Api" | head -1; }

start_and_time() {
  local started
  started=$(date +%s%N)
  scripts/run.sh >"$DEPUTYPORTAL_DATA.log" 2>&1 &
  local runner=$!
  until curl -sf "$base/health/ready" >/dev/null 2>&1; do
    sleep 0.05
    kill -0 "$runner" 2>/dev/null || { echo "server died; see $DEPUTYPORTAL_DATA.log" >&2; exit 1; }
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

# Stops the app; scripts/run.sh then stops its PostgreSQL. Waits until both are gone.
stop_server() {
  local pid
  pid=$(server_pid || true)
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
  fi
  while server_pid >/dev/null || pgrep -f "$DEPUTYPORTAL_DATA/postgres/data" >/dev/null; do
    sleep 0.1
  done
}
trap stop_server EXIT

dotnet build src/Api -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/DeputyPortal.Benchmarks -c Release -v quiet -nologo >/dev/null
load="dotnet benchmarks/DeputyPortal.Benchmarks/bin/Release/net10.0/DeputyPortal.Benchmarks.dll load"

if [ ! -d "$DEPUTYPORTAL_DATA" ]; then
  echo "first start (creates the cluster, migrates, loads demo data): $(start_and_time) ms"
  stop_server
fi
for i in 1 2 3; do
  echo "start with existing cluster and data, run $i: $(start_and_time) ms"
  [ "$i" -lt 3 ] && stop_server
done

pid=$(server_pid)
echo
echo "| endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU % | server peak RSS MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
$load --url "$base" --user secretary.chating --password Demo@2026 --path "/api/v1/deputies?pageSize=50" --seconds "$seconds" --server-pid "$pid"
$load --url "$base" --user secretary.chating --password Demo@2026 --path "/api/v1/constituents?pageSize=50" --seconds "$seconds" --server-pid "$pid"
$load --url "$base" --user county --password Demo@2026 --path "/api/v1/constituents?pageSize=200&sort=village" --seconds "$seconds" --server-pid "$pid"
$load --url "$base" --user county --password Demo@2026 --path "/api/v1/handling-units" --seconds "$seconds" --server-pid "$pid"
$load --url "$base" --user deputy.chating --password Demo@2026 --path "/api/v1/me/constituents" --seconds "$seconds" --server-pid "$pid"
