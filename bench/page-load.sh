#!/usr/bin/env bash
# Seeds the demo program at a given scale (default 10000 Reps) into a throw-away embedded PostgreSQL, then
# loads the busiest pages over loopback with a bounded number of requests and prints latency percentiles.
# Usage: bench/page-load.sh [scale]
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-10000}"
./mvnw -B -q test-compile exec:java -Dexec.mainClass=bench.PageLoadBenchmark -Dexec.classpathScope=test \
    -Dexec.args="$scale" -Dexec.cleanupDaemonThreads=false
