using System.Text.Json.Nodes;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// The workflows hand each secret only to the step that needs it, and upload nothing that carries one: GitHub
/// masks secrets in logs, not in artifacts or in files a later step can read.
/// </summary>
public sealed class DeployWorkflowTests
{
    public static TheoryData<string> Workflows => new(Workflow.Names());

    [Theory]
    [MemberData(nameof(Workflows))]
    public void No_secret_is_set_for_a_whole_workflow_or_job(string name)
    {
        var workflow = Workflow.Load(name);
        var wide = new[] { ("the workflow", workflow.Root["env"]) }
            .Concat(workflow.Jobs().Select(job => ($"job {job.Id}", job.Job["env"])))
            .Where(scope => scope.Item2?.ToJsonString().Contains("secrets.", StringComparison.Ordinal) == true)
            .Select(scope => scope.Item1)
            .ToList();

        Assert.True(wide.Count == 0, $"{name} sets secrets in the env of {string.Join(", ", wide)}: give each secret to the step that needs it.");
    }

    [Fact]
    public void Registry_credentials_reach_only_the_Deploy_step_which_pushes_the_images()
    {
        var steps = Workflow.Load("deploy.yml").Steps().ToList();
        var withRegistrySecrets = steps.Where(step => ValuesOf(step.Env).Any(value => value.Contains("secrets.REGISTRY_", StringComparison.Ordinal) || value.Contains("secrets.ORDERS_REGISTRY", StringComparison.Ordinal))).ToList();

        var deploy = Assert.Single(withRegistrySecrets);
        Assert.Contains("./build.sh --target=Deploy", deploy.Run, StringComparison.Ordinal);
        Assert.Equal(["ORDERS_REGISTRY", "REGISTRY_PASSWORD", "REGISTRY_USERNAME"], deploy.Env.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        var kubeconfig = Assert.Single(steps, step => ValuesOf(step.Env).Any(value => value.Contains("secrets.KUBECONFIG", StringComparison.Ordinal)));
        Assert.Null(kubeconfig.Uses);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Uploads_no_artifact_that_carries_a_secret_or_the_registry_when_it_is_one(string name)
    {
        var workflow = Workflow.Load(name);
        var registryIsSecret = File.ReadAllText(Path.Combine(Workflow.Directory, name)).Contains("secrets.ORDERS_REGISTRY", StringComparison.Ordinal);
        var uploads = workflow.Steps().Where(step => step.Uses?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true).ToList();

        foreach (var upload in uploads)
        {
            var paths = (upload.With["path"]?.ToString() ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.NotEmpty(paths);
            foreach (var path in paths)
            {
                Assert.True(path.StartsWith("artifacts/", StringComparison.Ordinal) && path.TrimEnd('/') != "artifacts",
                    $"{name}, {upload}: uploads {path}; upload named folders under artifacts/, never the workspace or all of artifacts/.");
                Assert.False(path.Contains(".kube", StringComparison.Ordinal) || path.Contains("kubeconfig", StringComparison.OrdinalIgnoreCase), $"{name}, {upload}: uploads {path}");
                Assert.False(registryIsSecret && path.StartsWith("artifacts/deploy", StringComparison.Ordinal),
                    $"{name}, {upload}: artifacts/deploy/ holds the rendered manifests, whose images name the registry, a secret in this workflow.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_checkout_leaves_no_token_in_the_working_copy(string name)
    {
        var checkouts = Workflow.Load(name).Steps().Where(step => step.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).ToList();

        Assert.NotEmpty(checkouts);
        Assert.All(checkouts, checkout => Assert.True(checkout.With["persist-credentials"]?.GetValue<bool>() == false,
            $"{name}, {checkout}: set persist-credentials: false (otherwise the job's token stays in .git/config for every later step)."));
    }

    private static IEnumerable<string> ValuesOf(JsonObject env) => env.Select(pair => pair.Value?.ToString() ?? string.Empty);
}
