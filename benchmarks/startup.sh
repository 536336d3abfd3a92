#!/usr/bin/env bash
# Start-up to a usable hall (embedded PostgreSQL, all demo data): from an empty data folder (first start: initdb,
# migrations, demo data) and again with the data folder kept (restart), phase by phase:
#   launch   command start -> the hall's JVM running (Maven's own work for spring-boot:run)
#   jvm      JVM start -> SpringApplication.run (class loading of the launcher and main)
#   context  Spring's "Started ... in" (environment, context refresh, the web server)
#   db       the embedded PostgreSQL's own start (it overlaps the context since the early start)
#   tasks    each demo loader and the catalogue index, in ms, then everything after "Started" up to readiness
#   ready    command start -> /actuator/health/readiness UP and the home page answering
#   cpu      CPU seconds the hall's JVM used up to then (less disturbed by other work on a shared machine)
#
# Usage: benchmarks/startup.sh                 the jar of this working copy (built first unless SKIP_BUILD=1)
#        MODE=run benchmarks/startup.sh        the README's `mvn spring-boot:run` instead
#        MODE=cds benchmarks/startup.sh        the jar extracted, with a class-data archive from Spring Boot's
#                                              training run (tools/cds/training-run.sh; the training is timed too)
#        MODE="jar cds run" benchmarks/startup.sh    several, one after the other in each round
#        BASELINE=2466d5b ROUNDS=3 benchmarks/startup.sh
#                                              also a baseline commit's jar (built in a temporary worktree),
#                                              started alternately with this one, round after round
#        JAVA_OPTS='-XX:...' benchmarks/startup.sh   extra JVM options for the jar runs
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mode=${MODE:-jar}
rounds=${ROUNDS:-1}
port=${PORT:-18080}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -ntp -DskipTests package
jar=$(ls target/govhall-*.jar | grep -v original | head -n 1)
builds=("this=$root=$jar")
if [ -n "${BASELINE:-}" ]; then
  git worktree add -q --detach "$work/baseline" "$BASELINE"
  trap 'git -C "$root" worktree remove --force "$work/baseline"; rm -rf "$work"' EXIT
  (cd "$work/baseline" && mvn -B -q -ntp -DskipTests package)
  builds=("baseline=$work/baseline=$(ls "$work"/baseline/target/govhall-*.jar | grep -v original | head -n 1)"
    "${builds[@]}")
fi

# phases <log> <command start ns> <ready ns>: one line of figures from the hall's log
phases() {
  python3 - "$@" <<'EOF'
import re, sys
from datetime import datetime
log, start_ns, ready_ns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
stamp = re.compile(r'^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)(Z|[+-]\d\d:\d\d)')
def at(line):
    m = stamp.match(line)
    return datetime.fromisoformat(m.group(1) + ('+00:00' if m.group(2) == 'Z' else m.group(2))).timestamp() if m else None
lines = open(log, encoding='utf-8', errors='replace').read().splitlines()
started = next((l for l in lines if 'Started GovHallApplication in' in l), None)
m = re.search(r'Started GovHallApplication in ([0-9.]+) seconds \(process running for ([0-9.]+)\)', started or '')
context, running = float(m.group(1)), float(m.group(2))
jvm_start = at(started) - running
tasks = []
for l in lines:
    t = re.search(r'Start-up task (\S+) done in (\d+) ms', l)
    if t:
        tasks.append(f'{t.group(1).split(".")[-1]} {t.group(2)}')
if not tasks:   # a build from before the start-up tasks: its runners ran one after another and said when done
    markers = [('demo-organisation', 'Demo organisation created'), ('demo-registers', 'Demo base registers loaded'),
               ('demo-catalogue', 'Demo catalogue created'), ('demo-citizens', 'Demo citizens:')]
    previous = at(started)
    for name, text in markers:
        line = next((l for l in lines if text in l), None)
        if line:
            tasks.append(f'{name} {round((at(line) - previous) * 1000)}')
            previous = at(line)
    index = [l for l in lines if 'Catalogue index rebuilt' in l]
    if index and at(index[-1]) > previous:
        tasks.append(f'index {round((at(index[-1]) - previous) * 1000)}')
db = next((re.search(r'\((\d+) ms\)', l).group(1) for l in lines if 'Embedded PostgreSQL started' in l), '-')
after = ready_ns / 1e9 - at(started)
print(f'launch {jvm_start - start_ns / 1e9:5.2f}  jvm {running - context:5.2f}  context {context:6.2f}  db {db:>5} ms'
      f'  after-started {after:5.2f}  [{", ".join(tasks)}]')
EOF
}

# measure <label> <data folder> <command...>: starts the hall, waits until it is usable, prints, stops it
measure() {
  local label=$1 data=$2; shift 2
  local log="$data/app-${label// /-}.log" started pid ready jpid cpu
  mkdir -p "$data"
  started=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 \
       && curl -fs -o /dev/null "http://localhost:$port/" 2>&1; then
      ready=$(date +%s%N)
      jpid=$(pgrep -n -f -- "--govhall.data-dir=$data" || echo "$pid")
      cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$jpid/stat")
      printf '%-26s ready %6.2f s  cpu %5s s  %s\n' "$label" "$(echo "($ready - $started) / 1000000000" | bc -l)" \
        "$cpu" "$(phases "$log" "$started" "$ready")"
      kill "$pid"; wait "$pid" 2>/dev/null || true
      while pgrep -f -- "--govhall.data-dir=$data" >/dev/null; do sleep 0.2; done
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the hall did not start; see $log"; cp "$log" "$root/target/"; exit 1; fi
    sleep 0.1
  done
  kill "$pid"; echo "the hall did not answer within 300 s"; exit 1
}

for round in $(seq 1 "$rounds"); do
  for build in "${builds[@]}"; do
    name=${build%%=*}; rest=${build#*=}; dir=${rest%%=*}; buildjar=${rest#*=}
    for how in $mode; do
      data="$work/data-$name-$how-$round"
      args="--server.port=$port --govhall.data-dir=$data"
      if [ "$how" = cds ]; then
        trained=$(date +%s%N)
        "$root/tools/cds/training-run.sh" "$buildjar" "$work/cds-$name" >/dev/null
        printf '%-26s %6.2f s\n' "$name cds training run" "$(echo "($(date +%s%N) - $trained) / 1000000000" | bc -l)"
      fi
      for start in "first start" "restart"; do
        if [ "$how" = jar ]; then
          # shellcheck disable=SC2086
          measure "$name jar $start" "$data" java ${JAVA_OPTS:-} -jar "$buildjar" $args
        elif [ "$how" = cds ]; then
          # shellcheck disable=SC2086
          measure "$name cds $start" "$data" java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$work/cds-$name/govhall.jsa" \
            -jar "$work/cds-$name/$(basename "$buildjar")" $args
        else
          measure "$name run $start" "$data" mvn -B -q -ntp -f "$dir/pom.xml" spring-boot:run \
            "-Dspring-boot.run.arguments=$args"
        fi
      done
      rm -rf "$data"
    done
  done
done
