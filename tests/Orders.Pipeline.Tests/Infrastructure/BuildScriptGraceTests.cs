using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Infrastructure;
using RepositoryRoot = Orders.TestSupport.RepositoryRoot;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>
/// build.sh sends SIGKILL to what is left of a stopped run after its <c>grace</c>; the tool's own stop gives each
/// of Local's three processes up to <see cref="ProcessTree.StopWait"/>. A grace shorter than that would kill Prometheus
/// mid-shutdown and the report's interrupted write with it, so the number in the script follows ProcessTree.
/// </summary>
public sealed partial class BuildScriptGraceTests
{
    /// <summary>The app, the exporter and Prometheus, stopped one after another.</summary>
    private const int LocalProcesses = 3;

    /// <summary>For the tool and Cake to exit after the last process has.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(10);

    [Fact]
    public void Build_sh_waits_longer_than_the_tool_s_stop_before_it_kills()
    {
        var match = Grace().Match(File.ReadAllText(RepositoryRoot.Combine("build.sh")));

        Assert.True(match.Success, "build.sh has no `grace=SECONDS` line: this test reads it.");
        var grace = TimeSpan.FromSeconds(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.True(grace >= ProcessTree.StopWait * LocalProcesses + Margin,
            $"build.sh's grace={grace.TotalSeconds} s is shorter than ProcessTree.StopWait × {LocalProcesses} + {Margin.TotalSeconds} s: raise it.");
    }

    [GeneratedRegex(@"^grace=(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Grace();
}
