#!/usr/bin/env bash
# Builds the connector, emulator and bench module (no install) and runs the benchmark.
#   bench/run.sh [--scenarios=L,R,S,M,C] [--quick] [--concurrency=8] [--fanout-threads=64] [--sweep=1,2,4,8,16,32]
# Writes docs/BENCHMARKS.md (between the results markers) and docs/benchmark-concurrency.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -q -pl bench -am package -DskipTests
fi
exec java -Xmx6g -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/later-reporting-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
  io.laterreporting.bench.Benchmark "$@"
