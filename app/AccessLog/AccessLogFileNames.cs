using System.Globalization;

namespace Orders.App.AccessLog;

/// <summary>
/// access-{yyyyMMdd}.{NNNN}.txt, the naming of ASP.NET Core's W3C logger with FileName "access-". The
/// names sort in the order the files were written, which retention and the exporter's tailer rely on.
/// </summary>
public static class AccessLogFileNames
{
    public const string Prefix = "access-";
    public const string Extension = ".txt";
    public const string SearchPattern = Prefix + "*" + Extension;

    public static string For(DateOnly date, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{date:yyyyMMdd}.{number:D4}{Extension}");

    /// <summary>The number after the highest one already used for <paramref name="date"/>, 0 if none.</summary>
    public static int NextFreeNumber(string directory, DateOnly date)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return 0;
        }
        var datePrefix = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{date:yyyyMMdd}.");
        var next = 0;
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, datePrefix + "*" + Extension))
        {
            var name = Path.GetFileName(path.AsSpan());
            var number = name[datePrefix.Length..^Extension.Length];
            if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var used) && used >= next)
            {
                next = used + 1;
            }
        }
        return next;
    }
}
