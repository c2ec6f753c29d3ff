using System.Net;
using Orders.Exporter.Hosting;

namespace Orders.Exporter.Tests;

/// <summary>Exporter:Host values: IP literals and the wildcards bind; a name fails at start saying what to use.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("*", "0.0.0.0")]
    [InlineData("", "0.0.0.0")]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    public void Hosts_become_the_address_to_bind(string host, string expected) =>
        Assert.Equal(IPAddress.Parse(expected), ListenAddress.Parse(host));

    [Theory]
    [InlineData("metrics.example")]
    [InlineData("0.0.0.0 --inject")]
    public void Other_hosts_fail_at_start_saying_what_to_use(string host)
    {
        var error = Assert.Throws<ArgumentException>(() => ListenAddress.Parse(host));
        Assert.Contains("0.0.0.0", error.Message);
    }
}
