using System.Text;
using Microsoft.Extensions.Time.Testing;
using Orders.App.AccessLog;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.AccessLog;

public sealed class RollingLogFileTests : IDisposable
{
    private const string Header = "#Version: 1.0\n#Start-Date: 2026-11-28 03:09:07\n#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)\n";
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 9, 7, TimeSpan.Zero));

    [Fact]
    public void Creates_nothing_until_the_first_line_then_starts_the_file_with_the_three_headers()
    {
        var logs = Path.Combine(_directory.Path, "logs");
        using (var file = new RollingLogFile(logs, 10_000, 4, _time))
        {
            Assert.False(Directory.Exists(logs));
            file.Append(Line(1));
        }

        Assert.Equal(["access-20261128.0000.txt"], Names(logs));
        Assert.Equal(Header + Text(Line(1)), File.ReadAllText(Path.Combine(logs, "access-20261128.0000.txt")));
    }

    [Fact]
    public void Rolls_after_the_line_that_takes_a_file_past_the_size_limit()
    {
        const long limit = 400;
        using (var file = new RollingLogFile(_directory.Path, limit, 100, _time))
        {
            for (var i = 0; i < 20; i++)
            {
                file.Append(Line(i));
            }
        }

        var paths = AccessLogFiles.Paths(_directory.Path);
        Assert.True(paths.Length > 2, $"Expected several files, got {paths.Length}");
        var lineLength = Line(0).Length;
        Assert.All(paths, path => Assert.StartsWith(Header, File.ReadAllText(path)));
        // Every closed file passed the limit with its last line, and by no more than that line.
        Assert.All(paths[..^1], path => Assert.InRange(new FileInfo(path).Length, limit + 1, limit + lineLength));
        Assert.InRange(new FileInfo(paths[^1]).Length, 1, limit + lineLength);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => Text(Line(i)).TrimEnd('\n')), AccessLogFiles.EntryLines(_directory.Path));
    }

    [Fact]
    public void Keeps_only_the_newest_files_up_to_the_retained_count()
    {
        using (var file = new RollingLogFile(_directory.Path, 1, 3, _time))
        {
            for (var i = 0; i < 10; i++)
            {
                file.Append(Line(i));
            }
        }

        Assert.Equal(["access-20261128.0007.txt", "access-20261128.0008.txt", "access-20261128.0009.txt"], Names(_directory.Path));
        Assert.Equal([Text(Line(7)).TrimEnd('\n'), Text(Line(8)).TrimEnd('\n'), Text(Line(9)).TrimEnd('\n')], AccessLogFiles.EntryLines(_directory.Path));
    }

    [Fact]
    public void A_restarted_writer_opens_the_next_number_and_never_appends()
    {
        using (var first = new RollingLogFile(_directory.Path, 10_000, 4, _time))
        {
            first.Append(Line(1));
        }
        var firstFile = File.ReadAllText(Path.Combine(_directory.Path, "access-20261128.0000.txt"));

        using (var second = new RollingLogFile(_directory.Path, 10_000, 4, _time))
        {
            second.Append(Line(2));
        }

        Assert.Equal(["access-20261128.0000.txt", "access-20261128.0001.txt"], Names(_directory.Path));
        Assert.Equal(firstFile, File.ReadAllText(Path.Combine(_directory.Path, "access-20261128.0000.txt")));
        Assert.EndsWith(Text(Line(2)), File.ReadAllText(Path.Combine(_directory.Path, "access-20261128.0001.txt")));
    }

    [Fact]
    public void A_new_day_starts_a_new_file_numbered_from_0000()
    {
        using (var file = new RollingLogFile(_directory.Path, 1, 10, _time))
        {
            file.Append(Line(1));
            file.Append(Line(2));
            _time.Advance(TimeSpan.FromDays(1));
            file.Append(Line(3));
        }

        Assert.Equal(["access-20261128.0000.txt", "access-20261128.0001.txt", "access-20261129.0000.txt"], Names(_directory.Path));
        Assert.StartsWith("#Version: 1.0\n#Start-Date: 2026-11-29 03:09:07\n", File.ReadAllText(Path.Combine(_directory.Path, "access-20261129.0000.txt")));
    }

    [Fact]
    public void Buffers_lines_until_flushed_and_then_writes_them_all()
    {
        using var file = new RollingLogFile(_directory.Path, 10_000, 4, _time);
        file.Append(Line(1));
        file.Append(Line(2));
        Assert.Equal(Header, File.ReadAllText(file.CurrentPath!)); // the header is there from the start, the lines wait

        file.Flush();

        Assert.Equal(Header + Text(Line(1)) + Text(Line(2)), File.ReadAllText(file.CurrentPath!));
    }

    public void Dispose() => _directory.Dispose();

    private static byte[] Line(int number) =>
        Encoding.UTF8.GetBytes($"2026-11-28 03:09:07 127.0.0.1 GET /product ?n={number:D4} 200 1.5 HTTP/1.1 test\n");

    private static string Text(byte[] line) => Encoding.UTF8.GetString(line);

    private static string[] Names(string directory) => AccessLogFiles.Paths(directory).Select(path => Path.GetFileName(path)!).ToArray();
}
