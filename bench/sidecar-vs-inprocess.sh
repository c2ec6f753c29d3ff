#!/usr/bin/env bash
# Why a log-tailing sidecar and not prometheus-net in the app, measured: the order app three ways on the same
# load, side by side in one run:
#   sidecar:    the app writing its W3C access log + the exporter following it (today's pod; the exporter as the
#               image builds it, Native AOT, unless EXPORTER_BUILD=jit), with the image's checkpoint on;
#   in-process: bench/Orders.InProcessMetrics, the app's endpoints with the exporter's three request metrics
#               (same names, labels, buckets) as prometheus-net collectors in the process, no access log;
#   bare:       the app with no access log and no metrics (the anchor).
# Load: hey at a fixed RATE for HOLD seconds on GET /product (every request is an order, the series KEDA scales
# on), after a 15 s warm-up at the same rate (the JIT still works 8-12 s after start: docs/benchmarks.md).
# Orders:ProcessingDelayMs=0, so the app's 100 ms sleep hides neither CPU nor latency. /metrics is scraped every
# 5 s in the two modes that have it, as the chart's job does. The histogram buckets are k8s/base/deployment.yaml's.
# Prints per mode: achieved req/s, p50/p99 latency (hey, to 0.1 ms), CPU per request (user + system from /proc over the
# hold: app, exporter, sum), peak RSS (VmHWM: app, exporter, sum), the ratios to bare, and the orders counted
# against the requests answered. ROUNDS (default 2) repeats the three, alternating, so drift hits all of them.
# Usage: bench/sidecar-vs-inprocess.sh [RATE] [HOLD]   (default 2000 req/s for 20 s; ~5 minutes (ROUNDS=2))
# Traffic goes only to 127.0.0.1; every step has a timeout; the trap stops every process the script started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/exporter-address.sh
source "$root/bench/exporter-address.sh"
rate="${1:-2000}"
hold="${2:-20}"
rounds="${ROUNDS:-2}"
warmup=15
[[ "$rate" =~ ^[0-9]+$ && "$rate" -ge 20 && "$hold" =~ ^[0-9]+$ && "$hold" -ge 5 && "$rounds" =~ ^[1-9]$ ]] \
    || { echo "usage: $0 [RATE >= 20] [HOLD seconds >= 5]   (ROUNDS=1..9)" >&2; exit 2; }
command -v hey >/dev/null || { echo "hey is not installed: apt-get install -y --no-install-recommends hey" >&2; exit 2; }
work="$root/artifacts/bench/sidecar-vs-inprocess"
mkdir -p "$work"

# --foreground: timeout otherwise runs its command in a group of its own, which a Ctrl+C never reaches.
echo "Publishing the app, the in-process host and the exporter ($([ "${EXPORTER_BUILD:-aot}" = jit ] && echo JIT || echo 'Native AOT, as the image'))..."
timeout --foreground 600 dotnet publish "$root/app/Orders.App.csproj" -c Release -o "$work/app" -nologo -v quiet >/dev/null
timeout --foreground 600 dotnet publish "$root/bench/Orders.InProcessMetrics/Orders.InProcessMetrics.csproj" -c Release -o "$work/inprocess" -nologo -v quiet >/dev/null
aot=(-p:PublishAot=true)
[ "${EXPORTER_BUILD:-aot}" = jit ] && aot=()
timeout --foreground 900 dotnet publish "$root/sidecar/Orders.Exporter.csproj" -c Release "${aot[@]}" -o "$work/exporter" -nologo -v quiet >/dev/null \
    || { echo "Publishing the exporter failed; Native AOT needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev), or run with EXPORTER_BUILD=jit" >&2; exit 1; }
mapfile -t buckets < <(grep -oE -- '--Exporter:DurationBuckets:[0-9]+=[0-9.eE+-]+' "$root/k8s/base/deployment.yaml")
[ "${#buckets[@]}" -gt 0 ] || { echo "No --Exporter:DurationBuckets in k8s/base/deployment.yaml: update this script's grep" >&2; exit 1; }

