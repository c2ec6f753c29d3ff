#!/usr/bin/env bash
# Entry point of the Cake pipeline: restores the pinned Cake tool and runs build/build.cake with every
# argument passed through (./build.sh --target=Test). Works from any current directory.
#
# It also supervises the run, so that any way of stopping it stops every process it started (issue 23 item 12):
# Cake runs in a session and process group of its own, which holds the pipeline tool and whatever that starts
# (Local's app, exporter and Prometheus). The SDK's `dotnet cake` ignores SIGINT and ends on SIGTERM without
# passing it on, so a signal to the top process alone used to leave the rest running, holding their ports.
# - SIGINT, SIGTERM, SIGHUP to this script go to the whole group (as a terminal's Ctrl+C goes to its group),
#   and the script returns only once the group is empty, after at most $grace seconds (then SIGKILL).
# - SIGKILL to this script cannot be trapped: a watchdog notices it has gone and sends the group SIGTERM.
# Without util-linux's setsid (macOS) the run is not supervised: Cake replaces the script as before.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export ORDERS_CALLER_DIRECTORY="$PWD" # relative paths in arguments (--pipeline-dll) are the caller's
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
command -v setsid >/dev/null || exec dotnet cake build/build.cake "$@"

# Longer than the tool's own stop: ProcessTree.StopWait (build/Orders.Pipeline/Infrastructure) for each of Local's
# three processes, plus a margin; tests/Orders.Pipeline.Tests BuildScriptGraceTests holds it to that.
grace=55
# Traps go in before the job starts, so that a signal in between reaches the loop below instead of killing the
# script and leaving Cake running in its own session. Caught traps reset to the default on exec, so Cake keeps its own.
stopped=""
trap 'stopped=INT' INT
trap 'stopped=TERM' TERM
trap 'stopped=HUP' HUP
# With job control on (bash -m, set -m) the job would lead a group of its own, setsid would fork and exit at once, and
# $! would not be the group's id: turn it off. --wait keeps setsid's status the run's if it ever forks all the same.
set +m
# A script's background job starts with SIGINT and SIGQUIT ignored, which the programs it runs would inherit (the
# tool would never see a Ctrl+C): restore them. setsid execs in place (the job leads no group), so $! is the group's id.
(trap - INT QUIT; exec setsid --wait dotnet cake build/build.cake "$@") &
run=$!

# Sends the group a signal, then waits until it is empty, SIGKILL after $grace s.
stop_group() {
  kill -s "$1" -- "-$run" 2>/dev/null || return 0
  for ((tick = 0; tick < grace * 5; tick++)); do
    kill -0 -- "-$run" 2>/dev/null || return 0
    sleep 0.2
  done
  # Kill first: with the terminal or the CI log pipe gone the echo fails, and set -e would end the script there.
  kill -s KILL -- "-$run" 2>/dev/null || true
  { echo "build.sh: the run did not stop within ${grace} s of SIG$1; killed what was left of it" >&2; } 2>/dev/null || true
}

# The watchdog ignores the terminal's signals (this script forwards them) and outlives only a SIGKILLed script.
(
  trap '' INT TERM HUP
  while kill -0 "$$" 2>/dev/null; do sleep 1; done
  stop_group TERM
) &
watchdog=$!
trap 'kill -s KILL "$watchdog" 2>/dev/null || true' EXIT

status=0
while true; do
  # A signal before the first wait has set $stopped already: act on it rather than wait for Cake to end.
  [[ -n "$stopped" ]] || { wait "$run" && status=0 || status=$?; }
  if [[ -n "$stopped" ]]; then
    trap '' INT TERM HUP # a second Ctrl+C must not cut the wait short: the tool is stopping what it started
    stop_group "$stopped"
    case "$stopped" in INT) exit 130 ;; TERM) exit 143 ;; HUP) exit 129 ;; esac
  fi
  kill -0 "$run" 2>/dev/null || exit "$status"
done
