#!/usr/bin/env bash
# Builds the packaged portal, seeds a durable demo program at the given scale (default 10000 Reps) once, starts
# the jar as users run it and measures the busiest pages with wrk over loopback, side by side with a static file
# without a session (the server's own limit, measured first and again last; the higher counts). Prints requests/s, p50/p99 under load, one request alone, and each
# page's throughput as a share of the limit, then the cold start on the existing data (as a jar, and with class data
# sharing); appends the run to docs/benchmarks.md.
# Usage: bench/run.sh [scale]    Environment: BENCH_SECONDS (10), BENCH_CONNECTIONS (8), BENCH_PORT (18080),
#        BENCH_HEAP (512m), BENCH_DATA (target/bench-data-<scale>), BENCH_SKIP_BUILD=1 to reuse the jar.
set -euo pipefail
cd "$(dirname "$0")/.."

scale="${1:-10000}"
seconds="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-8}"
port="${BENCH_PORT:-18080}"
heap="${BENCH_HEAP:-512m}"
data="${BENCH_DATA:-target/bench-data-$scale}"
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq wrk
fi
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || -z "$(ls target/reps-portal-*.jar 2>/dev/null)" ]]; then
    ./mvnw -B -q -DskipTests package
fi
jar="$(ls target/reps-portal-*.jar | grep -v plain | head -1)"

mkdir -p "$data"
log="$data/portal.log"
started_at=$(date +%s%N)
java -Xmx"$heap" -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" --portal.data-dir="$data" \
    --portal.demo.enabled=auto --portal.demo.scale="$scale" --logging.level.root=WARN >"$log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true' EXIT
until curl -fs "$base/actuator/health" >/dev/null 2>&1; do
    kill -0 "$portal" 2>/dev/null || { echo "the portal did not start, see $log" >&2; exit 1; }
    sleep 0.5
done
ready_ms=$(( ($(date +%s%N) - started_at) / 1000000 ))

# a signed-in browser session: the login form's CSRF token, then the form post; the SESSION cookie is kept
session_of() {
    local jar_file; jar_file="$(mktemp)"
    local csrf
    csrf=$(curl -fs -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=$1" --data-urlencode "password=demo" \
        --data-urlencode "_csrf=$csrf" "$base/login"
    awk '$6 == "SESSION" { print $7 }' "$jar_file"
    rm -f "$jar_file"
}
mentor_session=$(session_of mentor@example.org)
council_session=$(session_of council@example.org)
rep_session=$(session_of rep@example.org)
[[ -n "$mentor_session" && -n "$council_session" && -n "$rep_session" ]] || { echo "sign-in failed" >&2; exit 1; }
stylesheet=$(curl -fs -H "Cookie: SESSION=$mentor_session" "$base/dashboard" | grep -o 'href="/css/[^"]*\.css"' | head -1 | sed 's/href="//; s/"$//')

# name | path | header
targets=(
    "static file, no session (the limit)|$stylesheet|"
    "static file, signed-in session cookie|$stylesheet|Cookie: SESSION=$mentor_session"
    "GET /api/v1/mentees (token)|/api/v1/mentees|Authorization: Bearer demo-mentor"
    "mentor dashboard|/dashboard|Cookie: SESSION=$mentor_session"
    "mentees' reports|/reports/mentees|Cookie: SESSION=$mentor_session"
    "directory ?q=an|/people?q=an|Cookie: SESSION=$rep_session"
    "Council dashboard|/dashboard|Cookie: SESSION=$council_session"
    "Rep dashboard|/dashboard|Cookie: SESSION=$rep_session"
    "absences|/absences|Cookie: SESSION=$mentor_session"
    "budget requests (Council)|/budgets|Cookie: SESSION=$council_session"
    "events|/events|Cookie: SESSION=$rep_session"
    "applications (Council)|/applications|Cookie: SESSION=$council_session"
)

to_ms() { # wrk prints 812.00us, 3.21ms or 1.02s
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'
}

# every request once under load before any is measured, so that the limit is not taken on a cold server
for target in "${targets[@]}"; do
    IFS='|' read -r name path header <<<"$target"
    wrk -t2 -c"$connections" -d3s ${header:+-H "$header"} "$base$path" >/dev/null
done

# the limit is measured first and once more after every page, and the higher of the two is the yardstick: the
# first run can still be warming the server up
measure() { # name path header -> "rps p50 p99 alone errors"
    local args=(-t2 -c"$connections" -d"${seconds}s" --latency --timeout 10s)
    [[ -n "$3" ]] && args+=(-H "$3")
    local out alone_out
    out=$(wrk "${args[@]}" "$base$2")
    alone_out=$(wrk -t1 -c1 -d3s --latency ${3:+-H "$3"} "$base$2")
    echo "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" \
        "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")" \
        "$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")" \
        "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$alone_out")")" \
        "$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$out" | grep -Eo '[0-9]+$' || echo 0)"
}
names=(); results=()
for target in "${targets[@]}"; do
    IFS='|' read -r name path header <<<"$target"
    status=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$base$path")
    if [[ "$status" != 200 ]]; then
        echo "$name: skipped, $path answers $status"
        continue
    fi
    names+=("$name"); results+=("$(measure "$name" "$path" "$header")")
