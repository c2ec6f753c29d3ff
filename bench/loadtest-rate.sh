#!/usr/bin/env bash
# Does the load engine hold its target rate, and what does each request cost it in CPU next to `hey`?
# Starts the published app on 127.0.0.1 and a free port, then, in the same run and one after the other:
#   1. Orders.Pipeline's open-model engine (`load`), profile "5s:0->RATE, HOLDs:RATE", GET /product;
#   2. hey at the same rate for HOLD s (-c RATE/5 workers at -q 5 each: the app waits 100 ms per request).
# Prints for the hold the achieved rate as a ratio of the target, the worst second, drops, and whether the
# schedule held (every second of the hold within 2% of the target, nothing dropped; Poisson arrivals: within
# 4 standard deviations of a Poisson count); then CPU (user + system) per request: the engine's over the whole
# run (start-up and JIT included) and over the hold alone, hey's over its whole run, and the ratios; the app's
# CPU per request under each; the load average (other work moves the absolute figures, the ratios less).
# Usage: bench/loadtest-rate.sh [RATE] [HOLD] [ARRIVALS]   e.g. bench/loadtest-rate.sh 10000 20 poisson
#   ENGINE_DLL=path/Orders.Pipeline.dll measures another build of the engine (before/after a change).
#   (after: dotnet publish app/Orders.App.csproj -c Release). Installs Debian's hey if missing (as root).
# Traffic goes only to 127.0.0.1; every step has a timeout; the trap stops what the script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate="${1:-2000}"
hold="${2:-20}"
arrivals="${3:-constant}"
[[ "$rate" =~ ^[0-9]+$ && "$rate" -ge 5 && "$hold" =~ ^[0-9]+$ && "$hold" -ge 1 ]] \
    || { echo "usage: $0 [RATE >= 5] [HOLD seconds >= 1] [constant|poisson[:SEED]]" >&2; exit 2; }
app_dll=artifacts/publish/Orders.App/release/Orders.App.dll
[ -f "$app_dll" ] || { echo "publish the app first: dotnet publish app/Orders.App.csproj -c Release" >&2; exit 2; }
if ! command -v hey >/dev/null; then
    echo "installing Debian's hey (the anchor): apt-get install -y --no-install-recommends hey" >&2
    timeout 300 apt-get install -y --no-install-recommends hey >/dev/null \
        || { echo "could not install hey: run 'apt-get update' as root, then this script again" >&2; exit 2; }
fi
engine_dll="${ENGINE_DLL:-artifacts/bin/Orders.Pipeline/release/Orders.Pipeline.dll}"
[ -n "${ENGINE_DLL:-}" ] || timeout 300 dotnet build build/Orders.Pipeline/Orders.Pipeline.csproj -c Release -nologo -v q >/dev/null
# shellcheck source=bench/exporter-address.sh
source bench/exporter-address.sh
port=$(free_port)
work=$(mktemp -d)
app=""
engine_pid=""
cleanup() {
    if [ -n "$engine_pid" ]; then kill "$engine_pid" 2>/dev/null || true; fi
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# The access log goes to the scratch directory; at 10,000 req/s it grows by ~2 MB/s.
timeout $((hold * 2 + 180)) dotnet "$app_dll" --urls "http://127.0.0.1:$port" --AccessLog:Directory="$work" >"$work/app.out" 2>&1 &
app=$!
for _ in $(seq 1 100); do curl -fs -m 1 "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
curl -fs -m 1 "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start; its output:" >&2; cat "$work/app.out" >&2; exit 1; }
app_pid=$(cat "/proc/$app/task/$app/children")   # the app itself, under timeout
app_cpu() { awk '{ print $14 + $15 }' "/proc/${app_pid%% *}/stat"; }   # clock ticks, user + system
ticks=$(getconf CLK_TCK)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm the app up first (15 s: its JIT still works 8-12 s after start), so neither tool pays for that.
workers=$(( rate / 5 ))
timeout 60 hey -z 15s -c "$workers" -q 5 -t 5 "http://127.0.0.1:$port/product" >/dev/null || true

# 1. The engine. At most RATE/5 requests are in flight at 100 ms each; twice that before dropping.
concurrency=$(( rate * 2 / 5 > 1024 ? rate * 2 / 5 : 1024 ))
arrivals_option=()
[ "$arrivals" = constant ] || arrivals_option=(--arrivals "$arrivals")   # the default needs no option
app_before=$(app_cpu)
/usr/bin/time -f "%U %S" -o "$work/engine.time" timeout $((hold + 60)) \
    dotnet "$engine_dll" load --url "http://127.0.0.1:$port" \
    --profile "5s:0->$rate, ${hold}s:$rate" "${arrivals_option[@]}" --concurrency "$concurrency" --timeout 5s \
    >"$work/engine.out" &
engine=$!
# The engine's own CPU over the hold alone (steady state: no start-up, no JIT), read from /proc when the
# live line of second 5 (the ramp's end) and of second 5+HOLD appear.
for _ in $(seq 1 250); do   # time -> timeout -> dotnet, once they have started
    pid=$engine
    while children=$(cat "/proc/$pid/task/$pid/children" 2>/dev/null) && [ -n "$children" ]; do pid=${children%% *}; done
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dotnet ] && { engine_pid=$pid; break; }
    sleep 0.02
