using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// ./build.sh --target=Apply against stub docker/helm/kubectl: the exact commands, in order, with the kube
/// context on every cluster call; and a second run issues the very same (idempotent) commands.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class ApplyCommandTests(PipelineWorkspace workspace)
{
    private const string Registry = "registry.example:5000/team";
    private static readonly string RepositoryUrl = System.Xml.Linq.XDocument.Load(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value; // the images' source label
    private const string Tag = "abc1234";
    private const string KubeContext = "kind-orders";
    private readonly PipelineWorkspace _workspace = workspace;

    [ToolFact("kubectl")]
    public async Task Apply_runs_every_command_in_order_and_a_second_run_repeats_them_exactly()
    {
        // Given
        var baseBefore = Snapshot(_workspace.Combine("k8s"));
        string[] arguments = ["--target=Apply", $"--registry={Registry}", $"--image-tag={Tag}", $"--kube-context={KubeContext}"];

        // When
        var first = await _workspace.RunAsync(arguments);
        var firstCommands = _workspace.Stubs.Commands();
        var second = await _workspace.RunAsync(arguments);

        // Then
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(ExpectedCommands(), firstCommands.Select(c => string.Join(' ', c)).ToList());
        Assert.Equal(firstCommands, _workspace.Stubs.Commands());
        Assert.Equal(baseBefore, Snapshot(_workspace.Combine("k8s")));
    }

    [ToolFact("kubectl")]
    public async Task The_applied_file_is_k8s_base_rendered_with_the_pushed_images_and_the_chosen_namespace()
    {
        // When (the stub runs the real `kubectl kustomize`, so this is Kustomize's own rendering)
        var run = await _workspace.RunAsync("--target=Apply", $"--registry={Registry}", $"--image-tag={Tag}", "--namespace=shop");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());

        var rendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));
        Assert.Contains($"image: {Registry}/orders-app:{Tag}", rendered);
        Assert.Contains($"image: {Registry}/orders-exporter:{Tag}", rendered);
        Assert.DoesNotContain("image: orders-app", rendered);
        Assert.Contains("namespace: shop", rendered);
        Assert.Contains("product_order_total{job=\"orders-exporter\",namespace=\"shop\"}", rendered); // the ScaledObject's query follows
        Assert.DoesNotContain("namespace: orders", rendered);
    }

    [ToolFact("kubectl")]
    public async Task The_default_layout_renders_the_seeds_NodePort_and_nodeSelector_and_labels_nodes()
    {
        // When
        var run = await _workspace.RunAsync("--target=Apply", $"--registry={Registry}", $"--image-tag={Tag}");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        var rendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));
        Assert.Contains("type: NodePort", rendered);
        Assert.Contains("nodePort: 30081", rendered);
        Assert.Contains("nodeSelector:", rendered);
        Assert.Contains("role: worker-node", rendered);
        Assert.Contains(_workspace.Stubs.Commands(), c => string.Join(' ', c).StartsWith("kubectl label nodes", StringComparison.Ordinal));
    }

    [ToolFact("kubectl")]
    public async Task The_portable_layout_renders_no_NodePort_nor_nodeSelector_and_labels_no_node()
    {
        // When
        var run = await _workspace.RunAsync("--target=Apply", $"--registry={Registry}", $"--image-tag={Tag}", "--layout=portable");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        var rendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));
        Assert.DoesNotContain("NodePort", rendered);
        Assert.DoesNotContain("nodePort", rendered);
        Assert.DoesNotContain("nodeSelector", rendered);
        Assert.DoesNotContain(_workspace.Stubs.Commands(), c => string.Join(' ', c).StartsWith("kubectl label", StringComparison.Ordinal) || string.Join(' ', c).StartsWith("kubectl get nodes", StringComparison.Ordinal));
        Assert.Contains("--layout=portable: no node labelled", run.ToString());
    }

    [ToolFact("kubectl")]
    public async Task The_NetworkPolicy_and_serverAddress_follow_the_prometheus_namespace_and_address()
    {
        // When
        var byNamespace = await _workspace.RunAsync("--target=Apply", "--exclusive", $"--registry={Registry}", $"--image-tag={Tag}", "--prometheus-namespace=monitoring");
        var namespaceRendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));
        var byAddress = await _workspace.RunAsync("--target=Apply", "--exclusive", $"--registry={Registry}", $"--image-tag={Tag}", "--prometheus-namespace=monitoring",
            "--prometheus-address=http://kps-prometheus.monitoring.svc:9090/");
        var addressRendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));

        // Then (Kustomize's own rendering: the base's vars carry the patched ConfigMap into both objects)
        Assert.True(byNamespace.ExitCode == 0, byNamespace.ToString());
        Assert.True(byAddress.ExitCode == 0, byAddress.ToString());
        Assert.Contains("kubernetes.io/metadata.name: monitoring", namespaceRendered);
        Assert.DoesNotContain("kubernetes.io/metadata.name: prometheus", namespaceRendered);
        Assert.Contains("serverAddress: http://prometheus-server.monitoring.svc.cluster.local:80", namespaceRendered);
        Assert.Contains("serverAddress: http://kps-prometheus.monitoring.svc:9090\n", addressRendered);
    }

    private List<string> ExpectedCommands()
    {
        var root = _workspace.Root;
        return
        [
            $"kubectl version --request-timeout=15s --context {KubeContext}",
            $"docker build --file {root}/app/Dockerfile --tag {Registry}/orders-app:{Tag} --build-arg SOURCE={RepositoryUrl} --build-arg VERSION={Tag} {root}",
            $"docker build --file {root}/sidecar/Dockerfile --tag {Registry}/orders-exporter:{Tag} --build-arg SOURCE={RepositoryUrl} --build-arg VERSION={Tag} {root}",
            $"docker push {Registry}/orders-app:{Tag}",
            $"docker push {Registry}/orders-exporter:{Tag}",
            $"helm list --all-namespaces --all --output json --kube-context {KubeContext}",
            "helm repo add prometheus-community https://prometheus-community.github.io/helm-charts --force-update",
            $"helm upgrade --install prometheus prometheus-community/prometheus --namespace prometheus --create-namespace --values {root}/k8s/prometheus-values.yaml --version 29.27.0 --description installed by Orders.Pipeline --wait --timeout=300s --kube-context {KubeContext}",
            $"helm list --all-namespaces --all --output json --kube-context {KubeContext}",
            "helm repo add kedacore https://kedacore.github.io/charts --force-update",
            $"helm upgrade --install keda kedacore/keda --namespace keda --create-namespace --values {root}/k8s/keda-values.yaml --version 2.20.2 --description installed by Orders.Pipeline --wait --timeout=300s --kube-context {KubeContext}",
            $"kubectl get nodes --context {KubeContext} --output=json",
            $"kubectl label nodes {StubTools.WorkerNodeNames[0]} role=worker-node --context {KubeContext} --overwrite",
            $"kubectl label nodes {StubTools.WorkerNodeNames[1]} role=worker-node --context {KubeContext} --overwrite",
            $"kubectl kustomize {root}/artifacts/deploy",
            $"kubectl apply --filename {root}/artifacts/deploy/orders.yaml --context {KubeContext}",
            $"kubectl rollout status deployment/orders --namespace orders --context {KubeContext} --timeout=300s",
            $"kubectl wait scaledobject/orders --namespace orders --context {KubeContext} --for=condition=Ready --timeout=300s",
        ];
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
