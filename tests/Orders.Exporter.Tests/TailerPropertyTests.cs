using CsCheck;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// Random histories of a log directory and of the exporter: appends, partial writes, rolls to a new file,
/// renames, copytruncates and graceful restarts, with polls in between. Whatever the history, the entries
/// recorded are exactly the lines written: none lost, none twice.
/// </summary>
public sealed class TailerPropertyTests
{
    public enum Operation { Append, PartialStart, PartialFinish, Roll, Rename, Truncate, Restart, Poll }

    public sealed record Step(Operation Operation, int Argument)
    {
        public override string ToString() => $"{Operation}({Argument})";
    }

    private static readonly Gen<Step[]> Histories =
        Gen.Select(Gen.Enum<Operation>(), Gen.Int[1, 5], (operation, argument) => new Step(operation, argument)).Array[1, 30];

    [Fact]
    public void Recorded_entries_equal_the_lines_written_whatever_the_history()
    {
        Histories.Sample(history => RunAsync(history).GetAwaiter().GetResult(),
            iter: 40, threads: 2, print: history => string.Join(" ", history.Select(s => s.ToString())));
    }

    private static async Task RunAsync(Step[] history)
    {
        using var dir = new TempDirectory();
        var writer = new LogDirectoryModel(dir.Combine("logs"));
        using var exporter = new ExporterHarness(writer.Directory, dir.Combine("state", "checkpoint.json"));
        await exporter.PollAsync(); // started before the first line, as the native sidecar is (its header is skipped)
        foreach (var step in history)
        {
            switch (step.Operation)
            {
                case Operation.Append: writer.Append(step.Argument); break;
                case Operation.PartialStart: writer.StartPartialLine(step.Argument); break;
                case Operation.PartialFinish: writer.FinishPartialLine(); break;
                case Operation.Roll: writer.Roll(); break;
                case Operation.Rename: writer.Rename(step.Argument); break;
                case Operation.Truncate:
                    // copytruncate loses what the tailer has not read before the cut, for every tailer; the
                    // property is about what it had the chance to read, so the cut follows a poll.
                    writer.FinishPartialLine();
                    await exporter.PollAsync();
                    writer.Truncate();
                    break;
                case Operation.Restart: await exporter.RestartAsync(); break;
                case Operation.Poll: await exporter.PollAsync(); break;
            }
        }
        writer.FinishPartialLine();
        await exporter.PollAsync();
        await exporter.PollAsync();

        var recorded = exporter.Entries.Select(e => int.Parse(e.Split('/')[2].Split(' ')[0])).Order().ToList();
        Assert.Equal(writer.Written.Order().ToList(), recorded);
    }
}
