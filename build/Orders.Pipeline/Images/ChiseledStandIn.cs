using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Images;

/// <summary>
/// Makes the stand-in for runtime-deps:10.0-noble-chiseled: the files <see cref="ChiseledRoot"/> picks from the
/// Debian root, written as one tar layer (<see cref="RootArchive"/>) and imported with the configuration of
/// Microsoft's image: its ENV, numeric USER 1654 (so runAsNonRoot holds without runAsUser), no WORKDIR, no
/// ENTRYPOINT. No buildah RUN step can shape it: there is no shell inside to run one.
/// </summary>
public static class ChiseledStandIn
{
    // Microsoft's image sets no PATH (Docker adds its default); an imported image gets none, and the app's
    // exec-form ENTRYPOINT ["dotnet", ...] needs one to find /usr/bin/dotnet.
    private static readonly string[] Environment =
    [
        $"APP_UID={ChiseledRoot.AppUid}",
        "ASPNETCORE_HTTP_PORTS=8080",
        "DOTNET_RUNNING_IN_CONTAINER=true",
        "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true",
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    ];

    public static async Task BuildAsync(IProcessRunner runner, string debianRoot, string workDirectory, string tag, string fingerprintLabel, CancellationToken cancellationToken)
    {
        var archive = Path.Combine(workDirectory, "runtime-deps-chiseled.tar");
        try
        {
            await using (var stream = File.Create(archive))
            {
                RootArchive.Write(ChiseledRoot.Plan(debianRoot), stream);
            }
            var changes = Environment.Select(e => "ENV " + e).Append($"USER {ChiseledRoot.AppUid}").Append("LABEL " + fingerprintLabel);
            await runner.RunCheckedAsync(new ToolCall("podman", ["import", .. changes.SelectMany(c => new[] { "--change", c }), archive, tag], TimeSpan.FromMinutes(5)) { CaptureOutput = true },
                cancellationToken, $"Delete {debianRoot}.complete to make the Debian root again if its files are damaged.");
        }
        finally
        {
            File.Delete(archive);
        }
    }
}
