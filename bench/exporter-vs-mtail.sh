#!/usr/bin/env bash
# The same generated W3C log (default 1,000,000 lines) fed to this exporter (--one-shot: the tailer, channel
# and processor of following mode, then print the metrics and exit) and to mtail (--one_shot, with
# bench/mtail/orders.mtail computing the same three metrics), side by side: lines/s, CPU seconds, peak RSS
# (/usr/bin/time -v) and the ratios, plus product_order_total from both to show they counted the same.
# The exporter runs as published (JIT) and, unless NO_AOT=1, as Native AOT.
# Usage: bench/exporter-vs-mtail.sh [LINES]     Figures go to docs/benchmarks.md by hand, with the date.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${1:-1000000}"
work="$root/artifacts/bench/vs-mtail"
log="$work/logs/access-20261128.0000.txt"
mkdir -p "$work/logs"
command -v mtail >/dev/null || { echo "mtail is not installed: apt-get install -y mtail" >&2; exit 1; }

if [ ! -s "$log" ] || [ "$(($(wc -l < "$log") - 3))" != "$lines" ]; then
    echo "Generating $lines lines into $log"
    "$root/bench/generate-w3c-log.sh" "$log" "$lines"
fi

echo "Publishing the exporter (JIT$( [ "${NO_AOT:-0}" = 1 ] || echo ' and Native AOT'))"
timeout 900 dotnet publish "$root/sidecar/Orders.Exporter.csproj" -c Release -o "$work/exporter-jit" -v quiet -nologo >/dev/null
[ "${NO_AOT:-0}" = 1 ] || timeout 900 dotnet publish "$root/sidecar/Orders.Exporter.csproj" -c Release -p:PublishAot=true -o "$work/exporter-aot" -v quiet -nologo >/dev/null

# measure NAME COMMAND...: runs it under /usr/bin/time -v; prints and remembers wall, cpu, rss, orders.
declare -A wall cpu rss orders
measure() {
    local name="$1"; shift
    timeout 600 /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" \
        || { echo "$name failed; see $work/$name.err" >&2; exit 1; }
    local user sys elapsed
    user=$(awk -F': ' '/User time/ {print $2}' "$work/$name.time")
    sys=$(awk -F': ' '/System time/ {print $2}' "$work/$name.time")
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/$name.time")
    wall[$name]=$elapsed
    cpu[$name]=$(echo "$user + $sys" | bc -l)
    rss[$name]=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/$name.time")
    orders[$name]=$(grep -E '^product_order_total' "$work/$name.out" | awk '{print $NF}')
}

port=$((20000 + RANDOM % 20000))
measure mtail mtail --one_shot --one_shot_format prometheus --progs "$root/bench/mtail" --logs "$log" --address 127.0.0.1 --port "$port"
quiet=(--one-shot "--AccessLog:Path=$work/logs" --Logging:LogLevel:Default=Warning)
measure exporter-jit "$work/exporter-jit/Orders.Exporter" "${quiet[@]}"
[ "${NO_AOT:-0}" = 1 ] || measure exporter-aot "$work/exporter-aot/Orders.Exporter" "${quiet[@]}"

echo
echo "$lines lines, $(du -m "$log" | cut -f1) MB; $(nproc) cores shared with other work: ratios within this run are what count."
printf '%-14s %10s %10s %14s %12s %12s %18s\n' tool wall_s cpu_s lines/cpu_s lines/s peak_rss_MB product_order_total
for name in mtail exporter-jit exporter-aot; do
    [ -n "${cpu[$name]:-}" ] || continue
    printf '%-14s %10.2f %10.2f %14.0f %12.0f %12s %18s\n' "$name" "${wall[$name]}" "${cpu[$name]}" \
        "$(echo "$lines / ${cpu[$name]}" | bc -l)" "$(echo "$lines / ${wall[$name]}" | bc -l)" "${rss[$name]}" "${orders[$name]}"
done
echo
for name in exporter-jit exporter-aot; do
    [ -n "${cpu[$name]:-}" ] || continue
    printf '%s vs mtail: %.1fx lines per CPU-second, %.1fx lines/s, peak RSS %.2fx mtail'"'"'s\n' "$name" \
        "$(echo "${cpu[mtail]} / ${cpu[$name]}" | bc -l)" "$(echo "${wall[mtail]} / ${wall[$name]}" | bc -l)" \
        "$(echo "${rss[$name]} / ${rss[mtail]}" | bc -l)"
done