app_pid=""; exporter_pid=""; scraper_pid=""
stop() {   # stop PID: SIGTERM, then wait for it
    [ -n "$1" ] || return 0
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() { stop "$scraper_pid"; stop "$exporter_pid"; stop "$app_pid"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

cpu_ticks() { [ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" || echo 0; }
peak_rss_mb() { [ -n "$1" ] && awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status" || echo 0; }
# metric URL NAME: the sum of a series' samples on a /metrics page (0 when absent).
metric() { curl -fs -m 2 "$1" | awk -v name="$2" '$1 == name || index($1, name "{") == 1 { sum += $NF } END { printf "%d", sum }'; }

# start_mode MODE: starts the processes of MODE on 127.0.0.1; sets app_url and metrics_url ("" for bare).
start_mode() {
    local mode="$1" port
    port=$(free_port)
    rm -rf "$work/run" && mkdir -p "$work/run/logs"
    local common=(--urls "http://127.0.0.1:$port" --Orders:ProcessingDelayMs=0 --Logging:LogLevel:Default=Warning)
    case "$mode" in
        sidecar)
            timeout 900 dotnet "$work/app/Orders.App.dll" "${common[@]}" --AccessLog:Directory="$work/run/logs" >"$work/run/app.out" 2>&1 &
            app_pid=$!
            : >"$work/run/exporter.out"   # before the background redirect, so exporter_address never reads a missing file
            timeout 900 "$work/exporter/Orders.Exporter" "--AccessLog:Path=$work/run/logs" "--AccessLog:CheckpointPath=$work/run/checkpoint.json" \
                --Exporter:Host=127.0.0.1 --Exporter:Port=0 "${buckets[@]}" >"$work/run/exporter.out" 2>&1 &
            exporter_pid=$!
            metrics_url="$(exporter_address "$work/run/exporter.out")/metrics" ;;
        in-process)
            timeout 900 dotnet "$work/inprocess/Orders.InProcessMetrics.dll" "${common[@]}" "${buckets[@]}" >"$work/run/app.out" 2>&1 &
            app_pid=$!
            metrics_url="http://127.0.0.1:$port/metrics" ;;
        bare)
            timeout 900 dotnet "$work/app/Orders.App.dll" "${common[@]}" --AccessLog:Enabled=false >"$work/run/app.out" 2>&1 &
            app_pid=$!
            metrics_url="" ;;
    esac
    app_url="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do curl -fs -m 1 "$app_url/healthz" >/dev/null && break; sleep 0.1; done
    curl -fs -m 1 "$app_url/healthz" >/dev/null || { echo "$mode: the app did not start; its output:" >&2; cat "$work/run/app.out" >&2; exit 1; }
    # `timeout` is the child we started; the measured processes are its children.
    app_pid_measured=$(cat "/proc/$app_pid/task/$app_pid/children"); app_pid_measured=${app_pid_measured%% *}
    exporter_pid_measured=""
    if [ -n "$exporter_pid" ]; then exporter_pid_measured=$(cat "/proc/$exporter_pid/task/$exporter_pid/children"); exporter_pid_measured=${exporter_pid_measured%% *}; fi
    if [ -n "$metrics_url" ]; then
        (for _ in $(seq 1 $(( (warmup + hold + 60) / 5 ))); do curl -fs -m 2 -o /dev/null "$metrics_url" || true; sleep 5; done) &
        scraper_pid=$!
    fi
}

# hey_run SECONDS OUT: the fixed-rate load (RATE/50 workers at 50 req/s each) on GET /product.
hey_run() { timeout --foreground $(( $1 + 30 )) hey -z "${1}s" -c $(( rate / 50 )) -q 50 -t 5 "$app_url/product" >"$2"; }
answered() { awk '/\[200\]/ { print $2 }' "$1"; }

# wait_counted N: the exporter (sidecar) has counted N orders, so its CPU for them is spent; 60 s at most.
wait_counted() {
    [ -n "$exporter_pid" ] || return 0
    for _ in $(seq 1 600); do [ "$(metric "$metrics_url" product_order_total)" -ge "$1" ] && return 0; sleep 0.1; done
    echo "the exporter counted $(metric "$metrics_url" product_order_total) of $1 orders after 60 s; see $work/run/exporter.out" >&2
}

declare -A rps p50 p99 cpu_app cpu_exp rss_app rss_exp counted served requests
hz=$(getconf CLK_TCK)
measure() {
    local mode="$1" key="$1.$2" warm before_app before_exp total
    start_mode "$mode"
    hey_run "$warmup" "$work/run/warmup.hey"
    warm=$(answered "$work/run/warmup.hey")
    wait_counted "$warm"
    before_app=$(cpu_ticks "$app_pid_measured"); before_exp=$(cpu_ticks "$exporter_pid_measured")
    hey_run "$hold" "$work/run/hold.hey"
    total=$(( warm + $(answered "$work/run/hold.hey") ))
    wait_counted "$total"
    cpu_app[$key]=$(( $(cpu_ticks "$app_pid_measured") - before_app ))
    cpu_exp[$key]=$(( $(cpu_ticks "$exporter_pid_measured") - before_exp ))
    rss_app[$key]=$(peak_rss_mb "$app_pid_measured"); rss_exp[$key]=$(peak_rss_mb "$exporter_pid_measured")
    served[$key]=$total
    counted[$key]=$([ -n "$metrics_url" ] && metric "$metrics_url" product_order_total || echo "-")
    rps[$key]=$(awk '/Requests\/sec:/ { print $2 }' "$work/run/hold.hey")
    p50[$key]=$(awk '/ 50% in / { printf "%.3f", $3 * 1000 }' "$work/run/hold.hey")
    p99[$key]=$(awk '/ 99% in / { printf "%.3f", $3 * 1000 }' "$work/run/hold.hey")
    requests[$key]=$(answered "$work/run/hold.hey")
    stop "$scraper_pid"; stop "$exporter_pid"; stop "$app_pid"
    scraper_pid=""; exporter_pid=""; app_pid=""
    echo "  $mode round $2 done ($(cut -d' ' -f1-3 /proc/loadavg) load average)"
}


echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores shared with other work: ratios within this run are what count"
modes=(sidecar in-process bare)
for round in $(seq 1 "$rounds"); do
    # Alternate the order each round, so that neither end of the run always falls to the same mode.
    order=("${modes[@]}"); [ $(( round % 2 )) = 0 ] && order=(bare in-process sidecar)
    for mode in "${order[@]}"; do measure "$mode" "$round"; done
done

echo
echo "GET /product at $rate req/s for $hold s (after $warmup s of warm-up), hey -c $(( rate / 50 )) -q 50; CPU over the hold, RSS peak of the whole run"
printf '%-11s %5s %9s %8s %8s %8s %8s %8s %8s %8s %8s %16s\n' mode round req/s p50_ms p99_ms \
    app_us exp_us sum_us app_MB exp_MB sum_MB orders/answered
for round in $(seq 1 "$rounds"); do
    for mode in "${modes[@]}"; do
        key="$mode.$round"
        awk -v m="$mode" -v r="$round" -v rps="${rps[$key]}" -v p50="${p50[$key]}" -v p99="${p99[$key]}" \
            -v ca="${cpu_app[$key]}" -v ce="${cpu_exp[$key]}" -v n="${requests[$key]}" -v hz="$hz" \
            -v ra="${rss_app[$key]}" -v re="${rss_exp[$key]}" -v c="${counted[$key]}" -v s="${served[$key]}" 'BEGIN {
            a = ca / hz * 1e6 / n; e = ce / hz * 1e6 / n
            printf "%-11s %5s %9.0f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %16s\n", m, r, rps, p50, p99, a, e, a + e, ra, re, ra + re, c "/" s }'
    done
done

echo
echo "mean of the rounds, as a ratio to bare (CPU per request, p50, p99, peak RSS of app + exporter):"
for mode in sidecar in-process bare; do
    args=()
    for round in $(seq 1 "$rounds"); do
        for base in "$mode" bare; do
            k="$base.$round"
            cpu=$(awk -v ca="${cpu_app[$k]}" -v ce="${cpu_exp[$k]}" -v n="${requests[$k]}" -v hz="$hz" 'BEGIN { printf "%.4f", (ca + ce) / hz * 1e6 / n }')
            rss=$(awk -v a="${rss_app[$k]}" -v b="${rss_exp[$k]}" 'BEGIN { print a + b }')
            args+=("$cpu" "${p50[$k]}" "${p99[$k]}" "$rss")
        done
    done
    printf '%s\n' "${args[@]}" | awk -v m="$mode" '
        { v[NR % 8] += $1 }
        END { printf "%-11s CPU %.1f us/request (x%.2f)  p50 x%.2f  p99 x%.2f  peak RSS %.1f MB (x%.2f)\n", m, v[1] / (NR / 8), v[1] / v[5], v[2] / v[6], v[3] / v[7], v[4] / (NR / 8), v[4] / v[0] }'
done
