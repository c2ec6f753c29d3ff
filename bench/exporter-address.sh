# shellcheck shell=bash
# Sourced by the benchmarks. The exporter, started with --Exporter:Port=0, logs the address it took
# ("Now listening on: http://127.0.0.1:N"); this waits up to 10 s for it and prints it, or says where to look.
exporter_address() {
    local log="$1" address=""
    for _ in $(seq 1 100); do
        address=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -1 || true)
        if [ -n "$address" ]; then
            echo "$address"
            return 0
        fi
        sleep 0.1
    done
    echo "The exporter did not report its address; see $log" >&2
    return 1
}

# A port free on 127.0.0.1 right now, for a process that cannot pick its own (--Exporter:Port=0 can). The OS picks
# it; another process may take it before ours binds, which the caller sees as a failed start. Needs python3.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
