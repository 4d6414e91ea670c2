#!/usr/bin/env bash
# Measures what docs/performance.md reports for proposal handling (issue 5), against the real server on loopback:
#   1. the demo data: proposal list endpoints (load driver) and the workflow's transitions (workflow driver: each
#      client takes proposals from draft to evaluation);
#   2. a generated county (30 townships, 60,000 proposals) on the same PostgreSQL cluster, served by a second server
#      process, with bench.* accounts added to its first township: the same endpoints.
# Uses its own data folder and ports, so it never touches a running scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/postgres.sh

export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench-proposals}"
export DEPUTYPORTAL_PG_PORT="${DEPUTYPORTAL_PG_PORT:-55493}"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
demo_url="http://127.0.0.1:5193"
generated_url="http://127.0.0.1:5194"
seconds="${LOAD_SECONDS:-15}"
connections="${LOAD_CONNECTIONS:-4}"

pg_ensure_binaries
dotnet build src/Api -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/DeputyPortal.Benchmarks -c Release -v quiet -nologo >/dev/null
bench="dotnet benchmarks/DeputyPortal.Benchmarks/bin/Release/net10.0/DeputyPortal.Benchmarks.dll"

pids=()
servers=()
# Stops the servers first: scripts/run.sh then stops its PostgreSQL cluster when its server has exited.
stop_all() {
  for pid in "${servers[@]}" "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT

wait_ready() {
  until curl -sf "$1/health/ready" >/dev/null 2>&1; do sleep 0.2; done
}

echo "starting the demo server (cluster, migrations, demo data)…"
ASPNETCORE_URLS="$demo_url" scripts/run.sh >"$DEPUTYPORTAL_DATA.demo.log" 2>&1 &
pids+=($!)
wait_ready "$demo_url"
server_binary="$PWD/src/Api/bin/Release/net10.0/DeputyPortal.Api"
demo_pid=$(pgrep -n -f "$server_binary")
servers+=("$demo_pid")

generated_db="$(pg_connection_string "$DEPUTYPORTAL_DATA/postgres" "$DEPUTYPORTAL_PG_PORT" dp_bench_county)"
if ! pg_as_owner "$PG_BIN/psql" -h "$DEPUTYPORTAL_DATA/postgres/socket" -p "$DEPUTYPORTAL_PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'dp_bench_county'" | grep -q 1; then
  echo "generating the county scale…"
  $bench generate --scale county --connection "$generated_db"
fi
$bench accounts --connection "$generated_db"

echo "starting the server on the generated county…"
ConnectionStrings__DeputyPortal="$generated_db" Demo__Enabled=false ASPNETCORE_URLS="$generated_url" \
  Auth__SigningKey="$(cat "$DEPUTYPORTAL_DATA/signing-key")" \
  dotnet run --project src/Api -c Release --no-build --no-launch-profile >"$DEPUTYPORTAL_DATA.generated.log" 2>&1 &
pids+=($!)
wait_ready "$generated_url"
generated_pid=$(pgrep -n -f "$server_binary")
servers+=("$generated_pid")

header() {
  echo
  echo "$1"
  echo
  echo "| endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU % | server peak RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
}

measure() { # URL PID SECRETARY COUNTY UNIT DEPUTY PASSWORD
  local url=$1 pid=$2 secretary=$3 county=$4 unit=$5 deputy=$6 password=$7
  local load="$bench load --url $url --password $password --seconds $seconds --connections $connections --server-pid $pid"
  $load --user "$secretary" --path "/api/v1/proposals?pageSize=50"
  $load --user "$secretary" --path "/api/v1/proposals?color=red&sort=dueOn"
  $load --user "$secretary" --path "/api/v1/proposals?status=Assigned&overdue=true"
  $load --user "$county" --path "/api/v1/proposals?pageSize=200"
  $load --user "$county" --path "/api/v1/proposals?color=yellow&pageSize=200"
  $load --user "$unit" --path "/api/v1/proposals"
  $load --user "$deputy" --path "/api/v1/me/proposals"
  $bench workflow --url "$url" --deputy "$deputy" --secretary "$secretary" --unit "$unit" --password "$password" \
    --seconds "$seconds" --connections "$connections" --server-pid "$pid"
}

header "Demo data (3 townships)"
measure "$demo_url" "$demo_pid" secretary.chating county unit.chating deputy.chating Demo@2026
header "Generated county (30 townships, 60,000 proposals)"
measure "$generated_url" "$generated_pid" bench.secretary bench.county bench.unit bench.deputy Bench@2026pass
