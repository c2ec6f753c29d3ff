using Orders.Pipeline.Tests.Deploy;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>
/// Issue 12's door: every value that reaches kubectl, helm, the container tool or the rendered YAML is checked
/// against its grammar when the settings are read, before any verb starts a tool. Quotes, spaces, newlines,
/// flag look-alikes and YAML specials are refused, naming the option and what it accepts.
/// </summary>
public sealed class ArgumentGrammarTests
{
    public static TheoryData<string, string> Hostile()
    {
        string[] options = ["kube-context", "namespace", "registry", "image-tag", "nodes"];
        string[] values =
        [
            "kind\" --kubeconfig \"/tmp/x", // the quote injection
            "kind' --kubeconfig '/tmp/x",
            "two words",
            "line\nbreak",
            "carriage\rreturn",
            "--kubeconfig=/tmp/x",          // a flag look-alike
            "-n",
            "a: b",                         // YAML specials
            "{x}",
            "[x]",
            "*anchor",
            "&anchor",
            "x # comment",
            "|",
            "$(id)",
            "`id`",
            "a;b",
        ];
        var data = new TheoryData<string, string>();
        foreach (var option in options)
        {
            foreach (var value in values)
            {
                data.Add(option, value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Refuses_a_hostile_value_naming_the_option(string option, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => TestCluster.Settings(Path.GetTempPath(), $"--{option}={value}"));

        Assert.StartsWith($"--{option} '", error.Message, StringComparison.Ordinal);
        Assert.Contains("is refused: it accepts ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message); // a newline in the value is shown escaped, not printed
    }

    [Fact]
    public void Refuses_a_hostile_value_from_the_environment_too()
    {
        var environment = new Dictionary<string, string> { ["ORDERS_NAMESPACE"] = "shop\" --all-namespaces \"" };

        var error = Assert.Throws<ArgumentException>(() => TestCluster.Settings(Path.GetTempPath(), environment));

        Assert.StartsWith("--namespace 'shop\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kube-context", "kind-orders")]
    [InlineData("kube-context", "arn:aws:eks:eu-west-1:123456789012:cluster/orders")]
    [InlineData("kube-context", "gke_project_europe-west1-b_orders")]
    [InlineData("kube-context", "admin@orders")]
    [InlineData("namespace", "shop-2")]
    [InlineData("registry", "localhost:5001")]
    [InlineData("registry", "ghcr.io/team/sub_path")]
    [InlineData("registry", "registry.example:5000/team")]
    [InlineData("image-tag", "abc1234")]
    [InlineData("image-tag", "v1.2.3_rc-1")]
    [InlineData("nodes", "kind-worker,kind-worker2")]
    [InlineData("nodes", "ip-10-0-0-1.ec2.internal")]
    public void Accepts_the_values_real_clusters_use(string option, string value)
    {
        var settings = TestCluster.Settings(Path.GetTempPath(), $"--{option}={value}");

        Assert.Contains(value.Split(',')[0], new[] { settings.KubeContext, settings.Namespace, settings.Registry, settings.ImageTag, settings.Nodes.FirstOrDefault() });
    }

    [Theory]
    [InlineData("namespace", "Orders")]           // upper case
    [InlineData("namespace", "orders-")]          // ends with '-'
    [InlineData("namespace", "a.b")]              // a label has no dots
    [InlineData("registry", "Registry.io/Team")]  // path components are lower case
    [InlineData("image-tag", ".hidden")]
    [InlineData("container-tool", "nerdctl")]
    [InlineData("keda-chart-version", "latest")]
    public void Refuses_what_the_tools_would_refuse_later(string option, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => TestCluster.Settings(Path.GetTempPath(), $"--{option}={value}"));

        Assert.Contains("is refused: it accepts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_longer_than_63_characters_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TestCluster.Settings(Path.GetTempPath(), "--namespace=" + new string('a', 64)));
    }
}
