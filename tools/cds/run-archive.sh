#!/usr/bin/env bash
# Class-data sharing for `mvn spring-boot:run` (ADR 0011), run by Maven in the process-classes phase.
# The JVM archives only classes loaded from jars, and accepts an archive only while every jar of the class path is
# the very file it was made with (size and time), so this script
#   - keeps target/cds/<name>-classes.jar, the compiled classes as one jar, and rewrites it only when the classes
#     or resources changed (a digest of target/classes but for the build time in build-info.properties), deleting
#     the archive made from the old one;
#   - writes target/cds/jvm.args, which the run goal hands to the hall's JVM as an argument file: use the archive
#     target/cds/run.jsa if there is one, otherwise make it when the hall stops (the next start uses it).
# Should the archive not match for another reason (a new JDK, another dependency), the JVM starts without it.
# Usage: tools/cds/run-archive.sh <target directory> <classes jar>
set -euo pipefail
target=$1
jar=$2
dir="$target/cds"
mkdir -p "$dir/no-classes"
digest=$( (cd "$target/classes" && find . -type f ! -path ./META-INF/build-info.properties -print0 | sort -z | xargs -0 sha256sum; java -version 2>&1) \
  | sha256sum | cut -c1-64)
if [ ! -f "$jar" ] || [ "$(cat "$dir/classes.digest" 2>/dev/null)" != "$digest" ]; then
  rm -f "$dir/run.jsa" "$jar"
  jar --create --file "$jar" -C "$target/classes" .
  echo "$digest" >"$dir/classes.digest"
fi
if [ -s "$dir/run.jsa" ]; then
  echo "-XX:SharedArchiveFile=$dir/run.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" >"$dir/jvm.args"
else
  echo "-XX:ArchiveClassesAtExit=$dir/run.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" >"$dir/jvm.args"
fi
