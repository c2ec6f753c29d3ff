using System.Text;
using Orders.App.AccessLog;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.AccessLog;

/// <summary>
/// The clock steps back across UTC midnight (an NTP correction): the file opened after the step carries the
/// earlier date, so its name sorts before the newer day's files. Retention keeps the files written last, in
/// the order they were opened, never the ones whose names sort last: the file being written survives.
/// </summary>
public sealed class ClockStepBackRetentionTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SteppingClock _time = new(new DateTimeOffset(2026, 11, 28, 23, 59, 58, TimeSpan.Zero));

    [Fact]
    public void A_clock_stepping_back_across_midnight_does_not_delete_the_file_being_written()
    {
        using (var file = new RollingLogFile(_directory.Path, fileSizeLimitBytes: 1, retainedFileCount: 2, _time))
        {
            file.Append(Line(1));
            _time.Advance(TimeSpan.FromSeconds(2));
            file.Append(Line(2));
            file.Append(Line(3));

            _time.StepWallClock(TimeSpan.FromSeconds(-1)); // 2026-11-28 23:59:59 again
            file.Append(Line(4));
        }

        // The two files opened last: the stepped-back one (28th again, a free number) and the 29th's last.
        Assert.Equal(["access-20261128.0000.txt", "access-20261129.0001.txt"],
            AccessLogFiles.Paths(_directory.Path).Select(path => Path.GetFileName(path)));
        Assert.Equal(["line 3", "line 4"], AccessLogFiles.EntryLines(_directory.Path).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _directory.Dispose();

    private static byte[] Line(int number) => Encoding.UTF8.GetBytes($"line {number}\n");
}
