using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// Both images ship on Microsoft's chiseled bases, which hold no shell (issue 23 item 8): so their last stage
/// may have no RUN, no SHELL, no HEALTHCHECK (Docker runs its CMD form through /bin/sh; the pod's probes are
/// HTTP), and only exec-form ENTRYPOINT/CMD. The Images target proves the built images hold no /bin/sh; this
/// catches the Dockerfile that would fail to build on the real base first.
/// </summary>
public sealed class ShellFreeDockerfileTests
{
    [Theory]
    [InlineData("app/Dockerfile", "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled")]
    [InlineData("sidecar/Dockerfile", "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled")]
    public void The_shipped_stage_is_chiseled_and_needs_no_shell(string dockerfile, string baseImage)
    {
        var stage = FinalStage(File.ReadAllText(Path.Combine(RepositoryRoot.Path, dockerfile)));

        Assert.Equal(baseImage, stage[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Empty(NeedsAShell(stage));
        Assert.Contains(stage, i => i is "USER $APP_UID" or "USER 1654");
    }

    [Theory]
    [InlineData("RUN mkdir -p /var/log/orders")]
    [InlineData("RUN [\"/bin/mkdir\", \"x\"]")]
    [InlineData("HEALTHCHECK CMD curl -f http://localhost:8181/healthz")]
    [InlineData("ENTRYPOINT dotnet Orders.App.dll")]
    [InlineData("CMD ./Orders.Exporter")]
    [InlineData("SHELL [\"/bin/bash\", \"-c\"]")]
    public void A_shipped_stage_that_needs_a_shell_is_caught(string instruction)
    {
        var stage = FinalStage($"FROM sdk AS build\nRUN make\nFROM base\nCOPY --from=build /out .\n{instruction}\n");

        Assert.Equal([instruction], NeedsAShell(stage));
    }

    /// <summary>The last stage's instructions (FROM first), comments dropped and continuation lines joined.</summary>
    private static List<string> FinalStage(string dockerfile)
    {
        var instructions = dockerfile.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return instructions[instructions.FindLastIndex(i => i.StartsWith("FROM ", StringComparison.Ordinal))..];
    }

    private static IEnumerable<string> NeedsAShell(IEnumerable<string> stage) =>
        stage.Where(i => i.StartsWith("RUN ", StringComparison.Ordinal) || i.StartsWith("SHELL ", StringComparison.Ordinal)
            || (i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal) && i != "HEALTHCHECK NONE")
            || ((i.StartsWith("ENTRYPOINT ", StringComparison.Ordinal) || i.StartsWith("CMD ", StringComparison.Ordinal)) && !i[(i.IndexOf(' ') + 1)..].TrimStart().StartsWith('[')));
}
