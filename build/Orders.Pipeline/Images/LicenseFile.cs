namespace Orders.Pipeline.Images;

/// <summary>The SPDX identifier of the repository's LICENSE, which the images' org.opencontainers.image.licenses
/// label must state: the file is the one source, the label its copy.</summary>
public static class LicenseFile
{
    public static string SpdxId(string root)
    {
        var path = Path.Combine(root, "LICENSE");
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        if (text.Contains("Apache License", StringComparison.Ordinal) && text.Contains("Version 2.0", StringComparison.Ordinal))
        {
            return "Apache-2.0";
        }
        if (text.TrimStart().StartsWith("MIT License", StringComparison.Ordinal))
        {
            return "MIT";
        }
        throw new InvalidDataException($"{path} is missing or is neither Apache-2.0 nor MIT: the images' licence label is checked against it. Restore it from git, or teach {nameof(LicenseFile)} the new licence's SPDX identifier.");
    }
}
