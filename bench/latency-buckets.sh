#!/usr/bin/env bash
# How close histogram_quantile comes to the truth with k8s/base's buckets, on this machine's real latencies.
# Starts the published app on 127.0.0.1 and a free port, sends GET /product, GET / and POST /orders at RATE/s
# each for SECONDS (after 5 s of warm-up that is not counted), then reads the app's access log (time-taken,
# the figure the exporter records) and prints per route:
#   1. the measured percentiles, as a CSV row for tests/Orders.K8s.Tests/TestData/measured-latencies.csv;
#   2. p50, p90, p99 as histogram_quantile would compute them from the bucket counts (Prometheus's linear
#      interpolation, promql/quantile.go) over k8s/base's buckets (the exporter's args in
#      k8s/base/deployment.yaml) and over the exporter's defaults (RequestMetrics.DefaultDurationBuckets),
#      with the error against the truth.
# Usage: bench/latency-buckets.sh [RATE] [SECONDS] [LABEL]   (defaults 50 40 this-machine)
#   (after: dotnet publish app/Orders.App.csproj -c Release). Needs python3.
# Traffic goes only to 127.0.0.1; every step has a timeout; the trap stops what the script started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate="${1:-50}"
seconds="${2:-40}"
label="${3:-this-machine}"
[[ "$rate" =~ ^[0-9]+$ && "$rate" -ge 1 && "$seconds" =~ ^[0-9]+$ && "$seconds" -ge 5 ]] \
    || { echo "usage: $0 [RATE >= 1] [SECONDS >= 5] [LABEL]" >&2; exit 2; }
app_dll=artifacts/publish/Orders.App/release/Orders.App.dll
[ -f "$app_dll" ] || { echo "publish the app first: dotnet publish app/Orders.App.csproj -c Release" >&2; exit 2; }
base_buckets=$(sed -n 's/^ *- --Exporter:DurationBuckets:[0-9]*=\([0-9.]*\).*/\1/p' k8s/base/deployment.yaml | paste -sd, -)
[ -n "$base_buckets" ] || { echo "k8s/base/deployment.yaml gives the exporter no --Exporter:DurationBuckets:N= args" >&2; exit 1; }
default_buckets=$(sed -n 's/.*DefaultDurationBuckets = \[\(.*\)\];/\1/p' sidecar/Metrics/RequestMetrics.cs | tr -d ' ')
# shellcheck source=bench/exporter-address.sh
source bench/exporter-address.sh
port=$(free_port)
work=$(mktemp -d)
app=""
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
timeout $((seconds + 120)) dotnet "$app_dll" --urls "http://127.0.0.1:$port" --AccessLog:Directory="$work/logs" >"$work/app.out" 2>&1 &
app=$!
for _ in $(seq 1 100); do curl -fs -m 1 "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
curl -fs -m 1 "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not start; its output:" >&2; cat "$work/app.out" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; GET /product, GET /, POST /orders at $rate/s each for $seconds s"

timeout $((seconds + 60)) python3 - "$port" "$rate" "$seconds" "$work/logs" "$label" "$base_buckets" "$default_buckets" <<'PY'
import glob, http.client, json, math, sys, threading, time
port, rate, seconds, logs, label = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
bucket_sets = {"k8s/base": [float(b) for b in sys.argv[6].split(",")], "exporter default": [float(b) for b in sys.argv[7].split(",")]}
body = json.dumps({"productId": "book-1", "quantity": 2})

def send(method, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        c.request(method, path, body if method == "POST" else None, {"Content-Type": "application/json"} if method == "POST" else {})
        c.getresponse().read()
    except OSError:
        pass  # a failure is the app's access log's business, not this figure's
    finally:
        c.close()

def load(duration):
    start = time.monotonic(); k = 0
    while time.monotonic() - start < duration:
        for m, p in (("GET", "/product"), ("GET", "/"), ("POST", "/orders")):
            threading.Thread(target=send, args=(m, p), daemon=True).start()
        k += 1
        time.sleep(max(0, start + k / rate - time.monotonic()))
    time.sleep(1)

load(5)  # warm-up: the JIT works for several seconds after start
warm = time.time()
load(seconds)
rows = {}
for f in sorted(glob.glob(logs + "/*.txt")):
    for line in open(f):
        p = line.split()
        if line.startswith("#") or len(p) < 8 or p[4] not in ("/product", "/", "/orders"):
            continue
        if time.mktime(time.strptime(p[0] + " " + p[1], "%Y-%m-%d %H:%M:%S")) - time.timezone < warm:
            continue
        rows.setdefault((p[3], p[4]), []).append(float(p[7]))

def nearest(v, q): return v[max(0, math.ceil(q * len(v)) - 1)]

def histogram_quantile(q, bounds, values):
    # Prometheus's bucketQuantile: cumulative counts per upper bound (le, inclusive), then +Inf.
    counts = [sum(1 for x in values if x <= b) for b in bounds] + [len(values)]
    rank = q * counts[-1]
    b = next(i for i, c in enumerate(counts) if c >= rank)
    if b == len(bounds):
        return bounds[-1]
    start, before = (0, 0) if b == 0 else (bounds[b - 1], counts[b - 1])
    return start + (bounds[b] - start) * (rank - before) / (counts[b] - before)

# Every whole percentile, then every tenth above p99: enough for a test to rebuild the distribution, tail included.
quantiles = [k / 100 for k in range(100)] + [k / 1000 for k in range(991, 1000)] + [1]
print("run,method,path,count," + ",".join(f"p{q * 100:.4g}" for q in quantiles) + "   (time-taken, ms)")
for (method, path), v in sorted(rows.items()):
    v.sort()
    print(f"{label},{method},{path},{len(v)}," + ",".join(f"{nearest(v, q) if q else v[0]:.6g}" for q in quantiles))
for name, bounds in bucket_sets.items():
    print(f"histogram_quantile over {name} ({len(bounds)} buckets): estimate / truth - 1")
    for (method, path), v in sorted(rows.items()):
        cells = []
        for q in (.5, .9, .99):
            truth = nearest(v, q) / 1000
            estimate = histogram_quantile(q, bounds, [x / 1000 for x in v])
            cells.append(f"p{q * 100:g} {estimate * 1000:.4g} ms / {truth * 1000:.4g} ms {estimate / truth - 1:+.1%}")
        print(f"  {method} {path}: " + ", ".join(cells))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
