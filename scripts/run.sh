#!/usr/bin/env bash
# Starts DeputyPortal with demo data on http://127.0.0.1:5080 (ASPNETCORE_URLS overrides).
# First run: creates a private PostgreSQL cluster under .data/ and loads the demo county.
# Later runs reuse the cluster and its data. Set ConnectionStrings__DeputyPortal to use another PostgreSQL instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

data_dir="${DEPUTYPORTAL_DATA:-.data}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"

if [ -z "${ConnectionStrings__DeputyPortal:-}" ]; then
  port="${DEPUTYPORTAL_PG_PORT:-55432}"
  pg_ensure_binaries
  pg_start_cluster "$data_dir/postgres" "$port"
  trap 'pg_stop_cluster "$data_dir/postgres"' EXIT
  if ! pg_as_owner "$PG_BIN/psql" -h "$data_dir/postgres/socket" -p "$port" -U postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'deputyportal'" | grep -q 1; then
    pg_as_owner "$PG_BIN/createdb" -h "$data_dir/postgres/socket" -p "$port" -U postgres deputyportal
  fi
  export ConnectionStrings__DeputyPortal="$(pg_connection_string "$data_dir/postgres" "$port" deputyportal)"
fi

if [ ! -f "$data_dir/signing-key" ]; then
  (umask 077; head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$data_dir/signing-key")
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export Auth__SigningKey="${Auth__SigningKey:-$(cat "$data_dir/signing-key")}"
export Demo__Enabled="${Demo__Enabled:-true}"

# Builds only when a source, project or props file is newer than the last build this script made: a no-op
# `dotnet build` alone costs seconds of start-up.
build_stamp="src/Api/bin/Release/run.build-stamp"
if [ ! -f "$build_stamp" ] || [ -n "$(find src Directory.Build.props Directory.Packages.props global.json \
    \( -name bin -o -name obj \) -prune -o -newer "$build_stamp" -type f -print -quit)" ]; then
  echo "DeputyPortal: building..."
  dotnet build src/Api -c Release -v quiet -nologo >/dev/null
  touch "$build_stamp"
fi

echo "DeputyPortal: starting on $ASPNETCORE_URLS (demo accounts in README.md; Ctrl+C stops)"
# The built app itself, not `dotnet run` (which evaluates the project again); its content root is src/Api. The
# absolute path lets scripts/bench find the server's process.
cd src/Api
dotnet "$PWD/bin/Release/net10.0/DeputyPortal.Api.dll"
