#!/usr/bin/env bash
# Measures what docs/performance.md reports for the foundation, against the real server on loopback:
#   1. start-up time to /health/ready = 200 with an existing cluster and data (second start);
#   2. latency and throughput of list endpoints on the demo data (wrk, 2 connections, 15 s each).
# Uses its own data folder and ports, so it never touches a running scripts/run.sh.
# Usage: scripts/bench/measure-foundation.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench}"
export DEPUTYPORTAL_PG_PORT="${DEPUTYPORTAL_PG_PORT:-55491}"
export ASPNETCORE_URLS="http://127.0.0.1:5191"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
base="$ASPNETCORE_URLS"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

start_and_time() {
  local started=$(date +%s%N)
  scripts/run.sh >"$DEPUTYPORTAL_DATA.log" 2>&1 &
  server=$!
  until curl -sf "$base/health/ready" >/dev/null 2>&1; do
    sleep 0.05
    kill -0 "$server" 2>/dev/null || { echo "server died; see $DEPUTYPORTAL_DATA.log" >&2; exit 1; }
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

stop_server() {
  pkill -TERM -f "DeputyPortal.Api" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop_server EXIT

dotnet build src/Api -c Release -v quiet -nologo >/dev/null
echo "first start (creates cluster, migrates, loads demo data): $(start_and_time) ms"
stop_server
for i in 1 2 3; do
  echo "start with existing cluster and data, run $i: $(start_and_time) ms (includes scripts/run.sh's no-op build check)"
  [ "$i" -lt 3 ] && stop_server
done

token=$(curl -s "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"secretary.chating","password":"Demo@2026"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
county=$(curl -s "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"county","password":"Demo@2026"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

measure() {
  local name="$1" bearer="$2" path="$3"
  echo "== $name: GET $path"
  wrk -t1 -c2 -d15s --latency -H "Authorization: Bearer $bearer" "$base$path" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
}
measure "secretary, deputies page 1 (50)" "$token" "/api/v1/deputies?pageSize=50"
measure "secretary, constituents page 1 (50, masked per row)" "$token" "/api/v1/constituents?pageSize=50"
measure "county, constituents sorted by village, page 5 of 200" "$county" "/api/v1/constituents?pageSize=200&page=5&sort=village"
measure "county, handling units" "$county" "/api/v1/handling-units"
echo "server peak RSS: $(grep VmHWM /proc/$(pgrep -f 'DeputyPortal.Api' | head -1)/status | awk '{print $2/1024 " MiB"}')"
