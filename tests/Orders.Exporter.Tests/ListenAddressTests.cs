using System.Net;
using Orders.Exporter.Hosting;

namespace Orders.Exporter.Tests;

/// <summary>Exporter:Host values: the IPv4 ones bind; IPv6, which HttpListener cannot parse on Linux, fails with what to use.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("*", "0.0.0.0")]
    [InlineData("", "0.0.0.0")]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    public void IPv4_hosts_become_the_address_to_bind(string host, string expected) =>
        Assert.Equal(IPAddress.Parse(expected), ListenAddress.Parse(host));

    [Theory]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("metrics.example")]
    public void Other_hosts_fail_at_start_saying_what_to_use(string host)
    {
        var error = Assert.Throws<ArgumentException>(() => ListenAddress.Parse(host));
        Assert.Contains("0.0.0.0", error.Message);
    }
}
