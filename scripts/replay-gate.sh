#!/usr/bin/env bash
# A CI gate for a ScaledObject change: replays the current and the proposed ScaledObject on a recorded TSDB
# snapshot and fails (exit 1) when the proposed one regresses: a lower peak than the current one reaches (less
# capacity under the same load) or a slower way to it. Steps: promtool turns the OpenMetrics recording into TSDB
# blocks, a throwaway Prometheus on 127.0.0.1 serves them, scaledobject-replay replays the current ScaledObject
# (its figures become the bounds) and then the proposed one with --expect. The proposed report (markdown) is
# printed on stdout, for $GITHUB_STEP_SUMMARY; both reports are under $OUT. docs/examples/replay-gate.yml calls
# this; tests/Orders.Pipeline.Tests/Replay/Tool/ReplayGateScriptTests runs it on every test run.
#
# Usage: scripts/replay-gate.sh RECORDING.om CURRENT.yaml PROPOSED.yaml [more scaledobject-replay options...]
#   (--expect gates the proposed run only; every other option is passed to both runs)
#   e.g. scripts/replay-gate.sh ops/last-week.om current.yaml k8s/scaledobject.yaml --expect 'peakReplicas.max <= 8'
# Environment: REPLAY (the command, default scaledobject-replay), PROMETHEUS and PROMTOOL (default from PATH),
#   PORT (Prometheus's, default 19090), OUT (default replay-gate). --step is an option like any other (default 1s).
# Exit codes: 0 no regression, 1 a regression (one line per failed expectation on stderr), 2 bad input.
set -euo pipefail

if [ "$#" -lt 3 ]; then
    sed -n '2,/^# Exit codes/p' "$0" >&2
    exit 2
fi
recording="$1" current="$2" proposed="$3"
shift 3
read -ra replay <<< "${REPLAY:-scaledobject-replay}"
prometheus="${PROMETHEUS:-prometheus}" promtool="${PROMTOOL:-promtool}"
port="${PORT:-19090}" out="${OUT:-replay-gate}"
for file in "$recording" "$current" "$proposed"; do
    [ -f "$file" ] || { echo "error: $file: no such file; pass RECORDING.om CURRENT.yaml PROPOSED.yaml." >&2; exit 2; }
done

work="$(mktemp -d)"
prometheus_pid=''
cleanup() {
    if [ -n "$prometheus_pid" ]; then kill "$prometheus_pid" 2>/dev/null || true; wait "$prometheus_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The recording as TSDB blocks, and its time range (the first and last sample) as the replay's range.
timeout 300 "$promtool" tsdb create-blocks-from openmetrics "$recording" "$work/tsdb" >&2
read -r first last < <(awk '!/^#/ && NF >= 2 { t = $NF + 0; if (min == "" || t < min) min = t; if (t > max) max = t }
    END { if (min == "") exit 1; printf "%d %d\n", min, max }' "$recording") \
    || { echo "error: $recording holds no sample with a timestamp; record it with timestamps (OpenMetrics)." >&2; exit 2; }
start="$(date -u -d "@$first" +%Y-%m-%dT%H:%M:%SZ)" end="$(date -u -d "@$last" +%Y-%m-%dT%H:%M:%SZ)"

# 2. A Prometheus with no targets serving the blocks (a long retention: recorded samples may be weeks old).
printf 'global:\n  scrape_interval: 15s\n' > "$work/prometheus.yml"
"$prometheus" --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" --storage.tsdb.retention.time=10y \
    --web.listen-address="127.0.0.1:$port" > "$work/prometheus.log" 2>&1 &
prometheus_pid=$!
for _ in $(seq 1 60); do
    curl -fsS --max-time 2 "http://127.0.0.1:$port/-/ready" > /dev/null 2>&1 && break
    kill -0 "$prometheus_pid" 2>/dev/null || { cat "$work/prometheus.log" >&2; echo "error: Prometheus stopped; its log is above (is port $port free? set PORT)." >&2; exit 2; }
    sleep 1
done
curl -fsS --max-time 2 "http://127.0.0.1:$port/-/ready" > /dev/null 2>&1 \
    || { cat "$work/prometheus.log" >&2; echo "error: Prometheus on port $port was not ready after 60 s; its log is above (a large recording loads slowly: retry, or check the log)." >&2; exit 2; }
url="http://127.0.0.1:$port"
# Every option but --expect describes the scenario (--scale-load, --header, auth...): both sides replay it, or the
# bounds would come from a different replay than the one held to them. --expect gates only the proposed run.
shared=() gates=()
while [ "$#" -gt 0 ]; do
    case "$1" in
        --expect) [ "$#" -ge 2 ] || { echo "error: --expect needs a value, e.g. --expect 'peakReplicas.max <= 8'." >&2; exit 2; }
            gates+=("$1" "$2"); shift 2 ;;
        --expect=*) gates+=("$1"); shift ;;
        *) shared+=("$1"); shift ;;
    esac
done
run() { timeout 900 "${replay[@]}" --prometheus-url "$url" --start "$start" --end "$end" "${shared[@]}" "$@"; }

# 3. The current ScaledObject: its figures are the bounds the proposed one must keep.
run --scaledobject "$current" --out "$out/current" --format json > "$work/current.json"
expects=()
while read -r gate; do expects+=(--expect "$gate"); done < <(jq -r '.scaledObjects[0]
    | (if .peakReplicas.min != null then "peakReplicas.min >= \(.peakReplicas.min)" else empty end),
      (if .secondsToPeak.max != null then "secondsToPeak.max <= \(.secondsToPeak.max)" else empty end)' "$work/current.json")
echo "current: ${expects[*]:-no figure to hold the proposed one to}" >&2

# 4. The proposed one, held to them (and to any --expect given): its exit code is the gate's.
run --scaledobject "$proposed" --out "$out/proposed" --format markdown "${expects[@]}" "${gates[@]}"
