#!/usr/bin/env bash
# Measures what docs/performance.md reports for the OData catalogue (issue 13): every ready query of docs/odata.md
# (Q1-Q16, read from the document) through the real server on a generated county, as county staff (bench.county, a
# bearer token), each run CATALOGUE_RUNS times one after another after CATALOGUE_WARMUP warm-ups, beside hand-written
# SQL for the same answer through Npgsql.
#   CATALOGUE_CONNECTION   the generated county's database (required; `generate --scale county` makes one)
#   CATALOGUE_RUNS=20 CATALOGUE_WARMUP=3
# The server listens on its own loopback port with its own data folder (signing key, keys), so it never touches a
# running scripts/run.sh. It migrates the database on start (only adds tables) and `accounts` adds the bench.* users.
set -euo pipefail
cd "$(dirname "$0")/../.."

connection="${CATALOGUE_CONNECTION:?set CATALOGUE_CONNECTION to a generated county database}"
export DEPUTYPORTAL_DATA="${DEPUTYPORTAL_DATA:-/tmp/deputyportal-bench-catalogue}"
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
url="http://127.0.0.1:${CATALOGUE_PORT:-5195}"

dotnet build src/Api -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/DeputyPortal.Benchmarks -c Release -v quiet -nologo >/dev/null
bench="dotnet benchmarks/DeputyPortal.Benchmarks/bin/Release/net10.0/DeputyPortal.Benchmarks.dll"
$bench accounts --connection "$connection"

server=""
stop_server() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; }
trap stop_server EXIT
mkdir -p "$DEPUTYPORTAL_DATA"
# The built app itself (content root src/Api), so $server is the server's own process and stopping it stops it.
(cd src/Api && exec env ConnectionStrings__DeputyPortal="$connection" Demo__Enabled=false ASPNETCORE_URLS="$url" \
  Auth__SigningKey="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" \
  dotnet bin/Release/net10.0/DeputyPortal.Api.dll) >"$DEPUTYPORTAL_DATA.log" 2>&1 &
server=$!
until curl -sf "$url/health/ready" >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { echo "the server stopped; see $DEPUTYPORTAL_DATA.log" >&2; exit 1; }
  sleep 0.2
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
$bench catalogue --url "$url" --user bench.county --password Bench@2026pass --connection "$connection" \
  --runs "${CATALOGUE_RUNS:-20}" --warmup "${CATALOGUE_WARMUP:-3}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
