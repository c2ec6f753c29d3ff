namespace Orders.Pipeline.Images;

/// <summary>
/// What buildah and podman need on a machine without a Docker engine or cgroup v2 (measured here): the vfs
/// storage driver, chroot isolation for RUN steps, Debian's runc (crun refuses hybrid cgroups), explicit
/// ulimits (podman cannot raise the defaults here), and plain HTTP to the local registry. They go into
/// containers.conf / registries.conf files of this run and environment variables that every child process
/// inherits, so the image build and push run through the same code as the cluster targets, unchanged.
/// </summary>
public static class ContainerEngineSettings
{
    public static IReadOnlyDictionary<string, string> Write(string directory, string registry)
    {
        Directory.CreateDirectory(directory);
        var containersConf = Path.Combine(directory, "containers.conf");
        File.WriteAllText(containersConf, """
            [containers]
            default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

            [engine]
            runtime = "runc"

            """);
        // One store for both tools: buildah's default driver (overlay) and podman's (vfs, on this machine) would
        // otherwise keep two image sets under one graphroot, and podman would not see what buildah built.
        var storageConf = Path.Combine(directory, "storage.conf");
        File.WriteAllText(storageConf, """
            [storage]
            driver = "vfs"
            runroot = "/run/containers/storage"
            graphroot = "/var/lib/containers/storage"

            """);
        var registriesConf = Path.Combine(directory, "registries.conf");
        File.WriteAllText(registriesConf, $"""
            # The run's own registry on the loopback interface speaks plain HTTP.
            [[registry]]
            location = "{registry}"
            insecure = true

            """);
        return new Dictionary<string, string>
        {
            ["CONTAINERS_STORAGE_CONF"] = storageConf,
            ["BUILDAH_ISOLATION"] = "chroot",
            ["CONTAINERS_CONF"] = containersConf,
            ["CONTAINERS_REGISTRIES_CONF"] = registriesConf,
        };
    }

    public static void Apply(IReadOnlyDictionary<string, string> variables)
    {
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
