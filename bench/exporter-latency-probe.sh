#!/usr/bin/env bash
# How fast an appended line reaches /metrics when the exporter is idle, and what idling costs.
# Starts the exporter in follow mode on an empty temp log directory (127.0.0.1, a free port), then SAMPLES
# times: append one line, time until http_requests_total grows in /metrics (polled over one keep-alive
# connection), pause 20-60 ms so the exporter is idle again. Prints p50/p90/p99/max, then the exporter's
# CPU over IDLE_SECONDS of idling (% of one core) and its RSS. Unless NO_MTAIL=1, mtail follows the same
# directory in the same run (bench/mtail/orders.mtail): MTAIL_SAMPLES appends timed the same way against its
# /metrics, then both idle over the same window, so RSS and CPU come side by side with ratios. Needs python3.
# Usage: bench/exporter-latency-probe.sh [EXPORTER_BINARY] (default: the Native AOT build that
# bench/exporter-vs-mtail.sh publishes, else the JIT one). SAMPLES=300 MTAIL_SAMPLES=50 IDLE_SECONDS=30 by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/exporter-address.sh
source "$root/bench/exporter-address.sh"
work="$root/artifacts/bench/latency"
binary="${1:-}"
if [ -z "$binary" ]; then
    for candidate in "$root/artifacts/bench/vs-mtail/exporter-aot/Orders.Exporter" "$root/artifacts/bench/vs-mtail/exporter-jit/Orders.Exporter"; do
        [ -x "$candidate" ] && { binary="$candidate"; break; }
    done
fi
[ -n "$binary" ] || { echo "No exporter build: run bench/exporter-vs-mtail.sh first, or pass the binary." >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/logs"

"$binary" "--AccessLog:Path=$work/logs" --Exporter:Host=127.0.0.1 --Exporter:Port=0 > "$work/exporter.log" 2>&1 &
pid=$!
mtail_pid=0
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true; [ "$mtail_pid" = 0 ] || { kill -TERM $mtail_pid 2>/dev/null; wait $mtail_pid 2>/dev/null || true; }' EXIT
mtail_address=""
if [ "${NO_MTAIL:-0}" != 1 ] && command -v mtail >/dev/null; then
    mtail_port=$((20000 + RANDOM % 20000))
    mtail --progs "$root/bench/mtail" --logs "$work/logs/*.txt" --address 127.0.0.1 --port "$mtail_port" > "$work/mtail.log" 2>&1 &
    mtail_pid=$!
    mtail_address="http://127.0.0.1:$mtail_port"
fi
address=$(exporter_address "$work/exporter.log")
echo "exporter $binary (pid $pid) on $address; $(nproc) cores shared with other work"

timeout 900 python3 - "$address" "$work/logs/access-20261128.0000.txt" "$pid" "${SAMPLES:-300}" "${IDLE_SECONDS:-30}" \
    "$mtail_address" "$mtail_pid" "${MTAIL_SAMPLES:-50}" <<'PY'
import http.client, os, random, sys, time
address, log, pid, samples, idle = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
mtail_address, mtail_pid, mtail_samples = sys.argv[6], int(sys.argv[7]), int(sys.argv[8])

def connect(address):
    host, port = address[len("http://"):].split(":")
    return http.client.HTTPConnection(host, int(port), timeout=5)

conn = connect(address)

def requests_total():
    conn.request("GET", "/metrics")
    body = conn.getresponse().read().decode()
    return sum(float(l.rsplit(" ", 1)[1]) for l in body.splitlines() if l.startswith("http_requests_total{"))

def cpu_ticks(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])

def status(pid, key):
    return int(next(l.split()[1] for l in open(f"/proc/{pid}/status") if l.startswith(key))) / 1024

with open(log, "a") as f:
    f.write("#Version: 1.0\n#Start-Date: 2026-11-28 03:09:03\n#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)\n")
time.sleep(1)
def probe(name, samples):
  latencies = []
  for i in range(samples):
    before = requests_total()
    with open(log, "a") as f:
        start = time.perf_counter()
        f.write(f"2026-11-28 03:09:07 127.0.0.1 GET /orders/{i} - 200 1.5 HTTP/1.1 -\n")
    deadline = start + 2
    while requests_total() == before and time.perf_counter() < deadline:
        pass
    latencies.append((time.perf_counter() - start) * 1000)
    time.sleep(random.uniform(0.02, 0.06))
  latencies.sort()
  pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
  print(f"{name}: append -> /metrics over {samples} lines: p50 {pick(0.5):.2f} ms, p90 {pick(0.9):.2f} ms, p99 {pick(0.99):.2f} ms, max {latencies[-1]:.2f} ms")
  conn.close()

probe("exporter", samples)
if mtail_pid:
    conn = connect(mtail_address)
    probe("mtail", mtail_samples)

time.sleep(2)
hz = os.sysconf("SC_CLK_TCK")
pids = {"exporter": pid, **({"mtail": mtail_pid} if mtail_pid else {})}
t0, c0 = time.time(), {n: cpu_ticks(p) for n, p in pids.items()}
time.sleep(idle)
t1, c1 = time.time(), {n: cpu_ticks(p) for n, p in pids.items()}
cpu, rss, peak = {}, {}, {}
for n, p in pids.items():
    cpu[n] = 100.0 * (c1[n] - c0[n]) / hz / (t1 - t0)
    rss[n], peak[n] = status(p, "VmRSS:"), status(p, "VmHWM:")
    print(f"{n}: idle CPU over {idle} s {cpu[n]:.3f}% of one core ({c1[n] - c0[n]} ticks of 1/{hz} s); RSS now {rss[n]:.1f} MB, peak {peak[n]:.1f} MB")
if mtail_pid:
    print(f"exporter vs mtail, same run: RSS {rss['exporter'] / rss['mtail']:.2f}x, peak RSS {peak['exporter'] / peak['mtail']:.2f}x, idle CPU {cpu['exporter'] / max(cpu['mtail'], 1e-9):.2f}x")
PY
