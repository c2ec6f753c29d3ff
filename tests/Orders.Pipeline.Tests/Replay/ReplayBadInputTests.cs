using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>Bad input is refused by the real tool (a process, as ./build.sh --target=Replay runs it): exit code 2,
/// a message saying what to fix, and nothing written to --out.</summary>
[Trait("Category", "Process")]
[Collection(BackfilledPrometheusCollection.Name)]
public sealed class ReplayBadInputTests(BackfilledPrometheus prometheus)
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Orders.Pipeline.dll");

    public static TheoryData<string, string[], string> Cases => new()
    {
        { "unreachable URL", ["--prometheus-url", "http://127.0.0.1:1/"], "did not answer" },
        { "start after end", ["--start", ReplayHarness.Time(600), "--end", ReplayHarness.Time(0)], "must be before --end" },
        { "a range with no samples", ["--start", ReplayHarness.Time(-7200), "--end", ReplayHarness.Time(-3600)], "has no sample between" },
        { "a file with no ScaledObject", ["--scaledobject", ReplayHarness.TestData("no-scaledobject.yaml")], "no ScaledObject found" },
        { "a trigger that is not prometheus", ["--scaledobject", ReplayHarness.TestData("cpu-trigger.yaml")], "spec.triggers[0] is of type cpu: cpu triggers need the pods' cpu usage history" },
        { "a query returning several series", ["--scaledobject", ReplayHarness.TestData("several-series.yaml")], "returns 3 series" },
        { "an unparsable query", ["--scaledobject", ReplayHarness.TestData("unparsable-query.yaml")], "triggers[].metadata.query does not parse: 1:52: parse error: unclosed left parenthesis" },
        { "a relative time it cannot read", ["--start", "yesterday"], "--start 'yesterday' is not a time" },
    };

    [ToolTheory("prometheus", "promtool")]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_with_exit_code_2_and_nothing_written(string what, string[] overrides, string message)
    {
        using var replay = new ReplayHarness(prometheus);
        var output = Path.Combine(replay.Output, "replay");
        var args = replay.Arguments(0, 1200, ReplayHarness.TestData("gauge.yaml"), "step").ToList();
        args[args.IndexOf("--out") + 1] = output;
        for (var i = 0; i < overrides.Length; i += 2)
        {
            args[args.IndexOf(overrides[i]) + 1] = overrides[i + 1];
        }

        var (code, stderr) = await RunToolAsync(args);

        Assert.True(code == 2, $"{what}: exit code {code}, stderr: {stderr}");
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), $"{what}: {output} was written");
    }

    private static async Task<(int Code, string Stderr)> RunToolAsync(IEnumerable<string> args)
    {
        var tool = await ChildProcess.RunAsync(ChildProcess.DotnetHost, [Tool, .. args], TimeSpan.FromSeconds(120), RepositoryRoot.Path);
        return (tool.ExitCode, tool.StandardError);
    }
}
