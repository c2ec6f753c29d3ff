namespace Orders.Pipeline.TestResults;

/// <summary>
/// test-summary: sums the TRX files under a folder and prints "N passed, N failed", the line CI reads
/// (dotnet test's own summary is per project). Fails on any failed test, and when no test ran at all (a
/// filter that matches nothing must not look green). In CI any skipped test fails it too: a CI machine has
/// every tool installed (.ci/run does it), so a skip there means a test was lost, not a laptop without kubectl.
/// </summary>
public static class TestSummaryVerb
{
    public static int Run(string resultsDirectory, bool failOnSkipped, TextWriter output, TextWriter errors)
    {
        var files = Directory.Exists(resultsDirectory)
            ? Directory.EnumerateFiles(resultsDirectory, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        var summary = TrxSummary.Sum(files);
        foreach (var failed in summary.FailedTests)
        {
            errors.WriteLine("FAILED: " + failed);
        }
        foreach (var skipped in summary.SkippedTests)
        {
            errors.WriteLine($"SKIPPED: {skipped.Name}: {skipped.Reason}");
        }
        output.WriteLine(summary.Line);
        if (summary.Failed > 0)
        {
            errors.WriteLine($"{summary.Failed} test(s) failed; see the FAILED lines above and the TRX files in {resultsDirectory}.");
            return 1;
        }
        if (summary.Passed == 0)
        {
            errors.WriteLine($"No test ran ({files.Count} TRX files in {resultsDirectory}): check the --test-filter expression, or that test projects exist under tests/.");
            return 1;
        }
        if (failOnSkipped && summary.Skipped > 0)
        {
            errors.WriteLine($"{summary.Skipped} test(s) skipped in CI (CI=true), where every test must run: install what the SKIPPED lines above name (.ci/run installs the tools), then run again.");
            return 1;
        }
        return 0;
    }
}
