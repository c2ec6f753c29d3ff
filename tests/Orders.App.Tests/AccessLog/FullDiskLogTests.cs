using System.Text;
using Microsoft.Extensions.Time.Testing;
using Orders.App.AccessLog;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.AccessLog;

/// <summary>
/// The access log on a real full file system (a 64 KiB tmpfs, filled), failures handled as AccessLogWriter
/// handles them (Abandon after each failed batch): no new file number per failed batch, so retention deletes
/// none of the files the exporter may still need; when space returns the lines go on in the same file, the
/// line the failure cut ended by a line break instead of glued to the next.
/// </summary>
[Trait("Category", "Process")]
public sealed class FullDiskLogTests
{
    private const int FailedBatches = 10;
    private const long SizeLimit = 1024 * 1024;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 9, 7, TimeSpan.Zero));
    private int _next;

    [TmpfsFact]
    public void Failed_batches_open_no_new_file_delete_none_and_writing_resumes_in_the_same_file()
    {
        // Given an earlier run's file and the one being written, with retention at 2
        using var disk = SmallTmpfs.Mount();
        using (var earlier = new RollingLogFile(disk.Path, SizeLimit, 2, _time))
        {
            earlier.Append(Line(_next++));
        }
        using var file = new RollingLogFile(disk.Path, SizeLimit, 2, _time);
        file.Append(Line(_next++));
        file.Flush();
        string[] files = ["access-20261128.0000.txt", "access-20261128.0001.txt"];
        Assert.Equal(files, Names(disk.Path));

        // When the disk is full and batch after batch fails (the file's last page takes a few first)
        disk.Fill();
        var failures = 0;
        for (var batch = 0; batch < 200 && failures < FailedBatches; batch++)
        {
            try
            {
                for (var i = 0; i < 10; i++)
                {
                    file.Append(Line(_next++));
                }
                file.Flush();
            }
            catch (IOException)
            {
                failures++;
                file.Abandon();
            }
        }

        // Then no file was opened and none deleted
        Assert.Equal(FailedBatches, failures);
        Assert.Equal(files, Names(disk.Path));

        // And when space returns, the next line goes on in the same file, on a line of its own
        disk.MakeRoom();
        var after = Line(9999);
        file.Append(after);
        file.Flush();
        Assert.Equal(files, Names(disk.Path));
        var text = File.ReadAllText(Path.Combine(disk.Path, files[1]));
        Assert.EndsWith("\n" + Encoding.UTF8.GetString(after), text, StringComparison.Ordinal);
        var torn = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Where(l => !Expected(l)).ToList();
        Assert.True(torn.Count <= 1, "More than the one line the failure cut is not a whole line:\n" + string.Join("\n", torn));
    }

    [TmpfsFact]
    public void A_file_appears_only_with_its_whole_header_however_often_writes_fail()
    {
        // Given a full disk before the first line
        using var disk = SmallTmpfs.Mount();
        disk.Fill();
        using var file = new RollingLogFile(disk.Path, SizeLimit, 2, _time);

        // When batch after batch fails
        for (var batch = 0; batch < 3; batch++)
        {
            try
            {
                file.Append(Line(_next++));
                file.Flush();
                Assert.Fail("a write succeeded on the full disk");
            }
            catch (IOException)
            {
                file.Abandon();
            }
        }

        // Then no log file is there for a reader to find without its #Fields (nor a staging file holding space)
        Assert.Empty(Names(disk.Path));
        Assert.DoesNotContain(Directory.GetFiles(disk.Path), path => Path.GetFileName(path).Contains(AccessLogFileNames.Prefix, StringComparison.Ordinal));

        // And when space returns, the file starts with the whole header, then the line
        disk.MakeRoom();
        var after = Line(9999);
        file.Append(after);
        file.Flush();
        var text = File.ReadAllText(Path.Combine(disk.Path, Assert.Single(Names(disk.Path))));
        Assert.Equal(W3CHeader + Encoding.UTF8.GetString(after), text);
    }

    private const string W3CHeader = "#Version: 1.0\n#Start-Date: 2026-11-28 03:09:07\n#Fields: " + W3CLineFormatter.Fields + "\n";

    private static byte[] Line(int number) =>
        Encoding.UTF8.GetBytes($"2026-11-28 03:09:07 127.0.0.1 GET /product ?n={number:D4} 200 1.5 HTTP/1.1 test\n");

    private static bool Expected(string line) =>
        line.Length == Line(0).Length - 1 && line.StartsWith("2026-11-28 03:09:07 127.0.0.1 GET /product ?n=", StringComparison.Ordinal)
        && line.EndsWith(" 200 1.5 HTTP/1.1 test", StringComparison.Ordinal);

    private static string[] Names(string directory) => [.. AccessLogFiles.Paths(directory).Select(path => Path.GetFileName(path)!)];
}
