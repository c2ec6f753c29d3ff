namespace Orders.Pipeline.TestResults;

/// <summary>
/// test-summary: sums the TRX files under a folder and prints "N passed, N failed", the line CI reads
/// (dotnet test's own summary is per project). Fails on any failed test, and when no test ran at all (a
/// filter that matches nothing must not look green).
/// </summary>
public static class TestSummaryVerb
{
    public static int Run(string resultsDirectory, TextWriter output, TextWriter errors)
    {
        var files = Directory.Exists(resultsDirectory)
            ? Directory.EnumerateFiles(resultsDirectory, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        var summary = TrxSummary.Sum(files);
        foreach (var failed in summary.FailedTests)
        {
            errors.WriteLine("FAILED: " + failed);
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
        return 0;
    }
}
