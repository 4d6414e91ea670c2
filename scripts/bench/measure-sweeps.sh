#!/usr/bin/env bash
# Measures what docs/performance.md reports for the reminder sweeps (issue 14): every reminder job fired through the
# real server's admin API (POST /api/v1/admin/jobs/{name}/run) on a generated county, its duration and rows read back
# from the job history, twice: the first run stores the reminders due, the second finds them stored (the daily re-run).
#   SWEEP_CONNECTION   the generated county's database (required; `generate --scale county` makes one)
#   SWEEP_NOW          the instant the server's clock is frozen at (default: the generator's now, 2026-11-23 10:00 China)
#   SWEEP_EXPLAIN=1    also logs every statement's plan (auto_explain, ANALYZE) into the server's log, for the EXPLAINs
#   SWEEP_DEMO=1       seed the demo into SWEEP_CONNECTION's (empty) database instead and sign in as the demo's admin;
#                      the demo's start-up already runs every sweep once, so both runs here are re-runs
# The server listens on its own loopback port with its own data folder, so it never touches a running scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

connection="${SWEEP_CONNECTION:?set SWEEP_CONNECTION to a generated county database}"
export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench-sweeps}"
url="http://127.0.0.1:${SWEEP_PORT:-5196}"
now="${SWEEP_NOW:-2026-11-23T10:00:00+08:00}"

dotnet build src/Api -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/DeputyPortal.Benchmarks -c Release -v quiet -nologo >/dev/null
demo=false
user=bench.admin
password=Bench@2026pass
if [ "${SWEEP_DEMO:-0}" = "1" ]; then
  demo=true
  user=admin
  password=Demo@2026
else
  dotnet benchmarks/DeputyPortal.Benchmarks/bin/Release/net10.0/DeputyPortal.Benchmarks.dll accounts --connection "$connection"
fi

options=""
if [ "${SWEEP_EXPLAIN:-0}" = "1" ]; then
  options="-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on"
fi

server=""
stop_server() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; }
trap stop_server EXIT
mkdir -p "$DEPUTYPORTAL_DATA"
# Development only for the frozen clock (Clock:FixedNow is honoured nowhere else).
(cd src/Api && exec env ConnectionStrings__DeputyPortal="$connection${options:+;Options=$options}" Demo__Enabled=$demo ASPNETCORE_URLS="$url" \
  ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Clock__FixedNow="$now" \
  Auth__SigningKey="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" \
  dotnet bin/Release/net10.0/DeputyPortal.Api.dll) >"$DEPUTYPORTAL_DATA.log" 2>&1 &
server=$!
until curl -sf "$url/health/ready" >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { echo "the server stopped; see $DEPUTYPORTAL_DATA.log" >&2; exit 1; }
  sleep 0.2
done

token=$(curl -sf "$url/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"userName\":\"$user\",\"password\":\"$password\"}" | jq -r .access_token)
auth=(-H "Authorization: Bearer $token")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| job | run | duration (ms) | rows created (outcome) |\n|---|---|---|---|\n'
curl -sf "$url/api/v1/admin/jobs" "${auth[@]}" > "$DEPUTYPORTAL_DATA/jobs.json"
for job in $(jq -r '.items[] | select(.group == "reminders") | .name' "$DEPUTYPORTAL_DATA/jobs.json"); do
  [ "$job" = "notification-deliveries" ] && continue
  for run in 1 2; do
    id=$(curl -sf -X POST "$url/api/v1/admin/jobs/$job/run" "${auth[@]}" | jq -r .runId)
    for _ in $(seq 1 600); do
      found=$(curl -sf "$url/api/v1/admin/jobs/$job/runs?pageSize=20" "${auth[@]}" | jq -c --arg id "$id" '.items[] | select(.id == $id)')
      [ -n "$found" ] && break
      sleep 0.5
    done
    echo "$found" | jq -r --arg job "$job" --arg run "$run" '"| `\($job)` | \($run) | \(.durationMs) | \(.rowsCreated) (\(.outcome)) |"'
  done
done
# A database whose triggers were stored by an earlier start has its missed fire times fired once at start-up (the
# misfire policy), all jobs at once, at the frozen instant, beside the runs above; list them apart.
printf '\nscheduled runs at the frozen instant (misfires fired at start-up):\n| job | duration (ms) | rows created (outcome) |\n|---|---|---|\n'
for job in $(jq -r '.items[] | select(.group == "reminders") | .name' "$DEPUTYPORTAL_DATA/jobs.json"); do
  curl -sf "$url/api/v1/admin/jobs/$job/runs?pageSize=50" "${auth[@]}" \
    | jq -r --arg job "$job" --argjson at "$(date -d "$now" +%s)" '.items[] | select(.manual == false and (.firedAt | sub("\\.[0-9]+"; "") | sub("\\+00:00$"; "Z") | fromdate) == $at) | "| `\($job)` | \(.durationMs) | \(.rowsCreated) (\(.outcome)) |"'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
