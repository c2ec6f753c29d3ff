using System.Security.Cryptography;
using System.Text;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Images;

/// <summary>
/// Local stand-ins for the base images the Dockerfiles name (they cannot be pulled here), tagged with the same
/// names so the Dockerfiles build unchanged: runtime-deps from a debootstrapped Debian 12 with the `app` user
/// (uid/gid 1654), aspnet and sdk on top with this machine's .NET (build/images/*.Containerfile), for the build
/// stages; and the two chiseled bases the images ship on, with no shell and no package manager:
/// runtime-deps chiseled picked from the same Debian root (<see cref="ChiseledStandIn"/>), aspnet chiseled on it.
/// Each carries a fingerprint label of what it was made from; a run reuses them while it matches, so only a
/// first run (or a new SDK) pays for debootstrap. docs/images.md lists how they differ from the real images.
/// </summary>
public sealed class BaseImageStandIns(IProcessRunner runner, TextWriter output, string root, string cacheDirectory)
{
    public const string RuntimeDeps = "mcr.microsoft.com/dotnet/runtime-deps:10.0";
    public const string Aspnet = "mcr.microsoft.com/dotnet/aspnet:10.0";
    public const string Sdk = "mcr.microsoft.com/dotnet/sdk:10.0";
    public const string RuntimeDepsChiseled = "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled";
    public const string AspnetChiseled = "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled";
    public const string FingerprintLabel = "org.orders.stand-in";
    public const int AppUid = 1654;

    // Packages of the real runtime-deps image that minbase lacks (.NET's native dependencies).
    private const string DebootstrapPackages = "ca-certificates,libssl3,tzdata,zlib1g,libicu72,libgcc-s1,libstdc++6";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(15);

