#!/usr/bin/env bash
# Start-up to serving, embedded database, demo data present: from an empty data folder (first start, with
# initdb, migrations and the demo organisation) and again with the data folder kept (a restart).
# Usage: benchmarks/startup.sh   (builds the jar first unless SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -ntp -DskipTests package
jar=$(ls target/govhall-*.jar | grep -v original | head -n 1)
data=$(mktemp -d)
port=${PORT:-18080}

measure() {
  local started now
  started=$(date +%s%N)
  java -jar "$jar" --server.port="$port" --govhall.data-dir="$data" >"$data/app-$1.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 \
       && curl -fs "http://localhost:$port/" >/dev/null 2>&1; then
      now=$(date +%s%N)
      printf '%-28s %6.2f s  (%s)\n' "$1" "$(echo "($now - $started) / 1000000000" | bc -l)" \
        "$(grep -o 'Started GovHallApplication in [0-9.]* seconds' "$data/app-$1.log" || true)"
      kill "$pid"; wait "$pid" 2>/dev/null || true
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the hall did not start; see $data/app-$1.log"; exit 1; fi
    sleep 0.1
  done
  kill "$pid"; echo "the hall did not answer within 120 s"; exit 1
}

measure "first start (empty data)"
measure "restart (data kept)"
rm -rf "$data"
