namespace Orders.App.Tests.Infrastructure;

/// <summary>Reads what the app wrote: the files in name order, their lines without the '#' headers.</summary>
public static class AccessLogFiles
{
    public static string[] Paths(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "access-*.txt").Order(StringComparer.Ordinal).ToArray()
            : [];

    public static string[] EntryLines(string directory) =>
        Paths(directory).SelectMany(File.ReadAllLines).Where(line => !line.StartsWith('#')).ToArray();
}
