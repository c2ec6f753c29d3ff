namespace Orders.Pipeline.Images;

/// <summary>
/// The checks on the built images that fail the run (each a sentence saying what is wrong and where to fix it):
/// the app does not run as root; the exporter carries no SDK and no .NET at all (it is Native AOT on
/// runtime-deps) and starts without a shell; neither holds a shell or a package manager at all (both ship on
/// chiseled bases, <see cref="ForbiddenFiles"/>). "Writes nothing outside its volumes" is checked by the pod run,
/// which starts both with a read-only root and no tmpfs, and by podman diff after it.
/// </summary>
public static class ImageChecks
{
    public static IReadOnlyList<string> Problems(ImageFacts app, ImageFacts exporter)
    {
        var problems = new List<string>();
        if (app.RunsAsRoot)
        {
            problems.Add($"{app.Reference} runs as root (User '{app.User}'): app/Dockerfile must end with USER $APP_UID.");
        }
        if (exporter.RunsAsRoot)
        {
            problems.Add($"{exporter.Reference} runs as root (User '{exporter.User}'): sidecar/Dockerfile must end with USER $APP_UID.");
        }
        if (exporter.HasSdk || exporter.HasDotnet)
        {
            problems.Add($"{exporter.Reference} holds a .NET {(exporter.HasSdk ? "SDK" : "runtime")} under /usr/share/dotnet: its final stage must be runtime-deps with only the AOT binary copied in.");
        }
        if (!exporter.StartsWithoutShell)
        {
            problems.Add($"{exporter.Reference} starts through a shell or has no entrypoint ({string.Join(' ', exporter.Entrypoint)}): use the exec form ENTRYPOINT [\"./Orders.Exporter\"].");
        }
        foreach (var (image, dockerfile) in new[] { (app, "app/Dockerfile"), (exporter, "sidecar/Dockerfile") })
        {
            if (ForbiddenFiles.Find(image.Files) is { Count: > 0 } found)
            {
                problems.Add($"{image.Reference} holds a shell or a package manager ({string.Join(", ", found.Take(5))}{(found.Count > 5 ? ", ..." : "")}): "
                    + $"{dockerfile}'s last stage must be FROM a -noble-chiseled base and copy in nothing that brings one.");
            }
        }
        return problems;
    }
}
