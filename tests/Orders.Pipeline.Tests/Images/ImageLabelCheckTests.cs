using Orders.Pipeline.Deploy;
using Orders.Pipeline.Images;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Tests.Images;

/// <summary>The OCI labels are read back from <c>podman image inspect</c> and checked against what the build
/// passed: a missing, empty or wrong label fails the Images run by name.</summary>
public sealed class ImageLabelCheckTests
{
    private static readonly ToolCall Inspect = new("podman", ["image", "inspect", "r/orders-app:t"], TimeSpan.FromMinutes(1)) { CaptureOutput = true };

    private static readonly Dictionary<string, string> BuildArguments = new()
    {
        [ImageLabelArguments.Source] = "https://github.com/orders/orders",
        [ImageLabelArguments.Revision] = "0123456789abcdef0123456789abcdef01234567",
        [ImageLabelArguments.Version] = "0123456",
    };

    private static readonly IReadOnlyDictionary<string, string?> Expected = ImageLabelCheck.Expected(ImageDefinition.App, BuildArguments, "Apache-2.0");

    private static readonly Dictionary<string, string> Built = new()
    {
        ["org.opencontainers.image.title"] = "orders-app",
        ["org.opencontainers.image.source"] = "https://github.com/orders/orders",
        ["org.opencontainers.image.revision"] = "0123456789abcdef0123456789abcdef01234567",
        ["org.opencontainers.image.version"] = "0123456",
        ["org.opencontainers.image.licenses"] = "Apache-2.0",
        ["org.orders.stand-in"] = "ignored",
    };

    [Fact]
    public void Labels_read_from_podman_inspect_as_built_pass()
    {
        var json = """[{"Id":"x","Size":1,"RootFS":{"Layers":["a"]},"Config":{"User":"1654","Labels":""" + System.Text.Json.JsonSerializer.Serialize(Built) + "}}]";

        var labels = ImageFacts.ReadLabels(Inspect, json);

        Assert.Empty(ImageLabelCheck.Problems(Image(labels), Expected));
    }

    [Theory]
    [InlineData("org.opencontainers.image.source")]
    [InlineData("org.opencontainers.image.revision")]
    [InlineData("org.opencontainers.image.version")]
    [InlineData("org.opencontainers.image.licenses")]
    [InlineData("org.opencontainers.image.title")]
    public void A_missing_label_fails_naming_it(string label)
    {
        var problem = Assert.Single(ImageLabelCheck.Problems(Image(Built.Where(l => l.Key != label).ToDictionary()), Expected));

        Assert.Contains($"lacks the label {label}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_label_as_a_plain_docker_build_leaves_it_fails()
    {
        var problem = Assert.Single(ImageLabelCheck.Problems(Image(With("org.opencontainers.image.revision", "")), Expected));

        Assert.Contains("org.opencontainers.image.revision", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_label_fails_naming_it_and_both_values()
    {
        var problem = Assert.Single(ImageLabelCheck.Problems(Image(With("org.opencontainers.image.licenses", "MIT")), Expected));

        Assert.Contains("org.opencontainers.image.licenses='MIT', expected 'Apache-2.0'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_labels_fails_once_per_label()
    {
        var json = """[{"Id":"x","Size":1,"RootFS":{"Layers":["a"]},"Config":{"User":"1654","Labels":null}}]""";

        Assert.Equal(5, ImageLabelCheck.Problems(Image(ImageFacts.ReadLabels(Inspect, json)), Expected).Count);
    }

    [Fact]
    public void Outside_git_no_revision_is_expected_but_one_must_be_there()
    {
        var expected = ImageLabelCheck.Expected(ImageDefinition.App, BuildArguments.Where(a => a.Key != ImageLabelArguments.Revision).ToDictionary(), "Apache-2.0");

        Assert.Empty(ImageLabelCheck.Problems(Image(Built), expected));
        Assert.Contains("git", Assert.Single(ImageLabelCheck.Problems(Image(With("org.opencontainers.image.revision", "")), expected)), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> With(string label, string value) => new(Built) { [label] = value };

    private static ImageFacts Image(IReadOnlyDictionary<string, string> labels) =>
        new("r/orders-app:t", 1, 1, "1654", ["dotnet", "Orders.App.dll"], HasSdk: false, HasDotnet: true, labels, []);
}
