#!/usr/bin/env bash
# Runs every test: unit, architecture, functional (HTTP against a real PostgreSQL) and browser tests.
# Starts its own throwaway PostgreSQL cluster and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

pg_ensure_binaries
scripts/lib/browser.sh

work="$(mktemp -d /tmp/deputyportal-test.XXXXXX)"
chmod 755 "$work"
port="$(pg_free_port)"
cleanup() { pg_stop_cluster "$work/postgres"; rm -rf "$work"; }
trap cleanup EXIT

PG_FSYNC=off pg_start_cluster "$work/postgres" "$port"
export DEPUTYPORTAL_TEST_PG="$(pg_connection_string "$work/postgres" "$port")"

log="$work/test.log"
set +e
dotnet test DeputyPortal.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain summary line over all test projects: "N passed, N failed, N skipped".
grep -E '^\s*(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s}'
exit "$status"
