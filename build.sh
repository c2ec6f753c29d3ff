#!/usr/bin/env bash
# Entry point of the Cake pipeline: restores the pinned Cake tool and runs build/build.cake with every
# argument passed through (./build.sh --target=Test). Works from any current directory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export ORDERS_CALLER_DIRECTORY="$PWD" # relative paths in arguments (--pipeline-dll) are the caller's
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
exec dotnet cake build/build.cake "$@"
