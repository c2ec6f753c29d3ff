using Orders.Pipeline.Deploy;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Deploy;

/// <summary>--keda=existing: Preflight says which namespace the installed Prometheus admits KEDA from, and stops
/// when KEDA's operator runs elsewhere (its queries would be refused and the ScaledObject run on its fallback).</summary>
public sealed class KedaNamespaceCheckTests : IDisposable
{
    private const string Lookup = "kubectl get deployments --all-namespaces --selector app.kubernetes.io/name=keda-operator";

    private readonly TempDirectory _root = new("keda-namespace");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task An_operator_outside_the_admitted_namespace_stops_Preflight_naming_the_option()
    {
        var runner = new FakeProcessRunner().Answer(Lookup, "keda-system");
        var output = new StringWriter();

        var problems = await new KedaNamespaceCheck(TestCluster.Settings(_root.Path, "--keda=existing"), runner, output).ProblemsAsync(CancellationToken.None);

        var problem = Assert.Single(problems);
        Assert.Contains("runs in namespace keda-system, but --keda-namespace is keda", problem, StringComparison.Ordinal);
        Assert.Contains("Pass --keda-namespace=keda-system.", problem, StringComparison.Ordinal);
        Assert.Contains("admit KEDA's queries from namespace keda (--keda-namespace)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_in_the_given_namespace_passes()
    {
        var runner = new FakeProcessRunner().Answer(Lookup, "keda-system");

        var problems = await new KedaNamespaceCheck(TestCluster.Settings(_root.Path, "--keda=existing", "--keda-namespace=keda-system"), runner, TextWriter.Null).ProblemsAsync(CancellationToken.None);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_operator_not_found_by_its_label_is_said_not_failed()
    {
        var runner = new FakeProcessRunner().Answer(Lookup, "", exitCode: 1, stderr: "forbidden");
        var output = new StringWriter();

        var problems = await new KedaNamespaceCheck(TestCluster.Settings(_root.Path, "--keda=existing"), runner, output).ProblemsAsync(CancellationToken.None);

        Assert.Empty(problems);
        Assert.Contains("or pass --keda-namespace=<its namespace>", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_Prometheus_not_installed_here_nothing_is_looked_up()
    {
        var runner = new FakeProcessRunner();

        var problems = await new KedaNamespaceCheck(TestCluster.Settings(_root.Path, "--keda=existing", "--prometheus=operator"), runner, TextWriter.Null).ProblemsAsync(CancellationToken.None);

        Assert.Empty(problems);
        Assert.Empty(runner.Calls);
    }
}
