using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// Issue 23 item 9: --test-filter and --configuration reach dotnet as one argument each. Cake's settings used
/// to quote them into one command line, where a value holding a quote became more arguments (a
/// --settings file of the attacker's choosing, an MSBuild property).
/// </summary>
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
