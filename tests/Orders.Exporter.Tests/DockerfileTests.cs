using System.Text.RegularExpressions;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>The sidecar's Dockerfile, checked offline (no Docker engine here): what it copies exists, it runs as
/// a non-root user, exposes the port the code listens on, keeps the log read-only-friendly and the checkpoint on its own volume.</summary>
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
    public void It_exposes_the_codes_port_and_puts_the_log_and_the_checkpoint_on_separate_volumes()
    {
        Assert.Contains($"EXPOSE {new ExporterOptions().Port}", Lines);
        var text = string.Join('\n', Lines);
        Assert.Contains($"AccessLog__CheckpointPath={CheckpointPath}", text);
        Assert.Contains($"VOLUME [\"{new AccessLogTailOptions().Path}\", \"{Path.GetDirectoryName(CheckpointPath)}\"]", text);
    }

    [Fact]
    public void The_deployment_states_the_same_log_and_checkpoint_paths_as_the_image_and_the_code()
    {
        // The code owns the log path's default, the image the checkpoint's; the Deployment repeats both beside
        // its mounts, and must not drift from either (it once called the exporter's default ./logs).
        var deployment = File.ReadAllText(Path.Combine(Root, "k8s", "base", "deployment.yaml"));

        Assert.Matches($@"name: AccessLog__Path\s+value: {Regex.Escape(new AccessLogTailOptions().Path)} ", deployment);
        Assert.Matches($@"name: AccessLog__CheckpointPath\s+value: {Regex.Escape(CheckpointPath)} ", deployment);
        Assert.Contains($"mountPath: {Path.GetDirectoryName(CheckpointPath)}\n", deployment);
    }

    [Fact]
    public void The_deployment_declares_the_port_the_code_listens_on_unless_it_sets_Exporter__Port()
    {
        // The code owns the port (Exporter:Port's default); the image EXPOSEs it, the Deployment declares it as the
        // exporter container's `metrics` port that Prometheus keeps, and neither may drift from it.
        var deployment = File.ReadAllText(Path.Combine(Root, "k8s", "base", "deployment.yaml"));

        Assert.DoesNotContain("Exporter__Port", deployment, StringComparison.Ordinal);
        Assert.Matches($@"- name: metrics\s+containerPort: {new ExporterOptions().Port}\s", deployment);
    }

    private static string CheckpointPath =>
        Lines.Select(l => Regex.Match(l, @"AccessLog__CheckpointPath=(\S+)")).Single(m => m.Success).Groups[1].Value;
}
