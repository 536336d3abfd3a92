#!/usr/bin/env bash
# Class-data sharing for the packaged hall (ADR 0011): extracts the jar into <dir> and makes <dir>/govhall.jsa with
# Spring Boot's training run (the application context is built once, then the JVM ends and writes the archive).
# Start the hall from it with
#   java -XX:SharedArchiveFile=<dir>/govhall.jsa -jar <dir>/<jar name>
# An archive made by another build or JDK is ignored by the JVM (with one warning line): the hall starts as without.
# Usage: tools/cds/training-run.sh target/govhall-0.1.0-SNAPSHOT.jar target/govhall   (mvn -Pcds package runs it)
set -euo pipefail
jar=$1
dir=$2
training="$dir-training-data"
rm -rf "$dir" "$training"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
app="$dir/$(basename "$jar")"
stop_server() {
  # the training run ends with Runtime.halt, so nothing closes the embedded PostgreSQL: stop it here
  if [ -f "$training/pg/postmaster.pid" ]; then
    kill "$(head -n 1 "$training/pg/postmaster.pid")" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$training/pg/postmaster.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$training"
}
trap stop_server EXIT
# a scratch embedded database and the default profile, whatever the environment says: never a real database
java -XX:ArchiveClassesAtExit="$dir/govhall.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
  -Dspring.context.exit=onRefresh -jar "$app" \
  --spring.profiles.active=default --govhall.db.url= --govhall.data-dir="$training" --server.port=0 \
  --logging.level.root=warn >"$dir/training-run.log" 2>&1
[ -s "$dir/govhall.jsa" ] || { echo "no archive written; see $dir/training-run.log" >&2; exit 1; }
echo "class-data archive: $dir/govhall.jsa ($(du -m "$dir/govhall.jsa" | cut -f1) MB); start with:"
echo "  java -XX:SharedArchiveFile=$dir/govhall.jsa -jar $app"
