using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// Issue 23 item 9: --test-filter and --configuration reach dotnet as one argument each, from an argument list.
/// Cake's settings joined them into one command line: --configuration went in unquoted, so
/// <c>Release" -p:Injected=1 "x</c> reached dotnet build mangled (<c>Release -p:Injected=1 x</c>; the configuration
/// test fails on that script); --test-filter Cake 7 quotes and escapes on Linux, so the filter test guards the
/// argument list against a regression rather than reproducing a live injection here.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class DotNetArgumentsTests(PipelineWorkspace workspace) : IDisposable
{
    private readonly DotNetStub _dotnet = new();

    public void Dispose() => _dotnet.Dispose();

    [Fact]
    public async Task An_injected_test_filter_reaches_dotnet_test_as_one_filter_and_nothing_more()
    {
        const string injected = "x\" --settings \"/tmp/evil.runsettings";

        var run = await workspace.RunAsync(_dotnet.Directory + ":" + workspace.StubbedPath, [], "--target=Test", "--exclusive", "--test-filter=" + injected);

        var test = Assert.Single(_dotnet.Calls(), call => call[0] == "test");
        Assert.True(test.Contains("--filter"), run.ToString());
        Assert.Equal(injected, test[Array.IndexOf(test, "--filter") + 1]);
        Assert.DoesNotContain("--settings", test);
        Assert.DoesNotContain("/tmp/evil.runsettings", test);
    }

    [Fact]
    public async Task An_injected_configuration_reaches_dotnet_build_as_one_configuration()
    {
        const string injected = "Release\" -p:Injected=1 \"x";

        var run = await workspace.RunAsync(_dotnet.Directory + ":" + workspace.StubbedPath, [], "--target=Build", "--exclusive", "--configuration=" + injected);

        var build = Assert.Single(_dotnet.Calls(), call => call[0] == "build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(injected, build[Array.IndexOf(build, "--configuration") + 1]);
        Assert.DoesNotContain(build, argument => argument.StartsWith("-p:", StringComparison.Ordinal));
    }
}
