using Orders.Pipeline.Images;

namespace Orders.Pipeline.Tests.Images;

/// <summary>Limits are read in Kubernetes' quantity form, rounded up as the kubelet rounds them; a quantity this
/// run cannot read is refused, never taken as no limit.</summary>
public sealed class ResourceQuantityTests
{
    [Theory]
    [InlineData("64Mi", 67_108_864)]
    [InlineData("128Mi", 134_217_728)]
    [InlineData("128974848", 128_974_848)]
    [InlineData("129e6", 129_000_000)]
    [InlineData("129M", 129_000_000)]
    [InlineData("0.5Gi", 536_870_912)]
    [InlineData("1.5Ki", 1536)]
    [InlineData("1Ei", 1_152_921_504_606_846_976)]
    [InlineData("1500m", 2)] // 1.5 bytes: rounded up
    public void Reads_memory_in_bytes(string text, long bytes)
    {
        Assert.Equal(bytes, ResourceQuantity.Bytes(text));
    }

    [Theory]
    [InlineData("200m", 200)]
    [InlineData("500m", 500)]
    [InlineData("0.5", 500)]
    [InlineData("1", 1000)]
    [InlineData("1.25", 1250)]
    [InlineData(".1", 100)]
    [InlineData("2500u", 3)] // 2.5 millicores: rounded up
    [InlineData("1E3", 1_000_000)] // an exponent, not exa
    public void Reads_cpu_in_millicores(string text, long millicores)
    {
        Assert.Equal(millicores, ResourceQuantity.Millicores(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("64MB")]
    [InlineData("64 Mi")]
    [InlineData("Mi")]
    [InlineData("1.2.3")]
    [InlineData("half")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("0Mi")]
    [InlineData("1e19")]
    [InlineData("16Ei")] // beyond a long
    public void Refuses_what_is_not_a_positive_quantity(string text)
    {
        Assert.Throws<FormatException>(() => ResourceQuantity.Bytes(text));
        Assert.Throws<FormatException>(() => ResourceQuantity.Millicores(text));
    }
}
