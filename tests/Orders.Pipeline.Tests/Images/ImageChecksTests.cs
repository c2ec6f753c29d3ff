using Orders.Pipeline.Images;

namespace Orders.Pipeline.Tests.Images;

public sealed class ImageChecksTests
{
    private static readonly ImageFacts App = new("r/orders-app:t", 373_000_000, 3, "1654", ["dotnet", "Orders.App.dll"], HasSdk: false, HasDotnet: true);
    private static readonly ImageFacts Exporter = new("r/orders-exporter:t", 273_000_000, 3, "app", ["./Orders.Exporter"], HasSdk: false, HasDotnet: false);

    [Fact]
    public void The_images_as_built_pass()
    {
        Assert.Empty(ImageChecks.Problems(App, Exporter));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("root")]
    [InlineData("0:0")]
    public void An_app_image_that_runs_as_root_fails(string user)
    {
        var problem = Assert.Single(ImageChecks.Problems(App with { User = user }, Exporter));

        Assert.Contains("USER", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exporter_image_with_an_sdk_fails()
    {
        var problem = Assert.Single(ImageChecks.Problems(App, Exporter with { HasSdk = true, HasDotnet = true }));

        Assert.Contains("SDK", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bin/sh")]
    [InlineData("bash")]
    public void An_exporter_that_starts_through_a_shell_fails(string shell)
    {
        var problem = Assert.Single(ImageChecks.Problems(App, Exporter with { Entrypoint = [shell, "-c", "./Orders.Exporter"] }));

        Assert.Contains("exec form", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pod_that_counted_another_number_or_exited_badly_fails_naming_it()
    {
        var outcome = new PodOutcome(50, 51, new Dictionary<string, int> { ["app"] = 0, ["exporter"] = 137 }, new Dictionary<string, bool> { ["app"] = true, ["exporter"] = false }, new Dictionary<string, ContainerLimits>());

        var problems = outcome.Problems();

        Assert.Contains(problems, p => p.Contains("51 of 50", StringComparison.Ordinal) && p.Contains("double count", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("exporter exited 137", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("readOnlyRootFilesystem", StringComparison.Ordinal));
    }
}
