using System.Globalization;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>
/// Runs the tool's verb as a process (<c>Orders.Pipeline.dll scaledobject-replay</c>, the code the packed tool
/// runs) from an empty folder with a ScaledObject written there, so relative paths, stdout, stderr and what it
/// wrote are all the tool's own. The folder is deleted on dispose.
/// </summary>
internal sealed class ToolRun : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Orders.Pipeline.dll");
    private readonly TempDirectory _dir = new("orders-replay-tool");

    /// <summary>A range of 10 minutes that starts on a whole minute an hour ago.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 * 60 - 3600);

    public ToolRun(string customHeaders = "")
    {
        File.WriteAllText(_dir.Combine("checkout.yaml"), $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: checkout
            ---
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: checkout
            spec:
              scaleTargetRef:
                name: checkout
              minReplicaCount: 1
              maxReplicaCount: 10
              triggers:
                - type: prometheus
                  metadata:
                    serverAddress: http://mimir.monitoring:8080/prometheus
                    query: sum(jobs_waiting{"{"}queue="checkout"{"}"})
                    threshold: "10"
            {(customHeaders.Length > 0 ? $"        customHeaders: {customHeaders}\n" : "")}
            """);
    }

    public string Directory => _dir.Path;

    public string Output => _dir.Combine("replay");

    public static string Time(int seconds) => Start.AddSeconds(seconds).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public Task<ExitedProcess> RunAsync(string prometheus, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        ChildProcess.RunAsync(ChildProcess.DotnetHost,
            [Tool, "scaledobject-replay", "--prometheus-url", prometheus, "--scaledobject", "checkout.yaml", "--start", Time(0), "--end", Time(600), .. args],
            TimeSpan.FromSeconds(120), _dir.Path, environment);

    /// <summary>Everything the run left in the folder, as text (the PNG's bytes too: a token could hide anywhere).</summary>
    public IEnumerable<(string File, string Text)> WrittenFiles() =>
        System.IO.Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f)));

    public void Dispose() => _dir.Dispose();
}
