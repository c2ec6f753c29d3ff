using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// The tools a workflow drives a cluster with (helm, kind, kubectl) are installed at versions the workflow states,
/// never "latest" or whatever the runner image ships that week: an unpinned helm 4 or kubectl two minors away from
/// the server changes what Deploy does without a commit. A version is a literal vX.Y.Z or `${{ env.NAME }}` naming
/// one in the job's or the workflow's env.
/// </summary>
public sealed partial class ToolVersionPinningTests
{
    public static TheoryData<string> Workflows => new(Workflow.Names());

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Helm_and_kind_actions_install_stated_versions(string name)
    {
        var unpinned = new List<string>();
        foreach (var step in Workflow.Load(name).Steps())
        {
            string[] inputs = step.Uses?.Split('@')[0] switch
            {
                "azure/setup-helm" => ["version"],
                "helm/kind-action" => ["version", "kubectl_version"],
                _ => [],
            };
            unpinned.AddRange(inputs.Where(input => Resolve(step, step.With[input]?.ToString()) is null).Select(input => $"{step}: with.{input}"));
        }

        Assert.True(unpinned.Count == 0, $"{name}: set each to an exact version (vX.Y.Z, or ${{{{ env.NAME }}}} holding one):\n" + string.Join('\n', unpinned));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void A_workflow_that_deploys_installs_kubectl_at_a_stated_version_checked_against_its_checksum(string name)
    {
        var steps = Workflow.Load(name).Steps().ToList();
        if (!steps.Any(step => step.Run?.Contains("--target=Deploy", StringComparison.Ordinal) == true))
        {
            return; // no cluster: ci.yml's tests only render with kubectl kustomize
        }

        var byKind = steps.Any(step => step.Uses?.StartsWith("helm/kind-action@", StringComparison.Ordinal) == true
            && Resolve(step, step.With["kubectl_version"]?.ToString()) is not null);
        var byDownload = steps.Any(step => step.Run is { } run
            && KubectlDownload().Match(run) is { Success: true } download
            && Resolve(step, "${{ env." + download.Groups["variable"].Value + " }}") is not null
            && run.Contains("sha256sum --check", StringComparison.Ordinal));
        Assert.True(byKind || byDownload,
            $"{name} deploys but takes the runner's kubectl: install it with helm/kind-action's kubectl_version, or download "
            + "https://dl.k8s.io/release/$KUBECTL_VERSION/bin/linux/amd64/kubectl with KUBECTL_VERSION set in env and check its .sha256.");
    }

    [Fact]
    public void Deploy_runs_in_the_protected_environment_and_only_from_main()
    {
        var deploys = Workflow.Load("deploy.yml").Jobs().Where(job => job.Job.ToJsonString().Contains("secrets.", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(deploys);
        foreach (var (id, job) in deploys)
        {
            var environment = job["environment"] is JsonObject named ? named["name"]?.ToString() : job["environment"]?.ToString();
            Assert.False(string.IsNullOrWhiteSpace(environment), $"deploy.yml, job {id}: uses secrets outside a GitHub environment; set `environment:` so its protection rules guard them.");
            var condition = job["if"]?.ToString()?.Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
            Assert.True(condition.Contains("github.ref=='refs/heads/main'", StringComparison.Ordinal),
                $"deploy.yml, job {id}: `if: {job["if"]}` lets a run from any branch deploy; add `if: github.ref == 'refs/heads/main'`.");
        }
    }

    [Theory]
    [InlineData("v3.17.3", "v3.17.3")]
    [InlineData("${{ env.HELM_VERSION }}", "v3.17.3")]
    [InlineData("latest", null)]
    [InlineData("v3", null)]
    [InlineData(null, null)]
    [InlineData("${{ env.MISSING }}", null)]
    public void Tells_a_stated_version_from_a_moving_one(string? value, string? expected)
    {
        var job = new JsonObject { ["env"] = new JsonObject { ["HELM_VERSION"] = "v3.17.3" } };
        var step = new WorkflowStep("j", job, new JsonObject());

        Assert.Equal(expected, Resolve(step, value));
    }

    /// <summary>The exact version <paramref name="value"/> stands for, or null when it is none.</summary>
    private static string? Resolve(WorkflowStep step, string? value)
    {
        var reference = EnvReference().Match(value ?? string.Empty);
        var version = reference.Success
            ? (step.Env[reference.Groups["name"].Value] ?? step.Job["env"]?[reference.Groups["name"].Value])?.ToString()
            : value;
        return version is not null && ExactVersion().IsMatch(version) ? version : null;
    }

    [GeneratedRegex(@"^\$\{\{\s*env\.(?<name>[A-Z_]+)\s*\}\}$")]
    private static partial Regex EnvReference();

    [GeneratedRegex(@"^v\d+\.\d+\.\d+$")]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"https://dl\.k8s\.io/release/\$(?<variable>[A-Z_]+)/bin/linux/amd64/kubectl""")]
    private static partial Regex KubectlDownload();
}
