# Entry point of the Cake pipeline for PowerShell 7 (Windows users; tested under PowerShell 7 on Linux):
# restores the pinned Cake tool and runs build/build.cake with every argument passed through unchanged
# (./build.ps1 --target=Build). Works from any current directory. Behaves as ./build.sh does: same arguments,
# environment and exit code, and leaves the caller's session as it was (location, environment variables).
# Unlike ./build.sh it does not supervise the run (docs/pipeline.md): on Windows, Ctrl+C reaches every process of
# the console, the tool included, which stops what it started; but Windows has no process group to pass a signal
# to, and a PowerShell stopped from outside leaves Cake running (only a Job Object, native code, would tie them).
$ErrorActionPreference = "Stop"

# `pwsh -File build.ps1 ...` (also `pwsh ./build.ps1` and `dotnet pwsh ./build.ps1`) binds the arguments as
# PowerShell parameters, which splits a "-name:value" token at its first colon: --app-url=http://127.0.0.1:8181
# would reach Cake as "--app-url=http" and "//127.0.0.1:8181". Run that way ($MyInvocation.Line is empty), the
# arguments are taken verbatim from the process's command line, after the script's own path.
$arguments = @($args)
if (-not $MyInvocation.Line) {
    $commandLine = [Environment]::GetCommandLineArgs()
    for ($i = 1; $i -lt $commandLine.Count; $i++) {
        $candidate = $commandLine[$i]
        if ((Test-Path -LiteralPath $candidate -PathType Leaf) -and
            ((Resolve-Path -LiteralPath $candidate).ProviderPath -eq $PSCommandPath)) {
            $arguments = @($commandLine | Select-Object -Skip ($i + 1))
            break
        }
    }
}

# ORDERS_CALLER_DIRECTORY: relative paths in arguments (--pipeline-dll) are the caller's, as in build.sh.
$settings = @{ DOTNET_CLI_TELEMETRY_OPTOUT = "1"; DOTNET_NOLOGO = "1"; DOTNET_SKIP_FIRST_TIME_EXPERIENCE = "1"; ORDERS_CALLER_DIRECTORY = (Get-Location).ProviderPath }
$saved = @{}
foreach ($name in $settings.Keys) {
    $saved[$name] = [Environment]::GetEnvironmentVariable($name)
    [Environment]::SetEnvironmentVariable($name, $settings[$name])
}
Push-Location -LiteralPath $PSScriptRoot
try {
    dotnet tool restore | Out-Null
    $exitCode = $LASTEXITCODE
    if ($exitCode -eq 0) {
        dotnet cake build/build.cake @arguments
        $exitCode = $LASTEXITCODE
    }
}
finally {
    # A script runs inside the caller's session: undo what build.sh's own process would take with it.
    Pop-Location
    foreach ($name in $settings.Keys) {
        [Environment]::SetEnvironmentVariable($name, $saved[$name])
    }
}
exit $exitCode
