using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Local;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// A real Prometheus on 127.0.0.1 (a free port) serving <see cref="BackfilledData"/>: the data is written as
/// OpenMetrics, turned into TSDB blocks by promtool, and Prometheus starts on that TSDB with a config of no
/// targets: the 15 s global scrape_interval and the exporter job's own (<see cref="BackfilledData.PrometheusConfig"/>). Started once for the replay tests; killed (with its tree) and
/// its folder deleted at the end, also when a test fails. Prometheus and promtool come from the machine
/// (.ci/run installs Debian's package); where either is missing the tests that use it are skipped and it starts nothing.
/// </summary>
public sealed class BackfilledPrometheus : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("orders-replay");
    private PrometheusServer? _prometheus;

    public Uri Url => _prometheus?.Url ?? throw new InvalidOperationException("The backfilled Prometheus has not started.");

    public async Task InitializeAsync()
    {
        // Where prometheus or promtool is missing every test of the class is skipped (ToolFact says what to install): start nothing.
        if (!RequiredTool.AreOnPath("prometheus", "promtool"))
        {
            return;
        }
        _prometheus = await ServeAsync(_directory, BackfilledData.OpenMetrics(), BackfilledData.PrometheusConfig);
    }

    /// <summary>A Prometheus serving <paramref name="openMetrics"/> (samples with timestamps) backfilled into a TSDB
    /// under <paramref name="directory"/>, with <paramref name="configuration"/> loaded; the caller disposes it.</summary>
    public static async Task<PrometheusServer> ServeAsync(TempDirectory directory, string openMetrics, string configuration)
    {
        var data = directory.Combine("data.om");
        var tsdb = directory.Combine("tsdb");
        await File.WriteAllTextAsync(data, openMetrics);
        var binary = ExecutableOnPath.Find("prometheus")!;
        (await Promtool.RunAsync(["tsdb", "create-blocks-from", "openmetrics", data, tsdb], executable: Promtool.Beside(binary)))
            .EnsureSuccess($"promtool tsdb create-blocks-from openmetrics {data}");
        // The samples are hours old: the default retention (15 d) keeps them, but a week says why it matters.
        return await PrometheusServer.StartAsync(configuration, TimeSpan.FromSeconds(60),
            new PrometheusOptions { Binary = binary, TsdbDirectory = tsdb, ExtraArguments = ["--storage.tsdb.retention.time=7d"] });
    }

    public async Task DisposeAsync()
    {
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }
        _directory.Dispose();
    }
}
