using System.Text;

namespace Orders.Exporter.Tests.Support;

/// <summary>Writes W3C access-log content the way ASP.NET Core does (header, one request per line).</summary>
public static class W3CLines
{
    public const string Fields = "date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)";

    public static string Header(string fields = Fields) =>
        $"#Version: 1.0\n#Start-Date: 2026-11-28 03:09:03\n#Fields: {fields}\n";

    /// <summary>One request line; the stem carries <paramref name="id"/> so each line is recognisable.</summary>
    public static string Request(int id, string method = "GET", int status = 200, string? stem = null) =>
        $"2026-11-28 03:09:07 127.0.0.1 {method} {stem ?? $"/orders/{id}"} - {status} 1.5 HTTP/1.1 -\n";

    /// <summary>Eight rolled files of one request each in <paramref name="directory"/>: more files than the exporter's
    /// bounded channel holds, so a tailer scanning them blocks on the channel unless the consumer drains it.</summary>
    public static void MoreFilesThanTheChannelHolds(string directory)
    {
        for (var file = 0; file < 8; file++)
        {
            Append(Path.Combine(directory, $"access-20261128.{file:D4}.txt"), Header() + Request(file));
        }
    }

    public static void Append(string path, string text) => Append(path, Encoding.UTF8.GetBytes(text));

    public static void Append(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Write(bytes);
    }

    /// <summary>copytruncate's second half: cut the file to zero length in place (same inode).</summary>
    public static void Truncate(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.SetLength(0);
    }
}
