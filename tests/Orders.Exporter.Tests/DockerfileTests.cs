using System.Text.RegularExpressions;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>The sidecar's Dockerfile, checked offline (no Docker engine here): what it copies exists, it runs as
/// a non-root user, exposes 9181, keeps the log read-only-friendly and the checkpoint on its own volume.</summary>
public sealed class DockerfileTests
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Root, "sidecar", "Dockerfile"));

    [Fact]
    public void Every_copied_path_exists_in_the_repository()
    {
        var sources = Lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)),
            $"COPY {source}: no such file or folder at the repository root; fix the Dockerfile or the path."));
    }

    [Fact]
    public void It_is_multi_stage_and_runs_as_a_non_root_user()
    {
        Assert.True(Lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "Expected a build stage and a runtime stage.");
        var user = Lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))[5..].Trim();
        Assert.DoesNotMatch(new Regex("^(root|0)(:|$)"), user);
    }

    [Fact]
    public void It_exposes_9181_and_puts_the_log_and_the_checkpoint_on_separate_volumes()
    {
        Assert.Contains("EXPOSE 9181", Lines);
        var text = string.Join('\n', Lines);
        Assert.Contains("AccessLog__Path=/var/log/orders", text);
        Assert.Contains("AccessLog__CheckpointPath=/var/lib/exporter/", text);
        Assert.Contains("VOLUME [\"/var/log/orders\", \"/var/lib/exporter\"]", text);
    }
}
