using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Orders.Exporter.Diagnostics;

/// <summary>
/// Logs a problem at most once per minute per (file, kind): a scanner or a corrupt file repeats the same
/// problem thousands of times a second, and the metrics already count every occurrence.
/// </summary>
public sealed class ThrottledLogger(ILogger logger, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string File, string Kind), DateTimeOffset> _lastLogged = new();

    public ILogger Logger => logger;

    public void Warning(string file, string kind, string message)
    {
        if (ShouldLog(file, kind))
        {
            logger.LogWarning("{File}: {Message}", file, message);
        }
    }

    public void Information(string file, string kind, string message)
    {
        if (ShouldLog(file, kind))
        {
            logger.LogInformation("{File}: {Message}", file, message);
        }
    }

    private bool ShouldLog(string file, string kind)
    {
        var now = time.GetUtcNow();
        var key = (file, kind);
        if (_lastLogged.TryGetValue(key, out var last) && now - last < Interval)
        {
            return false;
        }

        if (_lastLogged.Count > 10_000)
        {
            _lastLogged.Clear(); // files come and go: bound the memory
        }

        _lastLogged[key] = now;
        return true;
    }
}
