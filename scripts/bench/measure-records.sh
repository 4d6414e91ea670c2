#!/usr/bin/env bash
# Measures what docs/performance.md §6 reports for issue 6 against the real server on loopback, on the demo data
# (three townships, 2025 to today): the activity, meeting and contact lists, their ledgers and the compliance answer,
# with the project's load driver (4 closed-loop clients, LOAD_SECONDS per endpoint, default 15).
# Uses its own data folder and ports, so it never touches a running scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench-records}"
export DEPUTYPORTAL_PG_PORT="${DEPUTYPORTAL_PG_PORT:-55492}"
export ASPNETCORE_URLS="http://127.0.0.1:5192"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
base="$ASPNETCORE_URLS"
seconds="${LOAD_SECONDS:-15}"

server_pid() { pgrep -f "src/Api/bin/Release/net10.0/DeputyPortal.Api" | head -1; }

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

scripts/run.sh >"$DEPUTYPORTAL_DATA.log" 2>&1 &
until curl -sf "$base/health/ready" >/dev/null 2>&1; do sleep 0.2; done

token=$(curl -sf "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"secretary.chating","password":"Demo@2026"}' | jq -r .access_token)
township=$(curl -sf "$base/api/v1/me" -H "Authorization: Bearer $token" | jq -r .townshipId)

pid=$(server_pid)
echo "| endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU % | server peak RSS MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
run() { $load --url "$base" --user "$1" --password Demo@2026 --path "$2" --seconds "$seconds" --server-pid "$pid"; }
run secretary.chating "/api/v1/townships/$township/compliance?year=2026&quarter=3"
run county "/api/v1/townships/$township/compliance.xlsx?year=2026&quarter=3"
run secretary.chating "/api/v1/activities?pageSize=50"
run county "/api/v1/activities?pageSize=200"
run deputy.chating "/api/v1/activities"
run secretary.chating "/api/v1/presidium-meetings?pageSize=50"
run secretary.chating "/api/v1/constituent-contacts?pageSize=50"
run deputy.chating "/api/v1/me/constituent-contacts"
run secretary.chating "/api/v1/activities/ledger.xlsx"
run secretary.chating "/api/v1/constituent-contacts/ledger.xlsx"
