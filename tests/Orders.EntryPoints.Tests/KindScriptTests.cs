using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// scripts/kind-with-registry.sh, run against stand-in docker/kind/kubectl, takes the steps of kind's
/// local-registry guide in order with this project's names (registry on 127.0.0.1:5001, cluster "orders" with
/// two workers), and on a second run reuses the registry and the cluster instead of failing on them.
/// </summary>
[Trait("Category", "Process")]
public sealed class KindScriptTests : IDisposable
{
    private readonly KindStubs _stubs = new();
    private readonly string _script = RepositoryRoot.Combine("scripts", "kind-with-registry.sh");

    public void Dispose() => _stubs.Dispose();

    [Fact]
    public async Task Creates_the_registry_the_cluster_each_nodes_registry_config_the_network_link_and_the_ConfigMap()
    {
        var (run, calls) = await _stubs.RunAsync(_script);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            "docker inspect -f {{.State.Running}} kind-registry",
            "docker run -d --restart=always -p 127.0.0.1:5001:5000 --network bridge --name kind-registry registry:2",
            "kind get clusters",
            "kind create cluster --name orders --wait 5m --config=-",
            "kind get nodes --name orders",
            "docker exec orders-control-plane mkdir -p /etc/containerd/certs.d/localhost:5001",
            "docker exec -i orders-control-plane cp /dev/stdin /etc/containerd/certs.d/localhost:5001/hosts.toml",
            "docker exec orders-worker mkdir -p /etc/containerd/certs.d/localhost:5001",
            "docker exec -i orders-worker cp /dev/stdin /etc/containerd/certs.d/localhost:5001/hosts.toml",
            "docker exec orders-worker2 mkdir -p /etc/containerd/certs.d/localhost:5001",
            "docker exec -i orders-worker2 cp /dev/stdin /etc/containerd/certs.d/localhost:5001/hosts.toml",
            "docker inspect -f {{json .NetworkSettings.Networks.kind}} kind-registry",
            "docker network connect kind kind-registry",
            "kubectl --context kind-orders apply -f -",
        ], calls.Where(call => !call.StartsWith("  | ", StringComparison.Ordinal)));
        var piped = string.Join('\n', calls);
        Assert.Contains("  |       config_path = \"/etc/containerd/certs.d\"", piped, StringComparison.Ordinal);
        Assert.Equal(2, calls.Count(call => call == "  |   - role: worker"));
        Assert.Equal(3, calls.Count(call => call == "  | [host.\"http://kind-registry:5000\"]"));
        Assert.Contains("  |     host: \"localhost:5001\"", calls);
        Assert.Contains("./build.sh --target=Deploy --registry=localhost:5001 --kube-context=kind-orders", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reuses_a_running_registry_and_an_existing_cluster()
    {
        _stubs.RegistryRunning = true;
        _stubs.ClusterExists = true;

        var (run, calls) = await _stubs.RunAsync(_script);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(calls, call => call.StartsWith("docker run", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, call => call.StartsWith("kind create", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, call => call.StartsWith("docker network connect", StringComparison.Ordinal));
        Assert.Contains("docker exec -i orders-worker2 cp /dev/stdin /etc/containerd/certs.d/localhost:5001/hosts.toml", calls);
    }
}
