using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// The workflows cannot run here: each is checked against the published workflow schema (SchemaStore's), and a
/// workflow with a misspelt key is rejected, so a pass means the check looks.
/// </summary>
public sealed class WorkflowSchemaTests
{
    public static TheoryData<string> Workflows => new(Workflow.Names());

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Is_a_valid_workflow_by_the_published_schema(string name)
    {
        var errors = WorkflowSchema.Validate(Workflow.Load(name));

        Assert.True(errors.Count == 0, $"{name} does not match SchemaStore's github-workflow schema:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void Rejects_a_misspelt_key_and_a_step_without_run_or_uses()
    {
        var workflow = Workflow.Parse("broken.yml", """
            name: broken
            on: push
            jobs:
              test:
                runs_on: ubuntu-latest
                steps:
                  - name: nothing to do
            """);

        var errors = WorkflowSchema.Validate(workflow);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, error => error.StartsWith("/jobs/test", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_every_workflow_file()
    {
        Assert.Superset(new HashSet<string> { "ci.yml", "deploy.yml", "kind-e2e.yml" }, Workflow.Names().ToHashSet());
    }
}
