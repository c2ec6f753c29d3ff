using Orders.Pipeline.Images;

namespace Orders.Pipeline.Tests.Images;

public sealed class ImageChecksTests
{
    private static readonly ImageFacts App = new("r/orders-app:t", 373_000_000, 3, "1654", ["dotnet", "Orders.App.dll"], HasSdk: false, HasDotnet: true,
        new Dictionary<string, string>(), ["/app/Orders.App.dll", "/usr/bin/dotnet", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/var/lib/dpkg/status", "/bin"]);
    private static readonly ImageFacts Exporter = new("r/orders-exporter:t", 273_000_000, 3, "app", ["./Orders.Exporter"], HasSdk: false, HasDotnet: false,
        new Dictionary<string, string>(), ["/app/Orders.Exporter", "/usr/lib64/ld-linux-x86-64.so.2", "/etc/passwd"]);

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

    [Theory]
    [InlineData("/bin/sh")]
    [InlineData("/usr/bin/sh")]
    [InlineData("/usr/bin/bash")]
    [InlineData("/bin/busybox")]
    [InlineData("/usr/bin/dpkg")]
    [InlineData("/usr/bin/apt-get")]
    public void An_image_that_holds_a_shell_or_a_package_manager_fails_naming_the_file(string file)
    {
        var app = Assert.Single(ImageChecks.Problems(App with { Files = [.. App.Files, file] }, Exporter));
        var exporter = Assert.Single(ImageChecks.Problems(App, Exporter with { Files = [.. Exporter.Files, file] }));

        Assert.Contains(file, app, StringComparison.Ordinal);
        Assert.Contains("app/Dockerfile", app, StringComparison.Ordinal);
        Assert.Contains(file, exporter, StringComparison.Ordinal);
        Assert.Contains("sidecar/Dockerfile", exporter, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mounted_image_is_listed_with_links_as_files_and_not_followed()
    {
        using var image = new Orders.TestSupport.TempDirectory("orders-image");
        Directory.CreateDirectory(image.Combine("usr", "bin"));
        File.WriteAllText(image.Combine("usr", "bin", "dash"), "");
        File.CreateSymbolicLink(image.Combine("usr", "bin", "sh"), "dash");
        File.CreateSymbolicLink(image.Combine("bin"), "usr/bin");

        var files = ImageListing.Read(image.Path);

        Assert.Equal(["/bin", "/usr/bin/dash", "/usr/bin/sh"], files.Order(StringComparer.Ordinal));
        Assert.Equal(["/usr/bin/dash", "/usr/bin/sh"], ForbiddenFiles.Find(files));
    }

    [Fact]
    public void The_report_says_what_each_image_holds_and_names_a_shell_found()
    {
        var outcome = new PodOutcome(50, 50, new Dictionary<string, int>(), new Dictionary<string, bool>(), new Dictionary<string, ContainerLimits>());
        var labelled = Exporter with { Labels = new Dictionary<string, string> { ["org.opencontainers.image.version"] = "abc1234", ["org.orders.stand-in"] = "x" } };

        var report = ImagesReport.Render(new ImagesSummary([], 50, 50, []), null, [], outcome, [], [App with { Files = [.. App.Files, "/bin/sh"] }, labelled]);

        Assert.Contains("- `r/orders-app:t`: 6 files and links, **/bin/sh**; user 1654", report, StringComparison.Ordinal);
        Assert.Contains("- `r/orders-exporter:t`: 3 files and links, no shell and no package manager; user app; labels `version=abc1234`", report, StringComparison.Ordinal);
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
