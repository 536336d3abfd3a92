#!/usr/bin/env bash
# Two nodes on one database (issue 18): two packaged halls on different ports over one fresh database of the
# machine's PostgreSQL (govhall_nodes), both sweeping deadlines every second. Cases are submitted through the first,
# half of them made overdue and half near their last day at once; after both nodes swept for a while TwoNodesCheck
# verifies that each overdue branch was escalated once (one mark, one timeline entry, one audit entry) and each
# near branch warned once, and the nodes' logs together count as many warnings and escalations as branches marked.
# Exits non-zero on any failure.
#
# Usage: benchmarks/two-nodes.sh       (SKIP_BUILD=1: use the jar and test classes already in target/)
#        CASES=40 PORT=18091 NODES_DB=govhall_nodes benchmarks/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=${NODES_DB:-govhall_nodes}
port=${PORT:-18091}
cases=${CASES:-20}
source benchmarks/hall-on-postgres.sh
set_up
# small batches, so that both nodes take part in one sweep round
sweep=(--govhall.casework.sweep-every=PT1S --govhall.casework.sweep-first-after=PT1S --govhall.casework.sweep-batch=2)
start_hall node-a "$port" "${sweep[@]}"
start_hall node-b "$((port + 1))" "${sweep[@]}"
check TwoNodesCheck prepare "$port" "$url" "$work/due.tsv" "$cases"
sleep "${SWEEP_SECONDS:-8}"
stop_halls
sum() { grep -ho "Deadline sweep warned [0-9]* and escalated [0-9]*" "$work"/node-*.log \
  | awk -v f="$1" '{ s += $f } END { print s + 0 }'; }
per_node() { for n in node-a node-b; do
  printf '%s %s, ' "$n" "$(grep -o "Deadline sweep warned [0-9]* and escalated [0-9]*" "$work/$n.log" \
    | awk '{ w += $4; e += $7 } END { printf "warned %d escalated %d", w, e }')"; done; }
echo "== the nodes' sweeps: $(per_node)"
warned=$(sum 4)
escalated=$(sum 7)
marked() { psql -h 127.0.0.1 -U postgres -d "$db" -Atc "select count(*) from casework_branch where $1 is not null"; }
if [ "$warned" != "$(marked warned_at)" ] || [ "$escalated" != "$(marked escalated_at)" ]; then
  echo "FAILED: the nodes warned $warned times ($(marked warned_at) branches marked) and escalated $escalated times" \
    "($(marked escalated_at) branches marked)"; exit 1
fi
check TwoNodesCheck verify "$url" "$work/due.tsv"
