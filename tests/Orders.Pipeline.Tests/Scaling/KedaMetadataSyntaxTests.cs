using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// Trigger metadata is read with KEDA's own rules (kedacore/keda pkg/scalers/scalersconfig/typed_config.go): maps
/// split at every '=' with exactly two parts and no empty element, booleans as Go's strconv.ParseBool reads them.
/// What KEDA refuses is refused here naming the field, and a refused element never prints its value.
/// </summary>
public sealed class KedaMetadataSyntaxTests
{
    private const string Field = "triggers[0].metadata.customHeaders";

    [Fact]
    public void A_map_is_trimmed_pairs_split_at_the_one_equals_sign()
    {
        var pairs = KedaMap.Parse(" X-Scope-OrgID = team-a ,X-Other=1", Field, "so.yaml:3");

        Assert.Equal([new("X-Scope-OrgID", "team-a"), new("X-Other", "1")], pairs);
    }

    [Theory]
    [InlineData("X-Other=1=2", "element 'X-Other…' is not key=value with exactly one '='")] // KEDA splits at every '='
    [InlineData("X-Scope-OrgID=shop,", "has an empty element (a trailing or doubled ',')")]
    [InlineData("a=1,,b=2", "has an empty element")]
    [InlineData("novalue", "element 'novalue…' is not key=value")]
    [InlineData("=value", "element '…' is not key=value")]
    public void Refuses_what_keda_refuses_naming_the_field(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => KedaMap.Parse(text, Field, "so.yaml:3"));

        Assert.StartsWith($"so.yaml:3: {Field} ", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authorization: Bearer s3cr3t-xyz", "'Authorization…'")]
    [InlineData("X-Tenant=s3cr3t-xyz=more", "'X-Tenant…'")]
    public void A_malformed_header_is_named_by_what_precedes_its_colon_or_equals_never_its_value(string text, string named)
    {
        var e = Assert.Throws<InvalidDataException>(() => KedaCustomHeaders.Parse(text, "so.yaml:3"));

        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("T", true)]
    [InlineData("TRUE", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("0", false)]
    [InlineData("f", false)]
    [InlineData("F", false)]
    [InlineData("FALSE", false)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    public void A_boolean_takes_every_spelling_of_gos_ParseBool(string text, bool expected) =>
        Assert.Equal(expected, ManifestFields.Bool(text, "triggers[0].metadata.ignoreNullValues", "so.yaml:3"));

    [Theory]
    [InlineData("TrUe")]
    [InlineData(" true")]
    [InlineData("yes")]
    [InlineData("")]
    public void A_boolean_refuses_what_ParseBool_refuses_naming_the_field(string text)
    {
        var e = Assert.Throws<InvalidDataException>(() => ManifestFields.Bool(text, "triggers[0].metadata.ignoreNullValues", "so.yaml:3"));

        Assert.Contains("triggers[0].metadata.ignoreNullValues", e.Message, StringComparison.Ordinal);
    }
}