    /// <summary>Makes the stand-ins unless current ones exist; returns true when it built them.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        var dotnetRoot = DotnetRoot();
        var fingerprint = Fingerprint(dotnetRoot);
        if (await AllCurrentAsync(fingerprint, cancellationToken))
        {
            output.WriteLine($"Base image stand-ins are current ({fingerprint[..12]}): reusing them.");
            return false;
        }
        var rootfs = await DebianRootAsync(cancellationToken);
        await BuildRuntimeDepsAsync(rootfs, fingerprint, cancellationToken);
        await BuildFromContainerfileAsync("aspnet.Containerfile", Aspnet, dotnetRoot, fingerprint, cancellationToken);
        await BuildFromContainerfileAsync("sdk.Containerfile", Sdk, dotnetRoot, fingerprint, cancellationToken);
        await ChiseledStandIn.BuildAsync(runner, rootfs, cacheDirectory, RuntimeDepsChiseled, $"{FingerprintLabel}={fingerprint}", cancellationToken);
        await BuildFromContainerfileAsync("aspnet-chiseled.Containerfile", AspnetChiseled, dotnetRoot, fingerprint, cancellationToken);
        return true;
    }

    private async Task<bool> AllCurrentAsync(string fingerprint, CancellationToken cancellationToken)
    {
        foreach (var image in new[] { RuntimeDeps, Aspnet, Sdk, RuntimeDepsChiseled, AspnetChiseled })
        {
            var result = await runner.RunAsync(new ToolCall("podman", ["image", "inspect", "--format", $"{{{{index .Labels \"{FingerprintLabel}\"}}}}", image], TimeSpan.FromMinutes(1))
            {
                CaptureOutput = true,
            }, cancellationToken);
            if (!result.Succeeded || result.StandardOutput.Trim() != fingerprint)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A Debian 12 minbase root, kept in the cache folder: debootstrap is the slow step (1-3 min).</summary>
    private async Task<string> DebianRootAsync(CancellationToken cancellationToken)
    {
        var rootfs = Path.Combine(cacheDirectory, "debian-" + DebianMirror.Suite);
        var complete = rootfs + ".complete";
        if (!File.Exists(complete))
        {
            if (Directory.Exists(rootfs))
            {
                Directory.Delete(rootfs, recursive: true);
            }
            Directory.CreateDirectory(cacheDirectory);
            await runner.RunCheckedAsync(new ToolCall("debootstrap",
                ["--variant=minbase", "--include=" + DebootstrapPackages, DebianMirror.Suite, rootfs, DebianMirror.Find()], StepTimeout),
                cancellationToken, "Check that the Debian mirror in /etc/apt answers (apt-get update).");
            await File.WriteAllTextAsync(complete, DateTimeOffset.UtcNow.ToString("O") + "\n", cancellationToken);
        }
        // The machine's own extra CAs: where egress goes through a TLS proxy, a build's restore needs them too.
        var hostCertificates = "/usr/local/share/ca-certificates";
        if (Directory.Exists(hostCertificates))
        {
            foreach (var certificate in Directory.GetFiles(hostCertificates, "*.crt", SearchOption.AllDirectories))
            {
                File.Copy(certificate, Path.Combine(rootfs, "usr/local/share/ca-certificates", Path.GetFileName(certificate)), overwrite: true);
            }
            await runner.RunCheckedAsync(new ToolCall("chroot", [rootfs, "update-ca-certificates"], TimeSpan.FromMinutes(2)), cancellationToken);
        }
        return rootfs;
    }

    private async Task BuildRuntimeDepsAsync(string rootfs, string fingerprint, CancellationToken cancellationToken)
    {
        var from = await runner.RunCheckedAsync(new ToolCall("buildah", ["from", "scratch"], TimeSpan.FromMinutes(1)) { CaptureOutput = true }, cancellationToken);
        var container = from.StandardOutput.Trim();
        try
        {
            await Buildah(["copy", container, rootfs, "/"], cancellationToken);
            await Buildah(["run", container, "--", "sh", "-c",
                $"groupadd --gid {AppUid} app && useradd --uid {AppUid} --gid {AppUid} --create-home --home-dir /home/app --shell /usr/sbin/nologin app"], cancellationToken);
            await Buildah(["config", "--env", $"APP_UID={AppUid}", "--cmd", "bash", "--label", $"{FingerprintLabel}={fingerprint}", container], cancellationToken);
            await Buildah(["commit", "--quiet", container, RuntimeDeps], cancellationToken);
        }
        finally
        {
            await runner.RunAsync(new ToolCall("buildah", ["rm", container], TimeSpan.FromMinutes(1)) { CaptureOutput = true }, CancellationToken.None);
        }
    }

    private Task BuildFromContainerfileAsync(string containerfile, string tag, string dotnetRoot, string fingerprint, CancellationToken cancellationToken) =>
        Buildah(["bud", "--file", Path.Combine(root, "build", "images", containerfile), "--label", $"{FingerprintLabel}={fingerprint}",
            "--build-arg", "NUGET_CERT_REVOCATION_MODE=" + (Environment.GetEnvironmentVariable("NUGET_CERT_REVOCATION_MODE") ?? ""),
            "--tag", tag, dotnetRoot], cancellationToken);

    private Task Buildah(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        runner.RunCheckedAsync(new ToolCall("buildah", arguments, StepTimeout), cancellationToken);

    /// <summary>What the stand-ins are made of: the Containerfiles, this class's recipe and the .NET they carry.</summary>
    private string Fingerprint(string dotnetRoot)
    {
        var text = new StringBuilder(DebootstrapPackages).Append(AppUid)
            .Append(ChiseledRoot.RecipeVersion).AppendJoin(',', ChiseledRoot.LibraryPackages);
        foreach (var file in new[] { "aspnet.Containerfile", "sdk.Containerfile", "aspnet-chiseled.Containerfile" })
        {
            text.Append(File.ReadAllText(Path.Combine(root, "build", "images", file)));
        }
        foreach (var part in new[] { "sdk", "shared/Microsoft.NETCore.App", "shared/Microsoft.AspNetCore.App" })
        {
            text.AppendJoin(',', Directory.GetDirectories(Path.Combine(dotnetRoot, part)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string DotnetRoot()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("DOTNET_ROOT"), Path.GetDirectoryName(Environment.ProcessPath), "/usr/share/dotnet" };
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(Path.Combine(c, "sdk")) && Directory.Exists(Path.Combine(c, "shared")))
            ?? throw new InvalidOperationException("No .NET SDK folder found (DOTNET_ROOT, the running dotnet's folder, /usr/share/dotnet): the sdk stand-in copies it. Set DOTNET_ROOT.");
    }
}
