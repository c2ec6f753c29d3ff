using System.Text.Json;
using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests;

/// <summary>Quoted scalars stay strings, plain ones become numbers or booleans: the CRD checks depend on it.</summary>
public sealed class YamlToJsonTests
{
    [Theory]
    [InlineData("threshold: \"10\"", JsonValueKind.String)]
    [InlineData("threshold: '10'", JsonValueKind.String)]
    [InlineData("threshold: 10", JsonValueKind.Number)]
    [InlineData("threshold: 0.5", JsonValueKind.Number)]
    [InlineData("threshold: true", JsonValueKind.True)]
    [InlineData("threshold: 10m", JsonValueKind.String)]
    public void Scalar_kind_follows_quoting(string yaml, JsonValueKind expected)
    {
        var document = (JsonObject)YamlToJson.ConvertAll(yaml).Single()!;

        Assert.Equal(expected, document["threshold"]!.GetValueKind());
    }

    [Fact]
    public void A_duplicate_key_fails_naming_it()
    {
        var error = Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => YamlToJson.ConvertAll("a: 1\na: 2\n"));

        Assert.Contains("Duplicate key a", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Start.Line);
    }
}
