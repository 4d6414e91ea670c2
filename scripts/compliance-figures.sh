#!/usr/bin/env bash
# Prints the compliance table of every township for each quarter of a year (DESIGN §4), as county staff see it.
# Usage: scripts/compliance-figures.sh [year ...]   (a running portal: scripts/run.sh; API defaults to 127.0.0.1:5080)
set -euo pipefail
API="${API:-http://127.0.0.1:5080/api/v1}"
USER_NAME="${USER_NAME:-county}"
PASSWORD="${PASSWORD:-Demo@2026}"
years=("$@")
if [ ${#years[@]} -eq 0 ]; then years=(2025 2026); fi

token=$(curl -sf "$API/auth/token" -H 'Content-Type: application/json' \
  -d "{\"userName\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" | jq -r .access_token)
auth=(-H "Authorization: Bearer $token")

echo "| 乡镇 | 季度 | R1 按期答复 | R2 会后交办 | R3 主席团例会 | R4 代表小组活动 | R7 联系选民 | R6 人代会（全年） |"
echo "|---|---|---|---|---|---|---|---|"
curl -sf "$API/townships?pageSize=200" "${auth[@]}" | jq -r '.items[] | "\(.id) \(.name)"' | while read -r id name; do
  for year in "${years[@]}"; do
    for quarter in 1 2 3 4; do
      curl -sf "$API/townships/$id/compliance?year=$year&quarter=$quarter" "${auth[@]}" | jq -r --arg name "$name" '
        def cell: "\(.statusLabel) \(.counted)/\(.total)";
        (.rules | map({(.rule): cell}) | add) as $q
        | "| \($name) | \(.year)-Q\(.quarter) | \($q.R1) | \($q.R2) | \($q.R3) | \($q.R4) | \($q.R7) | \(.yearRules[0] | .statusLabel) |"'
    done
  done
done
