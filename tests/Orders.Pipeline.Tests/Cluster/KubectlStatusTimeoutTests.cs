using Orders.Pipeline.Cluster;
using Orders.Pipeline.Load;
using Orders.Pipeline.Manifests;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>A hung kubectl (a stub that never answers) is killed when the sample's limit fires.</summary>
[Trait("Category", "Process")]
public sealed class KubectlStatusTimeoutTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kubectl-stub-").FullName;

    [Fact]
    public async Task A_kubectl_that_hangs_past_the_limit_is_killed_and_the_sample_records_the_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The stub is a shell script.
        }
        var pidFile = Path.Combine(_directory, "pid");
        var stub = Path.Combine(_directory, "kubectl");
        await File.WriteAllTextAsync(stub, $"#!/bin/sh\necho $$ > '{pidFile}'\nexec sleep 60\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var settings = Orders.Pipeline.Tests.Deploy.TestCluster.Settings(_directory);
        var options = new ClusterOptions(settings, _directory, LoadProfile.Parse("1s:1"), LoadEndpoint.Parse("product"),
            new LoadOptions(1, TimeSpan.FromSeconds(1)), null, null, stub);
        var names = new Orders.Pipeline.Manifests.ScaledWorkload("orders", "orders", "keda-hpa-orders", 8181);

        var sample = await new KubectlStatus(options, names, new Orders.Pipeline.Infrastructure.ProcessRunner(TextWriter.Null), TimeSpan.FromSeconds(1)).ReadAsync(DateTimeOffset.UnixEpoch, 3, CancellationToken.None);

        Assert.StartsWith("kubectl:", sample.Error, StringComparison.Ordinal);
        Assert.Equal(3, sample.QueryValue);
        var pid = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(!ProcessTable.IsRunning(pid)), TimeSpan.FromSeconds(10)),
            $"kubectl stub (pid {pid}) still runs after the sample timed out");
    }

    public void Dispose()
    {
        if (File.Exists(Path.Combine(_directory, "pid")) && int.TryParse(File.ReadAllText(Path.Combine(_directory, "pid")).Trim(), out var pid))
        {
            ProcessTable.Kill([pid]);
        }
        Directory.Delete(_directory, recursive: true);
    }
}
