using System.Globalization;
using System.Text;

namespace Orders.Pipeline.Images;

/// <summary>artifacts/images/report.md: sizes and layers (against the previous run's), the time of each step,
/// push and pull, the pod check, the checks that failed, and `N of N orders counted` on a line of its own.</summary>
public static class ImagesReport
{
    public static string Render(ImagesSummary current, ImagesSummary? previous, IReadOnlyList<(string Step, TimeSpan Took)> steps,
        PodOutcome pod, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder();
        text.AppendLine("# Images: built from the repository's Dockerfiles, pushed, pulled and run as the pod").AppendLine();
        text.AppendLine("| image | size | against the previous run | layers |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var image in current.Images)
        {
            var before = previous?.Images.FirstOrDefault(i => i.Name == image.Name);
            var delta = before is null ? "(no previous run)" : Signed(image.SizeBytes - before.SizeBytes);
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{image.Reference}` | {Megabytes(image.SizeBytes)} | {delta} | {image.Layers} |");
        }
        text.AppendLine().AppendLine("| step | took |").AppendLine("| --- | ---: |");
        foreach (var (step, took) in steps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {took.TotalSeconds:0.0} s |");
        }
        text.AppendLine().AppendLine("## The pod").AppendLine();
        foreach (var (container, code) in pod.ExitCodes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- `{container}`: exit code {code} after SIGTERM; {(pod.ReadOnlyRoot[container] ? "read-only root, no tmpfs: wrote only to its volumes" : "writable root")}");
        }
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{pod.OrdersCounted:0} of {pod.OrdersSent} orders counted").AppendLine();
        text.AppendLine(problems.Count == 0 ? "All checks passed." : "## Failed checks\n\n" + string.Concat(problems.Select(p => $"- {p}\n")));
        return text.ToString();
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB");

    private static string Signed(long bytes) => bytes == 0 ? "same" : (bytes > 0 ? "+" : "-") + Megabytes(Math.Abs(bytes));
}
