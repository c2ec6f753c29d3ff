using System.Text.RegularExpressions;
using Orders.App.Extensions;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Packaging;

/// <summary>What can be checked of app/Dockerfile without a Docker engine (none on this machine or in CI).</summary>
public sealed class DockerfileTests
{
    private static readonly string[] Instructions = ReadInstructions();

    [Fact]
    public void Every_path_it_copies_from_the_build_context_exists_in_the_repository()
    {
        var copies = Arguments("COPY").Where(arguments => !arguments[0].StartsWith("--from=", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(copies);
        foreach (var source in copies.SelectMany(arguments => arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).SkipLast(1)))
        {
            var path = Path.Combine(RepositoryRoot.Path, source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"app/Dockerfile copies '{source}', which is not in the repository (the build context is its root).");
        }
    }

    [Fact]
    public void Builds_on_the_sdk_and_runs_on_the_chiseled_aspnet_runtime_image()
    {
        var images = Arguments("FROM").Select(arguments => arguments[0]).ToArray();

        Assert.Equal(["mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled"], images);
    }

    [Fact]
    public void Runs_as_a_non_root_user()
    {
        var user = Assert.Single(Arguments("USER"))[0];

        Assert.DoesNotMatch(@"^(root|0)(:.*)?$", user);
        Assert.True(Array.FindLastIndex(Instructions, i => i.StartsWith("USER ", StringComparison.Ordinal))
            > Array.FindLastIndex(Instructions, i => i.StartsWith("RUN ", StringComparison.Ordinal)), "USER must come after the last RUN.");
    }

    [Fact]
    public void Exposes_and_listens_on_the_apps_port()
    {
        Assert.Equal(HostingExtensions.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Arguments("EXPOSE"))[0]);
        Assert.Contains($"ASPNETCORE_HTTP_PORTS={HostingExtensions.DefaultPort}", Arguments("ENV").SelectMany(a => a));
    }

    [Fact]
    public void Writes_the_access_log_to_a_volume_so_the_root_filesystem_can_be_read_only()
    {
        var volume = Assert.Single(Arguments("VOLUME"))[0];

        Assert.Contains($"AccessLog__Directory={volume}", Arguments("ENV").SelectMany(a => a));
    }

    [Fact]
    public void Its_log_directory_is_where_the_exporter_image_and_the_deployment_look_for_the_log()
    {
        var volume = Assert.Single(Arguments("VOLUME"))[0];
        var exporterImage = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "sidecar", "Dockerfile"));
        var deployment = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "k8s", "base", "deployment.yaml"));

        // The exporter image takes its log path from its code's default (AccessLog:Path) and declares it a volume.
        Assert.Matches($@"VOLUME \[""{Regex.Escape(volume)}""", exporterImage);
        Assert.Matches($@"- name: AccessLog__Directory\s+value: {Regex.Escape(volume)}\s", deployment);
    }

    [Fact]
    public void Starts_the_apps_assembly()
    {
        var entrypoint = Assert.Single(Instructions, i => i.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));

        Assert.Contains($"\"{typeof(Program).Assembly.GetName().Name}.dll\"", entrypoint, StringComparison.Ordinal);
    }

    private static IEnumerable<string[]> Arguments(string instruction) =>
        Instructions.Where(i => i.StartsWith(instruction + " ", StringComparison.Ordinal))
            .Select(i => Regex.Split(i[(instruction.Length + 1)..].Trim(), @"\s+"));

    /// <summary>The instructions, comments dropped and continuation lines joined.</summary>
    private static string[] ReadInstructions()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "app", "Dockerfile"));
        var withoutComments = string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith('#')));
        return withoutComments.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
    }
}
