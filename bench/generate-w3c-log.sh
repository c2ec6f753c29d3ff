#!/usr/bin/env bash
# Writes a W3C access log of N lines (default 1,000,000) as ASP.NET Core's logger writes it, with a realistic
# mix: / 10%, GET /product 40% (2% 503), POST /orders 20%, GET /orders/{id} 20%, /healthz 5%, a scanner 5%.
# Deterministic (fixed seed), so every run feeds both tools the same bytes.
# Usage: bench/generate-w3c-log.sh OUTPUT_FILE [LINES]
set -euo pipefail
out="$1"
lines="${2:-1000000}"
mkdir -p "$(dirname "$out")"
timeout 300 awk -v n="$lines" 'BEGIN {
    srand(42)
    print "#Version: 1.0"
    print "#Start-Date: 2026-11-28 03:09:03"
    print "#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)"
    for (i = 0; i < n; i++) {
        r = rand(); status = 200; method = "GET"; query = "-"
        if (r < 0.10) stem = "/"
        else if (r < 0.50) { stem = "/product"; query = "?id=" int(rand() * 1000); if (rand() < 0.02) status = 503 }
        else if (r < 0.70) { stem = "/orders"; method = "POST"; status = 201 }
        else if (r < 0.90) stem = "/orders/" int(rand() * 100000)
        else if (r < 0.95) stem = "/healthz"
        else { stem = "/wp-" int(rand() * 1000000) ".php"; status = 404 }
        s = int(i / 1000) % 60
        printf "2026-11-28 03:%02d:%02d 10.0.%d.%d %s %s %s %d %.4f HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)\n", int(i / 60000) % 60, s, int(rand() * 255), int(rand() * 255), method, stem, query, status, 0.5 + rand() * 120
    }
}' > "$out"
