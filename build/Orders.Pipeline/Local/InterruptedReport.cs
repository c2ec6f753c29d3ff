using System.Globalization;

namespace Orders.Pipeline.Local;

/// <summary>
/// report.md of a Local run that was stopped before its end: marked "interrupted at t=…" (seconds into the load),
/// with the step it was in, the checks it had passed, the load's totals so far and its processes' logs. It
/// replaces any report.md of an earlier run in the folder, which would otherwise pass for this one's.
/// </summary>
public static class InterruptedReport
{
    public static string Write(string output, LocalProgress progress)
    {
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, "report.md");
        File.WriteAllText(path, Render(progress, output));
        return path;
    }

    public static string Render(LocalProgress progress, string output)
    {
        var at = progress.SecondsIntoLoad is { } t ? Inv($"t={t:0} s into the load") : "t=0 (before the load started)";
        var lines = new List<string>
        {
            $"# Local run interrupted at {at}",
            "",
            $"The run was stopped while {progress.Step}; every process it started has been stopped. Nothing below is a result:",
            "the model replay, the exact-count check and the monitoring checks run only at the end of a whole run.",
            "",
            "## What it had so far",
        };
        lines.AddRange(progress.Passed.Select(check => "- " + check));
        if (progress.LoadSoFar is { } load)
        {
            lines.Add(Inv($"- load: {load.Seconds.Count} s recorded, sent {load.Sent}, ok {load.Ok}, errors {load.Errors}, timeouts {load.Timeouts}, dropped {load.Dropped}"));
            lines.Add("");
            lines.Add("| second | sent | ok | errors | timeouts | dropped |");
            lines.Add("|---:|---:|---:|---:|---:|---:|");
            lines.AddRange(load.Seconds.Select(s => Inv($"| {s.Second} | {s.Sent} | {s.Ok} | {s.Errors} | {s.Timeouts} | {s.Dropped} |")));
        }
        else if (progress.Passed.Count == 0)
        {
            lines.Add("- nothing: the stack had not started");
        }
        lines.Add("");
        lines.Add("## Logs");
        var logs = Path.Combine(output, "logs");
        lines.AddRange(Directory.Exists(logs) ? Directory.GetFiles(logs).Order().Select(f => $"- {Path.GetRelativePath(output, f)}") : ["- none written"]);
        return string.Join('\n', lines) + "\n";
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
