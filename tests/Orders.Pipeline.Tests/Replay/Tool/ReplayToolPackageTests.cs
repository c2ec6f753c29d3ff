using System.Text.Json;
using Orders.Pipeline.Replay;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>
/// Issue 24's done-when: the tool is packed (the Pack target's verb), installed into a temporary tool path from
/// artifacts/packages alone, and run from an empty folder against a real Prometheus over <see cref="CheckoutRecording"/>.
/// Its answers, derived by hand (the HPA syncs every 15 s at an offset o of 0..14 s, so its first sync after the
/// load's start at 300 s falls at 300 + o):
/// <list type="bullet">
/// <item>peak: 120 / 20 = 6 replicas in every timing;</item>
/// <item>to peak: one pod per 15 s from 1 is 5 syncs, the 5th at 300 + o + 60: 60..74 s, median 67;</item>
/// <item>back to min: the first sync after 900 s reads 0, and the 60 s window still holds that timing's 6 until
/// the sync 45 s later (the one at exactly 60 s before no longer counts): 45..59 s, median 52;</item>
/// <item>fallback: the query is empty from about 1785 s (the last sample at 1485 s + 5 minutes' lookback); after
/// 3 failed reads KEDA answers 3 replicas' worth, so every timing ends the range at 3.</item>
/// </list>
/// The same file's second ScaledObject (two triggers, from zero with activation): both read 0 until 300 s, under
/// activation, so 0 replicas then; the HPA takes the larger proposal, 80 / 10 = 8 over 120 / 20 = 6, so it peaks at 8;
/// and it is back at 0 by the range's end (both at 0 since 900 s, cooldownPeriod 300 s).
/// </summary>
[Trait("Category", "Process")]
public sealed class ReplayToolPackageTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(10);

    [ToolFact("prometheus", "promtool")]
    public async Task The_packed_tool_installs_and_replays_a_foreign_scaledobject_from_an_empty_folder()
    {
        using var temp = new TempDirectory("orders-tool-install");
        var pipeline = Path.Combine(AppContext.BaseDirectory, "Orders.Pipeline.dll");

        // Given the package, as ./build.sh --target=Pack makes it, installed from that folder only
        (await ChildProcess.RunAsync(ChildProcess.DotnetHost, [pipeline, "pack", "--root", RepositoryRoot.Path], Bound)).EnsureSuccess("the pack verb");
        var packages = ToolPackage.Folder(RepositoryRoot.Path);
        await File.WriteAllTextAsync(temp.Combine("nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"local\" value=\"{packages}\" /></packageSources></configuration>");
        var isolated = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = temp.Combine("nuget-cache") }; // never an older copy of this version
        (await ChildProcess.RunAsync(ChildProcess.DotnetHost,
            ["tool", "install", "--tool-path", temp.Combine("tools"), "--configfile", temp.Combine("nuget.config"), ToolPackage.Id], Bound, temp.Path, isolated))
            .EnsureSuccess("dotnet tool install");
        Directory.CreateDirectory(temp.Combine("input"));
        await File.WriteAllTextAsync(temp.Combine("input", "worker.yaml"), CheckoutRecording.ScaledObject() + "\n---\n" + CheckoutRecording.TwoTriggerScaledObject);
        var empty = Directory.CreateDirectory(temp.Combine("empty")).FullName;
        using var tsdb = new TempDirectory("orders-tool-tsdb");
        await using var prometheus = await BackfilledPrometheus.ServeAsync(tsdb, CheckoutRecording.OpenMetrics(), "global:\n  scrape_interval: 15s\n");

        // When the installed command runs there
        var run = await ChildProcess.RunAsync(temp.Combine("tools", "scaledobject-replay"),
            ["--prometheus-url", prometheus.Url.ToString(), "--scaledobject", temp.Combine("input", "worker.yaml"),
             "--start", CheckoutRecording.Time(0), "--end", CheckoutRecording.Time(2400), "--format", "json", "--expect", "checkout-worker:peak == 6"],
            Bound, empty, new Dictionary<string, string?> { ["DOTNET_ROOT"] = DotnetRoot() });

        // Then its answers are the ones derived by hand
        Assert.True(run.ExitCode == 0, run.Output);
        using var summary = JsonDocument.Parse(run.StandardOutput);
        var entry = summary.RootElement.GetProperty("scaledObjects")[0];
        Assert.Equal("checkout-worker", entry.GetProperty("name").GetString());
        Assert.Equal((6, 6, 6), Figure(entry, "peakReplicas"));
        Assert.Equal((60, 67, 74), Figure(entry, "secondsToPeak"));
        Assert.Equal((45, 52, 59), Figure(entry, "secondsBackToMin"));
        var fallback = entry.GetProperty("fallback");
        Assert.Equal(15, fallback.GetProperty("timingsInForce").GetInt32());
        var from = Assert.Single(fallback.GetProperty("inForce").EnumerateArray().ToList()).GetProperty("from").GetInt32();
        Assert.InRange(from, 1785, 1785 + 60); // empty from the lookback's end; the 4th failed read at most 4 reads later
        var timeline = File.ReadLines(Path.Combine(empty, "replay", "timeline.csv")).Select(l => l.Split(',')).ToList();
        string Band(int row, string label) =>
            timeline[row][Array.IndexOf(timeline[0], label + "_expected_replicas_min")] + ".." + timeline[row][Array.IndexOf(timeline[0], label + "_expected_replicas_max")];
        Assert.Equal("3..3", Band(timeline.Count - 1, "checkout-worker"));

        var api = summary.RootElement.GetProperty("scaledObjects")[1];
        Assert.Equal("checkout-api", api.GetProperty("name").GetString());
        Assert.Equal((8, 8, 8), Figure(api, "peakReplicas"));
        Assert.Equal("0..0", Band(1 + 250, "checkout-api")); // t = 250 s: under activation
        Assert.Equal("0..0", Band(timeline.Count - 1, "checkout-api"));
    }

    /// <summary>Where the runtime is, for the installed command's apphost (as `dotnet tool install` tells users to set).</summary>
    private static string DotnetRoot()
    {
        var host = ExecutableOnPath.Find(ChildProcess.DotnetHost) ?? ChildProcess.DotnetHost;
        return Path.GetDirectoryName(new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host)!;
    }

    private static (int, int, int) Figure(JsonElement entry, string name)
    {
        var f = entry.GetProperty(name);
        return (f.GetProperty("min").GetInt32(), f.GetProperty("median").GetInt32(), f.GetProperty("max").GetInt32());
    }
}
