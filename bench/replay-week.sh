#!/usr/bin/env bash
# How fast and lean Replay is on a week of production-like history (issue 24 item 7): backfills a week of 15 s
# samples of product_order_total (job orders-exporter, namespace bench) counting a daily shape of 2 to 38
# orders/s that never reaches zero, into a temporary Prometheus on 127.0.0.1 (promtool tsdb
# create-blocks-from openmetrics), then runs the Replay verb of the built pipeline on the whole week at
# --step=15s and --step=1s, for 1 ScaledObject (k8s/base) and 2 (k8s/base,k8s/tutorial), and prints the wall
# time, CPU time (user + system: steadier than wall time on a shared machine) and peak RSS of each
# (/usr/bin/time -v) and the replay's own summary line. The 15 s run of both is left in artifacts/replay-week/.
# Usage: bench/replay-week.sh [DAYS]   (default 7; after: dotnet build build/Orders.Pipeline -c Release)
# Needs prometheus, promtool, kubectl (kustomize renders k8s/base), python3, /usr/bin/time. The machine may be
# shared: the figures are indicative; run it on a quiet machine for the record (docs/replay.md).
# Traffic goes only to 127.0.0.1; every step has a timeout; the trap stops what the script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
days="${1:-7}"
[[ "$days" =~ ^[1-7]$ ]] || { echo "usage: $0 [DAYS 1..7]" >&2; exit 2; }
dll=artifacts/bin/Orders.Pipeline/release/Orders.Pipeline.dll
[ -f "$dll" ] || { echo "build the pipeline first: dotnet build build/Orders.Pipeline -c Release" >&2; exit 2; }
for tool in prometheus promtool kubectl python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install prometheus kubectl time python3 (or put them on PATH)" >&2; exit 2; }
done
# shellcheck source=bench/exporter-address.sh
source bench/exporter-address.sh
port=$(free_port)
work=$(mktemp -d)
prom=""
cleanup() {
    if [ -n "$prom" ]; then kill "$prom" 2>/dev/null || true; wait "$prom" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The week ends at the last whole hour, two hours ago (clear of the head block), and starts DAYS before.
end=$(( $(date +%s) / 3600 * 3600 - 7200 ))
start=$(( end - days * 86400 ))
timeout 120 python3 - "$start" "$end" >"$work/data.om" <<'PY'
import math, sys
start, end = int(sys.argv[1]), int(sys.argv[2])
print("# HELP product_order Orders served.\n# TYPE product_order counter")
total = 0.0
for t in range(start, end + 1, 15):
    print(f'product_order_total{{job="orders-exporter",namespace="bench",pod="p1"}} {total:.3f} {t}')
    # 20 - 18 cos: 2/s at midnight, 38/s at noon, never zero
    total += 15 * (20 - 18 * math.cos(2 * math.pi * (t % 86400) / 86400))
print("# EOF")
PY
timeout 300 promtool tsdb create-blocks-from openmetrics --quiet "$work/data.om" "$work/tsdb" >/dev/null
printf 'global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: orders-exporter\n    scrape_interval: 15s\n    static_configs: []\n' >"$work/prometheus.yml"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" --storage.tsdb.retention.time=15d \
    --web.listen-address="127.0.0.1:$port" >"$work/prometheus.out" 2>&1 &
prom=$!
for _ in $(seq 1 300); do curl -fs -m 1 "http://127.0.0.1:$port/-/ready" >/dev/null && break; sleep 0.2; done
curl -fs -m 1 "http://127.0.0.1:$port/-/ready" >/dev/null || { echo "Prometheus did not become ready; its output:" >&2; tail -20 "$work/prometheus.out" >&2; exit 1; }

iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $days day(s) of 15 s samples, $(iso "$start") .. $(iso "$end")"
printf '%-6s %-24s %9s %8s %12s  %s\n' step scaledobjects "wall (s)" "CPU (s)" "peak RSS MB" "replay's line"
for step in 15s 1s; do
    for objects in k8s/base k8s/base,k8s/tutorial; do
        out="$work/out-$step-${objects//\//_}"
        # The 15 s run of both is kept, to read: what report.md says on a week of continuous traffic.
        [ "$step/$objects" = "15s/k8s/base,k8s/tutorial" ] && out=artifacts/replay-week
        timeout 600 /usr/bin/time -v -o "$work/time.txt" dotnet "$dll" replay --prometheus-url "http://127.0.0.1:$port" \
            --start "$(iso "$start")" --end "$(iso "$end")" --step "$step" --scaledobject "$objects" --namespace bench \
            --out "$out" --root "$PWD" >"$work/replay.out" 2>&1 \
            || { echo "the replay at --step=$step for $objects failed; its output:" >&2; tail -20 "$work/replay.out" >&2; exit 1; }
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time.txt")
        printf '%-6s %-24s %9s %8s %12d  %s\n' "$step" "$objects" "$wall" "$cpu" $((rss / 1024)) "$(grep -m1 '^ours' "$work/replay.out" || true)"
    done
done
