using Orders.Pipeline.Images;
using Orders.TestSupport;
using RepositoryRoot = Orders.TestSupport.RepositoryRoot;

namespace Orders.Pipeline.Tests.Images;

/// <summary>The licence label is checked against the LICENSE file's SPDX identifier, not a second copy of it.</summary>
public sealed class LicenseFileTests
{
    [Fact]
    public void The_repository_LICENSE_is_Apache_2_0()
    {
        Assert.Equal("Apache-2.0", LicenseFile.SpdxId(RepositoryRoot.Path));
    }

    [Theory]
    [InlineData("MIT License\n\nCopyright (c) 2026", "MIT")]
    [InlineData("                                 Apache License\n                           Version 2.0, January 2004", "Apache-2.0")]
    public void Known_licences_are_recognised(string text, string spdx)
    {
        using var root = new TempDirectory();
        File.WriteAllText(root.Combine("LICENSE"), text);

        Assert.Equal(spdx, LicenseFile.SpdxId(root.Path));
    }

    [Fact]
    public void An_unknown_or_missing_licence_fails_naming_the_file()
    {
        using var root = new TempDirectory();

        Assert.Contains("LICENSE", Assert.Throws<InvalidDataException>(() => LicenseFile.SpdxId(root.Path)).Message, StringComparison.Ordinal);
    }
}
