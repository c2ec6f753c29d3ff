#!/usr/bin/env bash
# Does the load engine hold its target rate? Runs Orders.Pipeline's open-model engine against the published
# app on 127.0.0.1 at RATE req/s (default 2000) for HOLD seconds and prints, for the hold, the achieved rate as
# a ratio of the target (issue 6: within 2%), the drops, the errors and the engine's CPU time. The anchor is
# the target rate itself: an open model that keeps its schedule sends exactly target × seconds.
# Usage: bench/loadtest-rate.sh [RATE] [HOLD]   (after: dotnet publish app/Orders.App.csproj -c Release)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rate="${1:-2000}"
hold="${2:-20}"
app_dll=artifacts/publish/Orders.App/release/Orders.App.dll
[ -f "$app_dll" ] || { echo "publish the app first: dotnet publish app/Orders.App.csproj -c Release" >&2; exit 2; }
timeout 300 dotnet build build/Orders.Pipeline/Orders.Pipeline.csproj -c Release -nologo -v q >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
logs=$(mktemp -d)
dotnet "$app_dll" --urls "http://127.0.0.1:$port" --AccessLog:Directory="$logs" >"$logs/app.out" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$logs"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
out="$logs/load.out"
/usr/bin/time -f "%U %S" -o "$logs/time" timeout $((hold + 60)) dotnet artifacts/bin/Orders.Pipeline/release/Orders.Pipeline.dll load \
    --url "http://127.0.0.1:$port" --profile "5s:0->$rate, ${hold}s:$rate" --concurrency 1024 --timeout 5s >"$out" || true
# The hold's seconds are lines 6..(5+hold); each line has sent=N (requests that left in that second).
awk -v rate="$rate" -v hold="$hold" 'NR>5 && NR<=5+hold { for (i=1;i<=NF;i++) { if ($i ~ /^sent=/) { split($i,a,"="); v=a[2] } } sent+=v; if ($0 ~ /sent= *$/) {} }
    END { printf "hold: %d s at %d req/s target; achieved %.1f req/s = %.4f of target\n", hold, rate, sent/hold, sent/(hold*rate) }' \
    <(sed -E 's/sent= +/sent=/; s/dropped= +/dropped=/' "$out")
tail -n 1 "$out"
read -r user sys <"$logs/time"
echo "engine CPU: ${user} s user + ${sys} s system for $((hold + 5)) s of load"
