using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Images;

/// <summary>
/// Commands a verb needs from Debian's packages: when some are missing and we are root with apt-get (a fresh
/// Debian machine, CI), installs them, saying so; anywhere else names the install command and stops.
/// </summary>
public static class DebianPackages
{
    public static async Task EnsureAsync(IProcessRunner runner, TextWriter output, IReadOnlyDictionary<string, string> packageByCommand, CancellationToken cancellationToken)
    {
        var missing = packageByCommand.Where(p => ExecutableLookup.FindOnPath(p.Key) is null && !File.Exists("/usr/sbin/" + p.Key)).Select(p => p.Value).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var install = $"apt-get install -y --no-install-recommends {string.Join(' ', missing)}";
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || ExecutableLookup.FindOnPath("apt-get") is null)
        {
            throw new InvalidOperationException($"Missing {string.Join(", ", missing)}: install them (on Debian/Ubuntu: sudo {install}) and run again.");
        }
        output.WriteLine($"Missing {string.Join(", ", missing)}: installing Debian's packages ({install}).");
        await runner.RunCheckedAsync(new ToolCall("apt-get", ["update", "-qq"], TimeSpan.FromMinutes(10)), cancellationToken);
        await runner.RunCheckedAsync(new ToolCall("env", ["DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "--no-install-recommends", .. missing], TimeSpan.FromMinutes(15)),
            cancellationToken, $"Install them by hand: {install}.");
    }
}
