#!/usr/bin/env bash
# What a checkpointed scrape costs: /metrics latency with AccessLog:CheckpointPath set while lines arrive
# (each scrape writes and fsyncs the checkpoint first when values changed), for two exporter builds side by
# side in the same run (e.g. before and after a change), SAMPLES scrapes each, one appended line before each.
# Usage: bench/exporter-scrape-cost.sh ANCHOR_DLL CANDIDATE_DLL   (framework-dependent Orders.Exporter.dll)
set -euo pipefail
# shellcheck source=bench/exporter-address.sh
source "$(dirname "${BASH_SOURCE[0]}")/exporter-address.sh"
samples="${SAMPLES:-200}"
work="$(mktemp -d)"
trap 'kill -TERM "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
line='2026-11-28 03:09:07 127.0.0.1 GET /product - 200 1.5 HTTP/1.1 -'
for dll in "$1" "$2"; do
    rm -rf "$work/logs" "$work/state" && mkdir -p "$work/logs"
    port=$(free_port)
    dotnet "$dll" "--AccessLog:Path=$work/logs" "--AccessLog:CheckpointPath=$work/state/checkpoint.json" \
        --Exporter:Host=127.0.0.1 "--Exporter:Port=$port" > "$work/exporter.log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && break; sleep 0.1; done
    log="$work/logs/access-20261128.0000.txt"
    printf '#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)\n' > "$log"
    for _ in $(seq "$samples"); do
        echo "$line" >> "$log"
        sleep 0.02
        curl -s -o /dev/null -w '%{time_total}\n' --max-time 5 "http://127.0.0.1:$port/metrics"
    done | sort -n | awk -v name="$(basename "$(dirname "$dll")")" '{ a[NR] = $1 } END {
        printf "%s: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  (%d scrapes)\n", name, a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, a[int(NR*0.99)]*1000, a[NR]*1000, NR }'
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
done
