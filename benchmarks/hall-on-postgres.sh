# Sourced by crash-test.sh and two-nodes.sh: the packaged hall against a fresh database on the machine's
# PostgreSQL (127.0.0.1:5432, user postgres, trust auth), with a small demo population, and the test classpath for
# the Java checkers in src/test/java/org/govhall/reliability. Needs $db; stops its halls and removes its temporary
# folder at exit.
root=$(pwd)
work=$(mktemp -d)
trap 'stop_halls; rm -rf "$work"' EXIT
url="jdbc:postgresql://127.0.0.1:5432/$db"
secrets_key=$(head -c 32 /dev/urandom | base64)
pids=()

stop_halls() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}

# build: the jar and the test classes (unless SKIP_BUILD=1), then the classpath of the checkers
build() {
  [ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -ntp -DskipTests package
  jar=$(ls "$root"/target/govhall-*.jar | grep -v original | head -n 1)
  mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  classpath="$root/target/test-classes:$root/target/classes:$(cat "$work/cp.txt")"
}

# set_up: build, then a fresh database
set_up() {
  build
  fresh_database
}

fresh_database() {
  pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not reachable on 127.0.0.1:5432"; exit 1; }
  PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "drop database if exists $db with (force)" -c "create database $db"
}

# start_hall <name> <port> [hall options...]: starts a node in the background; its pid in $hall_pid
start_hall() {
  local name=$1 port=$2; shift 2
  mkdir -p "$work/$name"
  java -Xmx768m -jar "$jar" --server.port="$port" --govhall.data-dir="$work/$name" --govhall.db.url="$url" \
    --govhall.secrets.key="$secrets_key" --govhall.audit.checkpoint.node="$name" \
    --govhall.exchange.demo-people=3000 --govhall.exchange.demo-companies=300 --govhall.exchange.demo-addresses=300 \
    --govhall.identity.codes-per-address-per-hour=100000 --govhall.identity.sign-ins-per-address=100000 \
    "$@" >>"$work/$name.log" 2>&1 &
  hall_pid=$!
  pids+=("$hall_pid")
  local started=$SECONDS
  until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$hall_pid" 2>/dev/null || [ $((SECONDS - started)) -gt 240 ]; then
      echo "the hall $name did not start; its log:"; tail -n 60 "$work/$name.log"; exit 1
    fi
    sleep 0.5
  done
  echo "== $name ready on port $port after $((SECONDS - started)) s"
}

# check <class> <args...>: runs a checker of src/test/java/org/govhall/reliability
check() {
  java -Xmx512m -cp "$classpath" "org.govhall.reliability.$1" "${@:2}"
}
