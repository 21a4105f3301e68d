#!/usr/bin/env bash
# Seeds the demo program at a given scale (default 10000 Reps) into a throw-away embedded PostgreSQL
# and prints the time it took. Usage: bench/seed-demo.sh [scale]
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-10000}"
./mvnw -B -q test-compile exec:java -Dexec.mainClass=bench.DemoSeedBenchmark -Dexec.classpathScope=test \
    -Dexec.args="$scale" -Dexec.cleanupDaemonThreads=false
