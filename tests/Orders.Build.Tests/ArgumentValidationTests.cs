using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// Issue 12: a hostile value in a cluster argument (or its ORDERS_* variable) is refused with a message naming
/// the argument and what it accepts, and no docker, helm or kubectl runs at all: the first target of the chain
/// checks every argument before it starts a tool.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class ArgumentValidationTests(PipelineWorkspace workspace)
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "kube-context", "kind\" --kubeconfig \"/tmp/x" }, // the example: a quote that used to become arguments
        { "kube-context", "--kubeconfig=/tmp/x" },
        { "namespace", "shop\nkind: Secret" },             // a newline and YAML into the kustomization
        { "namespace", "shop --all-namespaces" },
        { "registry", "localhost:5001 --tls-verify=false" },
        { "registry", "evil.io/x:y\"" },
        { "image-tag", "t1\" --build-arg X=1 \"" },
        { "image-tag", "{t1}" },
        { "nodes", "worker-1,--all" },
        { "nodes", "worker-1 role=admin" },
    };

    [ToolTheory("kubectl")]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_argument_is_refused_before_any_tool_runs(string option, string value)
    {
        var run = await workspace.RunAsync("--target=Apply", "--registry=localhost:5001", "--image-tag=t1", $"--{option}={value}");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"error: --{option} '", run.Output);
        Assert.Contains("is refused: it accepts", run.Output);
        Assert.Empty(workspace.Stubs.Commands());
    }

    [ToolFact("kubectl")]
    public async Task A_hostile_ORDERS_variable_is_refused_too()
    {
        var run = await workspace.RunAsync(workspace.StubbedPath, new Dictionary<string, string> { ["ORDERS_KUBE_CONTEXT"] = "kind' --token 'x" },
            "--target=Apply", "--registry=localhost:5001", "--image-tag=t1");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("error: --kube-context 'kind' --token 'x' is refused", run.Output);
        Assert.Empty(workspace.Stubs.Commands());
    }
}