done
IFS='|' read -r _ limit_path _ <<<"${targets[0]}"
names+=("static file, no session, again after the pages"); results+=("$(measure limit "$limit_path" "")")
limit=$(awk -v a="${results[0]%% *}" -v b="${results[-1]%% *}" 'BEGIN { print (a > b ? a : b) }')

rows=()
printf '%-48s %10s %9s %9s %9s %8s\n' "request" "req/s" "p50 ms" "p99 ms" "alone ms" "of limit"
for i in "${!names[@]}"; do
    read -r rps p50 p99 alone errors <<<"${results[$i]}"
    share=$(awk -v a="$rps" -v b="$limit" 'BEGIN { printf "%.0f %%", 100 * a / b }')
    [[ "$errors" != 0 ]] && share="$share, $errors errors"
    printf '%-48s %10s %9s %9s %9s %8s\n' "${names[$i]}" "$rps" "$p50" "$p99" "$alone" "$share"
    rows+=("| ${names[$i]} | $(printf '%.0f' "$rps") | $p50 | $p99 | $alone | $share |")
done
heap_used=$(curl -fs -H "Authorization: Bearer demo-admin" "$base/actuator/metrics/jvm.memory.used?tag=area:heap" 2>/dev/null \
    | grep -o '"value":[0-9.E]*' | head -1 | cut -d: -f2 || true)

# cold starts on the data directory just used: the jar as it is, then with class data sharing (Spring Boot's
# extracted layout and an archive of the classes a training run loads), each until the health check answers
kill "$portal" 2>/dev/null; wait "$portal" 2>/dev/null || true
start_ms() {
    local begun; begun=$(date +%s%N)
    "$@" --server.port="$port" --portal.data-dir="$data" --logging.level.root=WARN >>"$log" 2>&1 &
    portal=$!
    until curl -fs "$base/actuator/health" >/dev/null 2>&1; do
        kill -0 "$portal" 2>/dev/null || { echo "the portal did not start again, see $log" >&2; exit 1; }
        sleep 0.1
    done
    echo $(( ($(date +%s%N) - begun) / 1000000 ))
    kill "$portal" 2>/dev/null; wait "$portal" 2>/dev/null || true
}
cold_ms=$(start_ms java -Xmx"$heap" -jar "$jar")
cds="$data/cds"
rm -rf "$cds"
java -Djarmode=tools -jar "$jar" extract --destination "$cds" >/dev/null
java -Xmx"$heap" -XX:ArchiveClassesAtExit="$cds/portal.jsa" -Dspring.context.exit=onRefresh -jar "$cds/$(basename "$jar")" \
    --portal.data-dir="$data" --logging.level.root=WARN >>"$log" 2>&1 || true
cds_ms=$(start_ms java -Xmx"$heap" -XX:SharedArchiveFile="$cds/portal.jsa" -jar "$cds/$(basename "$jar")")
echo "cold start on the existing data: $cold_ms ms; with class data sharing: $cds_ms ms"

{
    echo
    echo "### $(date -u +%Y-%m-%d) · scale $scale · $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB · $(java -version 2>&1 | head -1)"
    echo
    echo "\`bench/run.sh $scale\`: wrk, $connections connections for ${seconds} s per request over loopback, the portal started"
    echo "with \`-Xmx$heap\` on a durable data directory (ready after $ready_ms ms including any seeding)."
    echo
    echo "| request | requests/s | p50 ms | p99 ms | one alone, p50 ms | of the limit |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    [[ -n "$heap_used" ]] && echo && echo "Heap in use after the run: $(awk -v b="$heap_used" 'BEGIN { printf "%.0f MB", b / 1048576 }')."
    echo
    echo "Cold start on the existing data directory, until the health check answers: $cold_ms ms as a jar, $cds_ms ms"
    echo "with class data sharing (extracted layout and a training run's archive, see the README)."
} >>docs/benchmarks.md
echo "appended to docs/benchmarks.md"
