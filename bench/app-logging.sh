#!/usr/bin/env bash
# What the access log costs the order app: GET / under wrk with AccessLog:Enabled=false and =true,
# alternating off/on twice so that drift on a shared machine hits both sides. Prints req/s of each run and
# the ratio on/off (goal >= 0.90; ASP.NET Core's built-in W3C logger measured 0.035 here). Also prints the
# app's own CPU time per request (from /proc), which other load on a shared machine disturbs less than req/s.
# Usage: bench/app-logging.sh   (needs wrk: apt-get install -y wrk). Takes about two minutes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${BENCH_DURATION:-10s}"
# Measured with perf on this 2-core machine: under wrk the JIT (tier-1 and PGO re-compilation of Kestrel's
# hot paths) still takes 13% of the app's CPU 8-12 s after start and 0.5% after 16 s. A shorter warm-up
# measures the JIT, not the log: more code runs with the log on, so there is more to compile.
warmup="${BENCH_WARMUP:-15s}"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

echo "Publishing app/Orders.App.csproj (Release)..."
timeout 300 dotnet publish "$root/app/Orders.App.csproj" -c Release --nologo -v quiet >/dev/null
dll="$root/artifacts/publish/Orders.App/release/Orders.App.dll"

work="$(mktemp -d)"
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Starts the app on an ephemeral port and sets $url from Kestrel's "Now listening on:" line.
start_app() {
    local enabled="$1"
    : >"$work/app.out"
    dotnet "$dll" --urls http://127.0.0.1:0 --AccessLog:Enabled="$enabled" --AccessLog:Directory="$work/logs-$enabled-$round" \
        --AccessLog:RetainedFileCountLimit=10000 \
        >"$work/app.out" 2>&1 &
    app_pid=$!
    url=""
    for _ in $(seq 1 300); do
        url="$(grep -o 'Now listening on: http://[0-9.:]*' "$work/app.out" | head -1 | sed 's/Now listening on: //')" || true
        [ -n "$url" ] && return 0
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "The app did not start; its output:" >&2; cat "$work/app.out" >&2; exit 1
}

stop_app() {
    kill -TERM "$app_pid"
    local code=0
    wait "$app_pid" || code=$?
    app_pid=""
    [ "$code" = 0 ] || { echo "The app exited with $code after SIGTERM; its output:" >&2; cat "$work/app.out" >&2; exit 1; }
}

# utime + stime of the app in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }

# One measured run: a warm-up of $warmup under the same load, then wrk -t2 -c64 for $duration.
# Prints "req/s app-CPU-microseconds-per-request".
measure() {
    local enabled="$1" before after
    start_app "$enabled"
    timeout 60 wrk -t2 -c64 -d"$warmup" "$url/" >/dev/null
    before="$(cpu_ticks)"
    timeout 60 wrk -t2 -c64 -d"$duration" "$url/" >"$work/wrk.out"
    after="$(cpu_ticks)"
    stop_app
    awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" '
        / requests in / { requests = $1 }
        /Requests\/sec:/ { rps = $2 }
        END { printf "%s %.1f\n", rps, (a - b) / hz * 1e6 / requests }' "$work/wrk.out"
}

declare -a off on off_cpu on_cpu
for round in 1 2; do
    read -r off[$round] off_cpu[$round] <<<"$(measure false)"
    echo "round $round  log off: ${off[$round]} req/s  app CPU ${off_cpu[$round]} us/request"
    read -r on[$round] on_cpu[$round] <<<"$(measure true)"
    lines="$(cat "$work/logs-true-$round"/access-*.txt | grep -vc '^#')"
    echo "round $round  log on:  ${on[$round]} req/s  app CPU ${on_cpu[$round]} us/request  ($lines lines logged, warm-up included)"
done

awk -v o1="${off[1]}" -v o2="${off[2]}" -v n1="${on[1]}" -v n2="${on[2]}" \
    -v oc1="${off_cpu[1]}" -v oc2="${off_cpu[2]}" -v nc1="${on_cpu[1]}" -v nc2="${on_cpu[2]}" 'BEGIN {
    off = (o1 + o2) / 2; on = (n1 + n2) / 2; offc = (oc1 + oc2) / 2; onc = (nc1 + nc2) / 2
    printf "mean  log off: %.0f req/s  log on: %.0f req/s  ratio on/off: %.3f (goal >= 0.90; built-in W3C logger: 0.035)\n", off, on, on / off
    printf "mean  app CPU per request: off %.1f us, on %.1f us (the log costs %+.1f us/request)\n", offc, onc, onc - offc
}'