done
engine_cpu() { [ -n "$engine_pid" ] && awk '{ print $14 + $15 }' "/proc/$engine_pid/stat" 2>/dev/null || echo ""; }
hold_start=""; hold_end=""
while kill -0 "$engine" 2>/dev/null; do
    lines=$(grep -c '^t=' "$work/engine.out" || true)
    [ -z "$hold_start" ] && [ "$lines" -ge 5 ] && hold_start=$(engine_cpu)
    [ -z "$hold_end" ] && [ "$lines" -ge $((5 + hold)) ] && hold_end=$(engine_cpu)
    sleep 0.02
done
wait "$engine" || true
app_engine=$(( $(app_cpu) - app_before ))
# Seconds 6..5+HOLD are the hold; sent= counts the requests that left in that second. Evenly spaced arrivals
# must give RATE in every second (within 2%); Poisson ones vary by themselves (standard deviation sqrt(RATE)
# per second), so for them a second may be 4 standard deviations off and the hold's total 2% or 4 of them.
sed -E 's/= +/=/g' "$work/engine.out" | awk -v rate="$rate" -v hold="$hold" -v poisson="${arrivals%%:*}" '
    BEGIN { second = 0.02; total = 0.02
            if (poisson == "poisson") { second = 4 * sqrt(rate) / rate; t = 4 * sqrt(rate * hold) / (rate * hold); if (t > total) { total = t } } }
    /^t=/ { n++; if (n > 5 && n <= 5 + hold) { for (i = 1; i <= NF; i++) { split($i, kv, "=");
                if (kv[1] == "sent") { s = kv[2] + 0 } if (kv[1] == "dropped") { d += kv[2] } }
            sent += s; dev = (s - rate) / rate; if (dev < 0) { dev = -dev } if (dev >= worst) { worst = dev; ws = s } } }
    END { r = sent / (hold * rate); ok = (r >= 1 - total && r <= 1 + total && worst <= second && d == 0)
          printf "engine hold: %d s at %d req/s; achieved %.1f req/s = %.4f of target; worst second %d (%.2f%% off); dropped %d\n",
                 hold, rate, sent / hold, r, ws, worst * 100, d
          printf "schedule held (each second within %.1f%%, the hold within %.1f%%, nothing dropped): %s\n",
                 second * 100, total * 100, ok ? "YES" : "NO" }'
tail -n 1 "$work/engine.out"
engine_requests=$(sed -nE 's/^scheduled [0-9]+, sent ([0-9]+),.*/\1/p' "$work/engine.out")
hold_requests=$(sed -E 's/= +/=/g' "$work/engine.out" | awk -v hold="$hold" '/^t=/ { n++; if (n > 5 && n <= 5 + hold) {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "sent") { s += kv[2] } } } } END { print s + 0 }')
read -r engine_user engine_sys < <(tail -n 1 "$work/engine.time")   # after "Command exited with non-zero status N", if so

# 2. hey at the same rate: a closed model with a per-worker rate limit, the cheapest generator at hand.
app_before=$(app_cpu)
/usr/bin/time -f "%U %S" -o "$work/hey.time" timeout $((hold + 60)) \
    hey -z "${hold}s" -c "$workers" -q 5 -t 5 "http://127.0.0.1:$port/product" >"$work/hey.out" || true
app_hey=$(( $(app_cpu) - app_before ))
hey_requests=$(awk '/^ *\[[0-9]+\]/ { n += $2 } END { print n + 0 }' "$work/hey.out")
hey_errors=$(awk '/^Error distribution/ { e = 1; next } e && /\[[0-9]+\]/ { n += substr($1, 2) + 0 } END { print n + 0 }' "$work/hey.out")
read -r hey_user hey_sys < <(tail -n 1 "$work/hey.time")
echo "hey: $hey_requests responses in ${hold} s ($(awk -v n="$hey_requests" -v h="$hold" 'BEGIN { printf "%.1f", n / h }') req/s), $hey_errors errors"

awk -v eu="$engine_user" -v es="$engine_sys" -v en="$engine_requests" -v hu="$hey_user" -v hs="$hey_sys" -v hn="$hey_requests" \
    -v ae="$app_engine" -v ah="$app_hey" -v tk="$ticks" -v h0="$hold_start" -v h1="$hold_end" -v hr="$hold_requests" 'BEGIN {
    e = (eu + es) / en * 1e6; h = (hu + hs) / hn * 1e6
    printf "engine CPU, whole run: %.2f s user + %.2f s system for %d requests = %.1f us/request\n", eu, es, en, e
    if (h0 != "" && h1 != "" && hr > 0) { eh = (h1 - h0) / tk / hr * 1e6
        printf "engine CPU, hold only: %.2f s for %d requests = %.1f us/request\n", (h1 - h0) / tk, hr, eh }
    printf "hey CPU,    whole run: %.2f s user + %.2f s system for %d requests = %.1f us/request\n", hu, hs, hn, h
    printf "ratio engine / hey, CPU per request: %.2f whole run", e / h
    if (eh > 0) { printf ", %.2f hold only", eh / h }
    printf "\napp CPU per request: %.1f us under the engine, %.1f us under hey\n", ae / tk / en * 1e6, ah / tk / hn * 1e6 }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
