namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>Where the `prometheus` and `promtool` binaries are (Debian's package installs both).</summary>
public static class PrometheusBinaries
{
    public const string MissingMessage =
        "prometheus and promtool are not on PATH: this test runs a real Prometheus. Install them with "
        + "`apt-get install -y --no-install-recommends prometheus` (.ci/run does).";

    public static bool OnPath => Find("prometheus") is not null && Find("promtool") is not null;

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
