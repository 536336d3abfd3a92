#!/usr/bin/env bash
# Crash test (issue 18): the packaged hall on a fresh database of the machine's PostgreSQL (govhall_crash), applicants
# submitting with idempotency keys from a second JVM, the hall killed with SIGKILL in the middle of the load, then
# restarted on the same database and data folder. CrashCheck verifies: every acknowledged submission is there
# exactly once with its running process, one in flight at the kill once or not at all, nothing half made (a case
# without its process or branches, a process without its case, a submitted application without its case), and a
# retry with the same key answers the same case. Exits non-zero on any failure.
#
# Usage: benchmarks/crash-test.sh       (SKIP_BUILD=1: use the jar and test classes already in target/)
#        LOAD_SECONDS=30 THREADS=6 PORT=18090 CRASH_DB=govhall_crash benchmarks/crash-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=${CRASH_DB:-govhall_crash}
port=${PORT:-18090}
source benchmarks/hall-on-postgres.sh
set_up
start_hall crash "$port"
ledger="$work/ledger.tsv"
check CrashCheck drive "$port" "$url" "$ledger" "${THREADS:-4}" >"$work/drive.log" 2>&1 &
driver=$!
sleep "${LOAD_SECONDS:-15}"
for _ in $(seq 1 60); do grep -q '^ACK' "$ledger" 2>/dev/null && break; sleep 1; done
echo "== kill -9 the hall with $(grep -c '^ACK' "$ledger" || true) submissions acknowledged"
kill -9 "$hall_pid"
wait "$hall_pid" 2>/dev/null || true
wait "$driver" || true
grep -v '^applicant .* stopped' "$work/drive.log" | tail -n 3 || true
echo "== restart on the same database"
start_hall crash "$port"
check CrashCheck verify "$port" "$url" "$ledger"
