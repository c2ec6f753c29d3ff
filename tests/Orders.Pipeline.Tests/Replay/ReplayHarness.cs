using System.Globalization;
using System.Text.Json;
using Orders.Pipeline.Cli;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Tests.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>Runs the replay verb in-process against the backfilled Prometheus over [from, to] seconds of
/// <see cref="BackfilledData"/>, and reads back what it wrote.</summary>
internal sealed class ReplayHarness(BackfilledPrometheus prometheus) : IDisposable
{
    private readonly TempDirectory _out = new("orders-replay-out");

    public static string TestData(string file) => RepositoryRoot.Combine("tests", "Orders.Pipeline.Tests", "TestData", "replay", file);

    public static string Time(int seconds) => BackfilledData.At(seconds).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public string Output => _out.Path;

    public string[] Arguments(int from, int to, string scaledObjects, string @namespace) =>
    [
        "replay", "--prometheus-url", prometheus.Url.ToString(), "--start", Time(from), "--end", Time(to),
        "--scaledobject", scaledObjects, "--namespace", @namespace, "--out", _out.Path, "--root", RepositoryRoot.Path,
    ];

    public Task<JsonElement> RunAsync(int from, int to, string scaledObjects, string @namespace) =>
        RunAsync(Arguments(from, to, scaledObjects, @namespace), new FakeProcessRunner());

    /// <summary>Runs with <paramref name="args"/>; kubectl (the port-forward without --prometheus-url) is <paramref name="runner"/>.</summary>
    public async Task<JsonElement> RunAsync(IReadOnlyList<string> args, FakeProcessRunner runner)
    {
        var line = new CommandLine(args, _ => null, TextWriter.Null); // not the developer's ORDERS_* variables
        var options = ReplayOptions.From(line, DateTimeOffset.UtcNow);
        line.ThrowOnUnknown();
        Assert.Equal(0, await new ReplayVerb(options, runner, TextWriter.Null).RunAsync(CancellationToken.None));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out.Path, "summary.json")));
        return summary.RootElement.Clone();
    }

    /// <summary>The summary entry of one ScaledObject.</summary>
    public static JsonElement Entry(JsonElement summary, string name) =>
        summary.GetProperty("scaledObjects").EnumerateArray().Single(o => o.GetProperty("name").GetString() == name);

    /// <summary>(min, median, max) of a figure; null for a figure no timing reached.</summary>
    public static (int?, int?, int?)? Figure(JsonElement entry, string figure)
    {
        var f = entry.GetProperty(figure);
        static int? N(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
        return f.ValueKind == JsonValueKind.Null ? null : (N(f.GetProperty("min")), N(f.GetProperty("median")), N(f.GetProperty("max")));
    }

    /// <summary>timeline.csv as rows of named cells.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Timeline()
    {
        var lines = File.ReadAllLines(Path.Combine(_out.Path, "timeline.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public void Dispose() => _out.Dispose();
}
