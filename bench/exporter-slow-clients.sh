#!/usr/bin/env bash
# The exporter's memory and its scrape latency under a slow-loris flood (issue 12): starts the exporter in
# follow mode on 127.0.0.1 and a free port, scrapes /metrics once over a kept-alive connection (as Prometheus
# does), then opens CONNECTIONS connections from 127.0.0.1 that each send one byte and nothing more. Prints the
# time of a scrape during the flood on the kept-alive connection and on a fresh one from 127.0.0.2 (another
# client: Exporter:MaxConnectionsPerAddress keeps the flood from taking its place), how long until the server
# closed every flooding connection, and the exporter's RSS before, at its peak and after (goal: under 48 MB,
# the exporter's limit being 64 Mi). Needs python3.
# Usage: bench/exporter-slow-clients.sh [EXPORTER_BINARY] (default: the Native AOT build that
# bench/exporter-vs-mtail.sh publishes). CONNECTIONS=500 by default.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/exporter-address.sh
source "$root/bench/exporter-address.sh"
work="$root/artifacts/bench/slow-clients"
binary="${1:-$root/artifacts/bench/vs-mtail/exporter-aot/Orders.Exporter}"
[ -x "$binary" ] || { echo "No exporter build at $binary: run bench/exporter-vs-mtail.sh first, or pass the binary." >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/logs"

"$binary" "--AccessLog:Path=$work/logs" --Exporter:Host=127.0.0.1 --Exporter:Port=0 > "$work/exporter.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
address=$(exporter_address "$work/exporter.log")
echo "exporter $binary (pid $pid) on $address; $(nproc) cores shared with other work"

timeout 120 python3 - "$address" "$pid" "${CONNECTIONS:-500}" <<'PY'
import http.client, selectors, socket, sys, time
address, pid, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
host, port = address[len("http://"):].split(":")

def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

prometheus = http.client.HTTPConnection(host, int(port), timeout=10)
prometheus.request("GET", "/metrics"); prometheus.getresponse().read()
before, peak = rss(), rss()
start = time.monotonic()
sel = selectors.DefaultSelector()
for _ in range(count):
    s = socket.create_connection((host, int(port)))
    s.setblocking(False)
    try:
        s.send(b"G")
    except OSError:
        pass
    sel.register(s, selectors.EVENT_READ)
peak = max(peak, rss())
t = time.monotonic()
prometheus.request("GET", "/metrics"); prometheus.getresponse().read()
scrape_ms = (time.monotonic() - t) * 1000
t = time.monotonic()
try:
    fresh = http.client.HTTPConnection(host, int(port), timeout=10, source_address=("127.0.0.2", 0))
    fresh.request("GET", "/metrics"); status = fresh.getresponse().status; fresh.close()
    fresh_result = f"{status} after {(time.monotonic() - t) * 1000:.1f} ms"
except OSError as error:
    fresh_result = f"failed after {(time.monotonic() - t) * 1000:.1f} ms ({error})"
open_count, last_closed = count, 0.0
while open_count and time.monotonic() - start < 60:
    for key, _ in sel.select(timeout=0.2):
        try:
            data = key.fileobj.recv(4096)
        except OSError:
            data = b""
        if not data:
            sel.unregister(key.fileobj); key.fileobj.close(); open_count -= 1
            last_closed = time.monotonic() - start
    peak = max(peak, rss())
print(f"{count} one-byte connections from 127.0.0.1: a kept-alive scrape during the flood took {scrape_ms:.1f} ms, "
      f"a fresh one from 127.0.0.2 answered {fresh_result}; "
      f"{count - open_count} closed by the server, the last after {last_closed:.2f} s; {open_count} still open after 60 s")
print(f"exporter RSS: before {before:.1f} MB, peak {peak:.1f} MB, after {rss():.1f} MB (goal: peak under 48 MB)")
PY
